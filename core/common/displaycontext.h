// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "timeformatter.h"

#include <QObject>

class AppSettings;
class Clock;

/// What every view needs to show things to a person: the language, the locale, the device's
/// time zone and the current time. languageChanged() is called once the new language's
/// translation is installed; views then re-read their texts.
class DisplayContext : public QObject
{
    Q_OBJECT
public:
    DisplayContext(AppSettings &settings, const Clock &clock, const QTimeZone &deviceZone,
        const QLocale &systemLocale, QObject *parent = nullptr);

    QString language() const;
    QLocale locale() const;
    TimeFormatter formatter() const;
    QDateTime now() const;
    QDate today() const; ///< in the programme's zone
    void languageChanged();

Q_SIGNALS:
    void changed();

private:
    AppSettings &m_settings;
    const Clock &m_clock;
    QTimeZone m_deviceZone;
    QLocale m_systemLocale;
};
