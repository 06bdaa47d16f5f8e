// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QLocale>
#include <QTimeZone>

/// Formats programme times for people: always in the programme's zone (Europe/Berlin), in the
/// reader's language, and naming the zone when the device is set to another one.
class TimeFormatter
{
    Q_DECLARE_TR_FUNCTIONS(TimeFormatter)
public:
    TimeFormatter(const QLocale &locale, const QTimeZone &deviceZone);

    /// "Do., 26. Nov. 2026"
    QString shortDate(const QDateTime &instant) const;
    /// "Donnerstag, 26. November 2026"
    QString longDate(const QDateTime &instant) const;
    /// "10:00 – 16:00", "ca. 10:00 – 16:00", "ganztägig", with " MEZ" where the device is
    /// elsewhere.
    QString timeRange(
        const QDateTime &start, const QDateTime &end, bool approximate, bool allDay) const;
    /// "in 5 Tagen", "in 3 Stunden", "läuft gerade", "vorbei"
    QString countdown(const QDateTime &now, const QDateTime &start, const QDateTime &end) const;
    /// A plain calendar date (steps, log entries): "26.11.2026", "26 Nov 2026".
    QString calendarDate(QDate date) const;

    /// True when the device's zone shows another wall-clock time than Düsseldorf at @p instant.
    bool deviceIsElsewhere(const QDateTime &instant) const;
    /// "MEZ"/"MESZ" (German) or "CET"/"CEST" (English) at @p instant.
    QString zoneAbbreviation(const QDateTime &instant) const;

private:
    QString clockTime(const QDateTime &instant) const;
    bool isGerman() const;

    QLocale m_locale;
    QTimeZone m_deviceZone;
};
