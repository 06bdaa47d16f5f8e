// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QQmlEngine>
#include <QSettings>

/// The device's own choices: language, and which municipality and person it belongs to
/// (a local choice until sign-in exists).
class AppSettings : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Created by the application")
    /// "" follows the system; otherwise "de" or "en".
    Q_PROPERTY(QString language READ language WRITE setLanguage NOTIFY languageChanged)
    /// The language actually used: "de" or "en".
    Q_PROPERTY(QString effectiveLanguage READ effectiveLanguage NOTIFY languageChanged)
    Q_PROPERTY(QString ownMunicipalityId READ ownMunicipalityId WRITE setOwnMunicipalityId NOTIFY
            ownMunicipalityIdChanged)
    Q_PROPERTY(
        QString ownContactId READ ownContactId WRITE setOwnContactId NOTIFY ownContactIdChanged)
    /// The device belongs to an organiser (set by the sign-in): they comment on projects.
    Q_PROPERTY(bool organiser READ organiser NOTIFY organiserChanged)
    /// "" follows the device; "large" and "larger" make text bigger still.
    Q_PROPERTY(QString textSize READ textSize WRITE setTextSize NOTIFY textScaleChanged)
    /// How much larger than designed text is shown: the device's font size and the choice.
    Q_PROPERTY(double textScale READ textScale NOTIFY textScaleChanged)
    Q_PROPERTY(QString dataLocation READ dataLocation CONSTANT)
    /// The privacy notice was shown at first start and read.
    Q_PROPERTY(bool privacyNoticeSeen READ privacyNoticeSeen WRITE setPrivacyNoticeSeen NOTIFY
            privacyChanged)
    /// The person was asked once whether others may see their phone and e-mail.
    Q_PROPERTY(bool sharingAsked READ sharingAsked WRITE setSharingAsked NOTIFY privacyChanged)
    Q_PROPERTY(QString version READ version CONSTANT)
public:
    /// @p settingsFile holds the choices; @p systemLanguage is the device's ("de", "en", ...).
    AppSettings(const QString &settingsFile, const QString &dataLocation,
        const QString &systemLanguage, QObject *parent = nullptr);

    QString language() const;
    void setLanguage(const QString &language);
    QString effectiveLanguage() const;
    QString ownMunicipalityId() const;
    void setOwnMunicipalityId(const QString &id);
    QString ownContactId() const;
    void setOwnContactId(const QString &id);
    QString textSize() const;
    void setTextSize(const QString &size);
    double textScale() const;
    /// The device's font size against the platform's usual one (set at start).
    void setSystemTextScale(double scale);
    bool organiser() const;
    void setOrganiser(bool organiser);
    QString dataLocation() const;
    QString version() const;
    bool privacyNoticeSeen() const;
    void setPrivacyNoticeSeen(bool seen);
    bool sharingAsked() const;
    void setSharingAsked(bool asked);
    /// The address of this person's calendar subscription, or empty.
    QString calendarAddress() const;
    void setCalendarAddress(const QString &address);
    /// Other choices kept on the device (reminders, for instance), under @p key.
    QVariant value(const QString &key, const QVariant &fallback = {}) const;
    void setValue(const QString &key, const QVariant &value);

Q_SIGNALS:
    void languageChanged();
    void ownMunicipalityIdChanged();
    void ownContactIdChanged();
    void organiserChanged();
    void textScaleChanged();
    void privacyChanged();

private:
    QSettings m_settings;
    QString m_dataLocation;
    QString m_systemLanguage;
    double m_systemTextScale = 1.0;
};
