// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QDateTime>
#include <QTime>
#include <QTimeZone>

/// The programme's own time zone: every date of the programme is a time in Düsseldorf.
namespace ProgrammeZone {
QTimeZone zone();
/// The instant of a wall-clock time in Europe/Berlin (daylight saving applied).
QDateTime instant(QDate date, QTime time);
/// The calendar date in Europe/Berlin of an instant.
QDate localDate(const QDateTime &instant);
}
