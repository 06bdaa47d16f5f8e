// SPDX-License-Identifier: GPL-3.0-or-later
#include "calendarexport.h"

#include "calendarentries.h"
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
    const ProgrammeDate &event, const QHash<QString, Place> &places) const
{
    const auto place = places.constFind(event.placeId);
    return CalendarEntries::entryFor(event, place != places.cend() ? &*place : nullptr,
        m_context.language(), event.calendarSequence, event.cancelled);
}

QByteArray CalendarExport::programmeFile() const
{
    const auto places = m_programme.places();
    QList<CalendarEntry> entries;
    for (const auto &event : m_programme.events())
        entries.append(entryFor(event, places));
    //: Name of the calendar the programme's dates are exported as
    return ICalendarWriter::write(tr("EWS 7 programme"), entries, m_context.now());
}

QByteArray CalendarExport::eventFile(const QString &eventId) const
{
    const auto places = m_programme.places();
    for (const auto &event : m_programme.events()) {
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
    for (const auto &event : m_programme.events()) {
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
