// SPDX-License-Identifier: GPL-3.0-or-later
#include "timeformatter.h"

#include "programmezone.h"

using namespace Qt::StringLiterals;

TimeFormatter::TimeFormatter(const QLocale &locale, const QTimeZone &deviceZone)
    : m_locale(locale)
    , m_deviceZone(deviceZone)
{
}

QString TimeFormatter::shortDate(const QDateTime &instant) const
{
    const QDate date = instant.toTimeZone(ProgrammeZone::zone()).date();
    return m_locale.toString(date, isGerman() ? u"ddd, d. MMM yyyy"_s : u"ddd, d MMM yyyy"_s);
}

QString TimeFormatter::longDate(const QDateTime &instant) const
{
    return m_locale.toString(instant.toTimeZone(ProgrammeZone::zone()).date(), QLocale::LongFormat);
}

QString TimeFormatter::calendarDate(QDate date) const
{
    // Unambiguous in both languages: 26.11.2026, 26 Nov 2026.
    return m_locale.toString(date, isGerman() ? u"dd.MM.yyyy"_s : u"d MMM yyyy"_s);
}

bool TimeFormatter::isGerman() const
{
    return m_locale.language() == QLocale::German;
}

QString TimeFormatter::clockTime(const QDateTime &instant) const
{
    return m_locale.toString(
        instant.toTimeZone(ProgrammeZone::zone()).time(), QLocale::ShortFormat);
}

bool TimeFormatter::deviceIsElsewhere(const QDateTime &instant) const
{
    return m_deviceZone.offsetFromUtc(instant) != ProgrammeZone::zone().offsetFromUtc(instant);
}

QString TimeFormatter::zoneAbbreviation(const QDateTime &instant) const
{
    return ProgrammeZone::zone().isDaylightTime(instant)
        //: Central European Summer Time, shown after times when the device is in another zone
        ? tr("CEST")
        //: Central European Time, shown after times when the device is in another zone
        : tr("CET");
}

QString TimeFormatter::timeRange(
    const QDateTime &start, const QDateTime &end, bool approximate, bool allDay) const
{
    if (allDay)
        return tr("all day");
    QString range
        = end > start ? u"%1 – %2"_s.arg(clockTime(start), clockTime(end)) : clockTime(start);
    if (approximate)
        //: %1 is a time range; the programme gives these times as approximate
        range = tr("approx. %1").arg(range);
    if (deviceIsElsewhere(start))
        range += u' ' + zoneAbbreviation(start);
    return range;
}

QString TimeFormatter::countdown(
    const QDateTime &now, const QDateTime &start, const QDateTime &end) const
{
    if (now >= end)
        return tr("over");
    if (now >= start)
        return tr("happening now");
    const QDate today = ProgrammeZone::localDate(now);
    const QDate day = ProgrammeZone::localDate(start);
    const qint64 days = today.daysTo(day);
    if (days == 0) {
        const qint64 minutes = (now.secsTo(start) + 59) / 60;
        if (minutes < 60)
            return tr("in %n minute(s)", nullptr, int(minutes));
        return tr("in %n hour(s)", nullptr, int((minutes + 30) / 60));
    }
    if (days == 1)
        return tr("tomorrow");
    return tr("in %n day(s)", nullptr, int(days));
}
