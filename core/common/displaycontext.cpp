// SPDX-License-Identifier: GPL-3.0-or-later
#include "displaycontext.h"

#include "appsettings.h"
#include "clock.h"
#include "programmezone.h"

using namespace Qt::StringLiterals;

DisplayContext::DisplayContext(AppSettings &settings, const Clock &clock,
    const QTimeZone &deviceZone, const QLocale &systemLocale, QObject *parent)
    : QObject(parent)
    , m_settings(settings)
    , m_clock(clock)
    , m_deviceZone(deviceZone)
    , m_systemLocale(systemLocale)
{
}

void DisplayContext::languageChanged()
{
    Q_EMIT changed();
}

QString DisplayContext::language() const
{
    return m_settings.effectiveLanguage();
}

QLocale DisplayContext::locale() const
{
    const bool english = language() == "en"_L1;
    const auto wanted = english ? QLocale::English : QLocale::German;
    // The device's own conventions (en_US or en_GB, de_DE or de_AT) where its language matches.
    if (m_systemLocale.language() == wanted)
        return m_systemLocale;
    return english ? QLocale(QLocale::English, QLocale::UnitedKingdom)
                   : QLocale(QLocale::German, QLocale::Germany);
}

TimeFormatter DisplayContext::formatter() const
{
    return TimeFormatter(locale(), m_deviceZone);
}

QDateTime DisplayContext::now() const
{
    return m_clock.now();
}

QDate DisplayContext::today() const
{
    return ProgrammeZone::localDate(m_clock.now());
}
