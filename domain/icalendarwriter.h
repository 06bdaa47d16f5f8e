// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>

/// One date as a calendar program sees it; the texts are already in the reader's language.
struct CalendarEntry
{
    enum class Status { Confirmed, Tentative, Cancelled };

    QString uid; ///< stable for the date across exports, moves and devices
    QDateTime startsAt; ///< an instant; written as Düsseldorf time
    QDateTime endsAt;
    bool allDay = false; ///< written as dates: the days from startsAt to endsAt (an end at
                         ///< midnight ends the day before)
    QString summary;
    QString location;
    QString description;
    QString url;
    Status status = Status::Confirmed;
    int sequence = 0; ///< raised whenever the date changed in a way a calendar must show
};

/// Writes iCalendar files (RFC 5545): one VEVENT per date, times in Europe/Berlin with that
/// zone's VTIMEZONE (summer time from the last Sunday of March, standard time from the last
/// Sunday of October), lines folded at 75 octets, CRLF line ends.
namespace ICalendarWriter {
/// @p stamp is the moment of writing (DTSTAMP); @p name names the calendar for programs that
/// show one (X-WR-CALNAME).
QByteArray write(const QString &name, const QList<CalendarEntry> &entries, const QDateTime &stamp);
}
