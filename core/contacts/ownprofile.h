// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QQmlEngine>

class AppSettings;
class ContactRepository;
class DisplayContext;

/// Who this device belongs to (municipality and person, a local choice until sign-in exists)
/// and what of their own details the cohort sees.
class OwnProfile : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Created by the application")
    Q_PROPERTY(QString municipalityId READ municipalityId NOTIFY changed)
    Q_PROPERTY(QString municipalityName READ municipalityName NOTIFY changed)
    Q_PROPERTY(QString contactId READ contactId NOTIFY changed)
    /// Where the chosen person is in participantChoices, or -1.
    Q_PROPERTY(int contactIndex READ contactIndex NOTIFY changed)
    Q_PROPERTY(QString contactName READ contactName NOTIFY changed)
    Q_PROPERTY(QString phone READ phone NOTIFY changed)
    Q_PROPERTY(QString email READ email NOTIFY changed)
    Q_PROPERTY(bool sharePhone READ sharePhone NOTIFY changed)
    Q_PROPERTY(bool shareEmail READ shareEmail NOTIFY changed)
    /// The participants of the chosen municipality (contactId, name).
    Q_PROPERTY(QVariantList participantChoices READ participantChoices NOTIFY changed)
public:
    static constexpr int maxNameLength = 100;

    OwnProfile(ContactRepository &contacts, AppSettings &settings, DisplayContext &context,
        QObject *parent = nullptr);

    QString municipalityId() const;
    QString municipalityName() const;
    QString contactId() const;
    int contactIndex() const;
    QString contactName() const;
    QString phone() const;
    QString email() const;
    bool sharePhone() const;
    bool shareEmail() const;
    QVariantList participantChoices() const;

    /// Re-reads the person's details (after a sync brought them).
    void refresh();
    Q_INVOKABLE void chooseMunicipality(const QString &municipalityId);
    Q_INVOKABLE void chooseContact(const QString &contactId);
    // Each returns an empty string when saved, otherwise what the person should change.
    Q_INVOKABLE QString addMunicipality(const QString &name);
    Q_INVOKABLE QString addContact(const QString &name);
    Q_INVOKABLE QString saveDetails(
        const QString &phone, const QString &email, bool sharePhone, bool shareEmail);

    static QString checkName(const QString &name);
    static QString checkPhone(const QString &phone);
    static QString checkEmail(const QString &email);

Q_SIGNALS:
    void changed();
    void changesRecorded();

private:
    ContactRepository &m_contacts;
    AppSettings &m_settings;
    DisplayContext &m_context;
};
