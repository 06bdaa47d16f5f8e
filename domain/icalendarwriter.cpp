// SPDX-License-Identifier: GPL-3.0-or-later
#include "icalendarwriter.h"

#include "contentlines.h"
#include "programmezone.h"

#include <QUrl>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {
const char *const berlinZone = "BEGIN:VTIMEZONE\r\n"
                               "TZID:Europe/Berlin\r\n"
                               "BEGIN:DAYLIGHT\r\n"
                               "TZOFFSETFROM:+0100\r\n"
                               "TZOFFSETTO:+0200\r\n"
                               "TZNAME:CEST\r\n"
                               "DTSTART:19700329T020000\r\n"
                               "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU\r\n"
                               "END:DAYLIGHT\r\n"
                               "BEGIN:STANDARD\r\n"
                               "TZOFFSETFROM:+0200\r\n"
                               "TZOFFSETTO:+0100\r\n"
                               "TZNAME:CET\r\n"
                               "DTSTART:19701025T030000\r\n"
                               "RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU\r\n"
                               "END:STANDARD\r\n"
                               "END:VTIMEZONE\r\n";

QString localTime(const QDateTime &instant)
{
    return instant.toTimeZone(ProgrammeZone::zone()).toString(u"yyyyMMdd'T'HHmmss"_s);
}

QString date(const QDate &day)
{
    return day.toString(u"yyyyMMdd"_s);
}

QString status(CalendarEntry::Status status)
{
    switch (status) {
    case CalendarEntry::Status::Tentative:
        return u"TENTATIVE"_s;
    case CalendarEntry::Status::Cancelled:
        return u"CANCELLED"_s;
    case CalendarEntry::Status::Confirmed:
        break;
    }
    return u"CONFIRMED"_s;
}
}

QByteArray ICalendarWriter::write(
    const QString &name, const QList<CalendarEntry> &entries, const QDateTime &stamp)
{
    QByteArray out = "BEGIN:VCALENDAR\r\n"
                     "VERSION:2.0\r\n"
                     "PRODID:-//EWS companion//EWS companion//DE\r\n"
                     "CALSCALE:GREGORIAN\r\n"
                     "METHOD:PUBLISH\r\n";
    out += ContentLines::folded(u"X-WR-CALNAME:"_s + ContentLines::escaped(name));
    out += "X-WR-TIMEZONE:Europe/Berlin\r\n";
    out += berlinZone;
    const QString stampText = stamp.toUTC().toString(u"yyyyMMdd'T'HHmmss'Z'"_s);
    for (const auto &entry : entries) {
        out += "BEGIN:VEVENT\r\n";
        out += ContentLines::folded(u"UID:"_s + entry.uid);
        out += ContentLines::folded(u"DTSTAMP:"_s + stampText);
        if (entry.allDay) {
            const QDate first = ProgrammeZone::localDate(entry.startsAt);
            // The last day the date covers. An end at midnight (how a whole day is kept: from
            // its start to the next day's) belongs to the day before.
            QDate last = ProgrammeZone::localDate(entry.endsAt);
            if (entry.endsAt > entry.startsAt
                && entry.endsAt.toTimeZone(ProgrammeZone::zone()).time() == QTime(0, 0))
                last = last.addDays(-1);
            last = std::max(first, last);
            // DTEND of a whole-day date is exclusive (RFC 5545, 3.6.1): the day after the last.
            out += ContentLines::folded(u"DTSTART;VALUE=DATE:"_s + date(first));
            out += ContentLines::folded(u"DTEND;VALUE=DATE:"_s + date(last.addDays(1)));
        } else {
            out += ContentLines::folded(
                u"DTSTART;TZID=Europe/Berlin:"_s + localTime(entry.startsAt));
            out += ContentLines::folded(u"DTEND;TZID=Europe/Berlin:"_s + localTime(entry.endsAt));
        }
        out += ContentLines::folded(u"SUMMARY:"_s + ContentLines::escaped(entry.summary));
        if (!entry.location.isEmpty())
            out += ContentLines::folded(u"LOCATION:"_s + ContentLines::escaped(entry.location));
        if (!entry.description.isEmpty())
            out += ContentLines::folded(
                u"DESCRIPTION:"_s + ContentLines::escaped(entry.description));
        // A URI value is not escaped as text is: only a well-formed https:// address goes in,
        // percent-encoded, so that no character of it can end the line (RFC 5545, 3.3.13).
        const QUrl url(entry.url, QUrl::StrictMode);
        if (url.isValid() && url.scheme() == "https"_L1 && !url.host().isEmpty())
            out += ContentLines::folded(u"URL:"_s + url.toString(QUrl::FullyEncoded));
        out += ContentLines::folded(u"STATUS:"_s + status(entry.status));
        out += ContentLines::folded(u"SEQUENCE:"_s + QString::number(entry.sequence));
        out += "END:VEVENT\r\n";
    }
    out += "END:VCALENDAR\r\n";
    return out;
}
