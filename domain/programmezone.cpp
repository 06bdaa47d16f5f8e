// SPDX-License-Identifier: GPL-3.0-or-later
#include "programmezone.h"

QTimeZone ProgrammeZone::zone()
{
    static const QTimeZone berlin(QByteArrayLiteral("Europe/Berlin"));
    return berlin;
}

QDateTime ProgrammeZone::instant(QDate date, QTime time)
{
    return QDateTime(date, time, zone()).toUTC();
}

QDate ProgrammeZone::localDate(const QDateTime &instant)
{
    return instant.toTimeZone(zone()).date();
}
