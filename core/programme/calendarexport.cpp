// SPDX-License-Identifier: GPL-3.0-or-later
#include "calendarexport.h"

#include "displaycontext.h"
#include "programmerepository.h"
#include "programmezone.h"

using namespace Qt::StringLiterals;

CalendarExport::CalendarExport(ProgrammeRepository &programme, DisplayContext &context,
    FileHandoff::Opener open, QObject *parent)
    : QObject(parent)
    , m_programme(programme)
    , m_context(context)
    , m_handoff(std::move(open))
{
}

CalendarEntry CalendarExport::entryFor(
    const ProgrammeEvent &event, const QHash<QString, Place> &places) const
{
    const QString language = m_context.language();
    CalendarEntry entry;
    entry.uid = event.id + u"@ews-companion"_s;
    entry.startsAt = event.startsAt;
    entry.endsAt = event.endsAt;
    entry.allDay = event.allDay;
    entry.summary = event.title.forLanguage(language);
    const auto place = places.constFind(event.placeId);
    if (place != places.cend()) {
        entry.location = place->name.forLanguage(language);
        if (!place->city.isEmpty() && !entry.location.contains(place->city))
            entry.location += u", "_s + place->city;
    }
    QStringList description;
    if (event.tentative)
        description.append(
            tr("This date depends on the state budget for 2027. The organisers will confirm it."));
    if (event.approximate)
        //: In a calendar entry whose times the brochure gives as approximate ("ca.")
        description.append(tr("The times are approximate."));
    const QStringList topics = event.topics.forLanguage(language);
    if (!topics.isEmpty()) {
        //: Heading of the topics of a module, in a calendar entry
        QString text = tr("Topics:");
        for (const auto &topic : topics)
            text += u"\n• "_s + topic;
        description.append(text);
    }
    const QString note = event.note.forLanguage(language);
    if (!note.isEmpty())
        description.append(note);
    if (place != places.cend() && place->online && event.videoUrl.isEmpty())
        description.append(tr("The link to the video meeting is not here yet. The organisers "
                              "send it before the meeting."));
    entry.description = description.join(u"\n\n"_s);
    entry.url = event.videoUrl;
    entry.status = event.cancelled ? CalendarEntry::Status::Cancelled
        : event.tentative          ? CalendarEntry::Status::Tentative
                                   : CalendarEntry::Status::Confirmed;
    entry.sequence = event.calendarSequence;
    return entry;
}

QByteArray CalendarExport::programmeFile() const
{
    const auto places = m_programme.places();
    QList<CalendarEntry> entries;
    for (const auto &event : m_programme.events(true))
        entries.append(entryFor(event, places));
    //: Name of the calendar the programme's dates are exported as
    return ICalendarWriter::write(tr("EWS 7 programme"), entries, m_context.now());
}

QByteArray CalendarExport::eventFile(const QString &eventId) const
{
    const auto places = m_programme.places();
    for (const auto &event : m_programme.events(true)) {
        if (event.id == eventId)
            return ICalendarWriter::write(
                tr("EWS 7 programme"), { entryFor(event, places) }, m_context.now());
    }
    return {};
}

QString CalendarExport::suggestedFileName(const QString &eventId) const
{
    //: File name of the exported programme (no spaces, ends in .ics)
    if (eventId.isEmpty())
        return tr("ews7-programme.ics");
    for (const auto &event : m_programme.events(true)) {
        if (event.id == eventId)
            //: File name of one exported date; %1 is its day (no spaces, ends in .ics)
            return tr("ews7-date-%1.ics")
                .arg(ProgrammeZone::localDate(event.startsAt).toString(Qt::ISODate));
    }
    return tr("ews7-programme.ics");
}

QUrl CalendarExport::suggestedFile(const QString &eventId) const
{
    return FileHandoff::fileFor(suggestedFileName(eventId));
}

QString CalendarExport::addToCalendar(const QString &eventId) const
{
    const QByteArray content = eventId.isEmpty() ? programmeFile() : eventFile(eventId);
    if (content.isEmpty())
        return tr("This date is no longer in the programme.");
    const auto result = m_handoff.handOver(content, suggestedFileName(eventId));
    if (!result.error.isEmpty())
        return result.error;
    if (result.opened)
        return tr("The dates were handed to your calendar program. If it asks, confirm adding "
                  "them.");
    //: %1 is the file's name
    return tr("Saved in your downloads folder as %1. Open it with your calendar program to add "
              "the dates.")
        .arg(result.file.fileName());
}
