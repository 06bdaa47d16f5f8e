// SPDX-License-Identifier: GPL-3.0-or-later
#include "icalendarwriter.h"

#include "programmezone.h"

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

QString ICalendarWriter::escaped(const QString &text)
{
    QString out;
    out.reserve(text.size());
    for (const QChar c : text) {
        if (c == u'\\' || c == u';' || c == u',')
            out += u'\\';
        if (c == u'\n') {
            out += u"\\n"_s;
            continue;
        }
        if (c == u'\r')
            continue;
        out += c;
    }
    return out;
}

QByteArray ICalendarWriter::folded(const QString &line)
{
    const QByteArray utf8 = line.toUtf8();
    QByteArray out;
    qsizetype start = 0;
    qsizetype limit = 75; // the first line; each continuation starts with a space
    while (utf8.size() - start > limit) {
        qsizetype end = start + limit;
        // Back to the start of a UTF-8 character (continuation bytes are 10xxxxxx).
        while (end > start && (quint8(utf8.at(end)) & 0xC0) == 0x80)
            --end;
        out += utf8.mid(start, end - start) + "\r\n ";
        start = end;
        limit = 74;
    }
    out += utf8.mid(start) + "\r\n";
    return out;
}

QByteArray ICalendarWriter::write(
    const QString &name, const QList<CalendarEntry> &entries, const QDateTime &stamp)
{
    QByteArray out = "BEGIN:VCALENDAR\r\n"
                     "VERSION:2.0\r\n"
                     "PRODID:-//EWS companion//EWS companion//DE\r\n"
                     "CALSCALE:GREGORIAN\r\n"
                     "METHOD:PUBLISH\r\n";
    out += folded(u"X-WR-CALNAME:"_s + escaped(name));
    out += "X-WR-TIMEZONE:Europe/Berlin\r\n";
    out += berlinZone;
    const QString stampText = stamp.toUTC().toString(u"yyyyMMdd'T'HHmmss'Z'"_s);
    for (const auto &entry : entries) {
        out += "BEGIN:VEVENT\r\n";
        out += folded(u"UID:"_s + entry.uid);
        out += folded(u"DTSTAMP:"_s + stampText);
        if (entry.allDay) {
            const QDate first = ProgrammeZone::localDate(entry.startsAt);
            // The end date is exclusive: a one-day date ends the next day.
            const QDate last = std::max(first, ProgrammeZone::localDate(entry.endsAt));
            out += folded(u"DTSTART;VALUE=DATE:"_s + date(first));
            out += folded(u"DTEND;VALUE=DATE:"_s + date(last.addDays(1)));
        } else {
            out += folded(u"DTSTART;TZID=Europe/Berlin:"_s + localTime(entry.startsAt));
            out += folded(u"DTEND;TZID=Europe/Berlin:"_s + localTime(entry.endsAt));
        }
        out += folded(u"SUMMARY:"_s + escaped(entry.summary));
        if (!entry.location.isEmpty())
            out += folded(u"LOCATION:"_s + escaped(entry.location));
        if (!entry.description.isEmpty())
            out += folded(u"DESCRIPTION:"_s + escaped(entry.description));
        if (!entry.url.isEmpty())
            out += folded(u"URL:"_s + entry.url);
        out += folded(u"STATUS:"_s + status(entry.status));
        out += folded(u"SEQUENCE:"_s + QString::number(entry.sequence));
        out += "END:VEVENT\r\n";
    }
    out += "END:VCALENDAR\r\n";
    return out;
}
