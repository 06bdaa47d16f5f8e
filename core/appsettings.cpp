// SPDX-License-Identifier: GPL-3.0-or-later
#include "appsettings.h"

using namespace Qt::StringLiterals;

namespace {
const QString languageKey = u"language"_s;
const QString municipalityKey = u"device/municipality"_s;
const QString contactKey = u"device/contact"_s;
}

AppSettings::AppSettings(const QString &settingsFile, const QString &dataLocation,
    const QString &systemLanguage, QObject *parent)
    : QObject(parent)
    , m_settings(settingsFile, QSettings::IniFormat)
    , m_dataLocation(dataLocation)
    , m_systemLanguage(systemLanguage)
{
}

QString AppSettings::language() const
{
    return m_settings.value(languageKey).toString();
}

void AppSettings::setLanguage(const QString &language)
{
    const QString value = language == "de"_L1 || language == "en"_L1 ? language : QString();
    if (value == this->language())
        return;
    m_settings.setValue(languageKey, value);
    m_settings.sync();
    Q_EMIT languageChanged();
}

QString AppSettings::effectiveLanguage() const
{
    const QString chosen = language();
    if (!chosen.isEmpty())
        return chosen;
    // German is the programme's language: every system language but English gets German.
    return m_systemLanguage.startsWith("en"_L1) ? u"en"_s : u"de"_s;
}

QString AppSettings::calendarAddress() const
{
    return m_settings.value(u"calendar/address"_s).toString();
}

void AppSettings::setCalendarAddress(const QString &address)
{
    if (address.isEmpty())
        m_settings.remove(u"calendar/address"_s);
    else
        m_settings.setValue(u"calendar/address"_s, address);
    m_settings.sync();
}

QVariant AppSettings::value(const QString &key, const QVariant &fallback) const
{
    return m_settings.value(key, fallback);
}

void AppSettings::setValue(const QString &key, const QVariant &value)
{
    m_settings.setValue(key, value);
    m_settings.sync();
}

QString AppSettings::ownMunicipalityId() const
{
    return m_settings.value(municipalityKey).toString();
}

void AppSettings::setOwnMunicipalityId(const QString &id)
{
    if (id == ownMunicipalityId())
        return;
    m_settings.setValue(municipalityKey, id);
    m_settings.remove(contactKey);
    m_settings.sync();
    Q_EMIT ownMunicipalityIdChanged();
    Q_EMIT ownContactIdChanged();
}

QString AppSettings::ownContactId() const
{
    return m_settings.value(contactKey).toString();
}

void AppSettings::setOwnContactId(const QString &id)
{
    if (id == ownContactId())
        return;
    m_settings.setValue(contactKey, id);
    m_settings.sync();
    Q_EMIT ownContactIdChanged();
}

bool AppSettings::organiser() const
{
    return m_settings.value(u"device/organiser"_s, false).toBool();
}

void AppSettings::setOrganiser(bool organiser)
{
    if (organiser == this->organiser())
        return;
    m_settings.setValue(u"device/organiser"_s, organiser);
    m_settings.sync();
    Q_EMIT organiserChanged();
}

QString AppSettings::dataLocation() const
{
    return m_dataLocation;
}

QString AppSettings::version() const
{
    return QStringLiteral(EWS_VERSION);
}
