// SPDX-License-Identifier: GPL-3.0-or-later
#include "calendarentries.h"

using namespace Qt::StringLiterals;

namespace {
// The notes an entry adds to the organisers' texts, as the app's translations word them.
const LocalizedText budgetNote {
    u"Dieser Termin hängt vom Landeshaushalt 2027 ab. Die Organisatorinnen bestätigen ihn."_s,
    u"This date depends on the state budget for 2027. The organisers will confirm it."_s,
};
// In an entry whose times the brochure gives as approximate ("ca.").
const LocalizedText approximateNote {
    u"Die Uhrzeiten sind ungefähre Angaben."_s,
    u"The times are approximate."_s,
};
// The heading of a module's topics.
const LocalizedText topicsHeading { u"Themen:"_s, u"Topics:"_s };
// Before the title of a cancelled date: calendar programs that ignore STATUS still show it.
const LocalizedText cancelledMark { u"Abgesagt: "_s, u"Cancelled: "_s };
const LocalizedText videoLinkNote {
    u"Der Link zum Videotreffen ist noch nicht da. Die Organisatorinnen schicken ihn vor dem "
    "Treffen."_s,
    u"The link to the video meeting is not here yet. The organisers send it before the "
    "meeting."_s,
};
}

CalendarEntry CalendarEntries::entryFor(const ProgrammeDate &event, const Place *place,
    const QString &language, int sequence, bool cancelled)
{
    cancelled = cancelled || event.cancelled;
    CalendarEntry entry;
    entry.uid = event.id + u"@ews-companion"_s;
    entry.startsAt = event.startsAt;
    entry.endsAt = event.endsAt;
    entry.allDay = event.allDay;
    entry.summary = event.title.forLanguage(language);
    if (cancelled)
        entry.summary.prepend(cancelledMark.forLanguage(language));
    if (place) {
        // Room, place and its address, as a route planner reads a location; without an
        // address at least the city.
        entry.location = place->name.forLanguage(language);
        if (!place->address.isEmpty())
            entry.location += u", "_s + place->address;
        else if (!place->city.isEmpty() && !entry.location.contains(place->city))
            entry.location += u", "_s + place->city;
    }
    if (!event.room.isEmpty())
        entry.location
            = entry.location.isEmpty() ? event.room : event.room + u", "_s + entry.location;
    QStringList description;
    if (cancelled && !event.cancelReason.isEmpty())
        description.append(cancelledMark.forLanguage(language) + event.cancelReason);
    if (event.tentative && !cancelled)
        description.append(budgetNote.forLanguage(language));
    if (event.approximate)
        description.append(approximateNote.forLanguage(language));
    const QStringList topics = event.topics.forLanguage(language);
    if (!topics.isEmpty()) {
        QString text = topicsHeading.forLanguage(language);
        for (const auto &topic : topics)
            text += u"\n• "_s + topic;
        description.append(text);
    }
    const QString note = event.note.forLanguage(language);
    if (!note.isEmpty())
        description.append(note);
    if (place && place->online && event.videoUrl.isEmpty())
        description.append(videoLinkNote.forLanguage(language));
    entry.description = description.join(u"\n\n"_s);
    entry.url = event.videoUrl;
    entry.status = cancelled ? CalendarEntry::Status::Cancelled
        : event.tentative    ? CalendarEntry::Status::Tentative
                             : CalendarEntry::Status::Confirmed;
    entry.sequence = sequence;
    return entry;
}
