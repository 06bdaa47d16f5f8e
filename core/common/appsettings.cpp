// SPDX-License-Identifier: GPL-3.0-or-later
#include "appsettings.h"

#include <algorithm>

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

QString AppSettings::textSize() const
{
    return m_settings.value(u"display/textSize"_s).toString();
}

void AppSettings::setTextSize(const QString &size)
{
    const QString value = size == "large"_L1 || size == "larger"_L1 ? size : QString();
    if (value == textSize())
        return;
    m_settings.setValue(u"display/textSize"_s, value);
    m_settings.sync();
    Q_EMIT textScaleChanged();
}

bool AppSettings::privacyNoticeSeen() const
{
    return m_settings.value(u"privacy/noticeSeen"_s).toBool();
}

void AppSettings::setPrivacyNoticeSeen(bool seen)
{
    if (seen == privacyNoticeSeen())
        return;
    m_settings.setValue(u"privacy/noticeSeen"_s, seen);
    m_settings.sync();
    Q_EMIT privacyChanged();
}

bool AppSettings::sharingAsked() const
{
    return m_settings.value(u"privacy/sharingAsked"_s).toBool();
}

void AppSettings::setSharingAsked(bool asked)
{
    if (asked == sharingAsked())
        return;
    m_settings.setValue(u"privacy/sharingAsked"_s, asked);
    m_settings.sync();
    Q_EMIT privacyChanged();
}

double AppSettings::textScale() const
{
    const QString size = textSize();
    const double chosen = size == "large"_L1 ? 1.25 : size == "larger"_L1 ? 1.5 : 1.0;
    return m_systemTextScale * chosen;
}

void AppSettings::setSystemTextScale(double scale)
{
    // Within what the screens are made for: a little smaller up to twice as large.
    const double bounded = std::clamp(scale, 0.85, 2.0);
    if (qFuzzyCompare(bounded, m_systemTextScale))
        return;
    m_systemTextScale = bounded;
    Q_EMIT textScaleChanged();
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
