// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "filehandoff.h"

#include <QJsonObject>
#include <QObject>
#include <QQmlEngine>
#include <QVariantList>
#include <QVariantMap>

#include <functional>

class AppSettings;
class CredentialStore;
class DisplayContext;
class QNetworkAccessManager;
class QNetworkReply;
class SyncController;

/// The organisers' desk for people ("Einladungen und Geräte"): who is invited and not signed
/// in yet, who signs in on which devices; adding a municipality, inviting a participant, an
/// organiser or a further device, ending an invitation, signing a device or a person out,
/// moving a participant. Each step is asked of the server (POST /v1/access) and needs the
/// connection; what cannot be done is said in plain words. A new invitation comes with its
/// link, its QR code and the letter to print.
class AccessDesk : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Created by the application")
    /// Signed in as an organiser: the desk can be used.
    Q_PROPERTY(bool available READ available NOTIFY availableChanged)
    Q_PROPERTY(bool busy READ busy NOTIFY busyChanged)
    /// What the last step did or why it could not, in plain words.
    Q_PROPERTY(QString message READ message NOTIFY messageChanged)
    /// {id, name, role, roleText, municipalityId, municipality, devices: [{id, name, since}]}
    Q_PROPERTY(QVariantList people READ people NOTIFY overviewChanged)
    /// {id, personId, name, roleText, municipality, until, expired}
    Q_PROPERTY(QVariantList invitations READ invitations NOTIFY overviewChanged)
    /// {id, name}, by name
    Q_PROPERTY(QVariantList municipalities READ municipalities NOTIFY overviewChanged)
    /// The programme was closed: when its personal data is erased, as people read it ("" while
    /// it is open).
    Q_PROPERTY(QString erasesOn READ erasesOn NOTIFY overviewChanged)
    /// The invitation just made: {name, municipality, code, link, qr, until}; empty before.
    Q_PROPERTY(QVariantMap invitation READ invitation NOTIFY invitationChanged)
    /// The organisers' hint where to get the app, printed in every letter (kept on the device).
    Q_PROPERTY(QString whereToGetTheApp READ whereToGetTheApp WRITE setWhereToGetTheApp NOTIFY
            whereToGetTheAppChanged)

public:
    AccessDesk(SyncController &sync, CredentialStore &credentials, AppSettings &settings,
        DisplayContext &context, QNetworkAccessManager &network, FileHandoff::Opener open,
        QObject *parent = nullptr);

    bool available() const;
    bool busy() const;
    QString message() const;
    QVariantList people() const;
    QVariantList invitations() const;
    QVariantList municipalities() const;
    QString erasesOn() const;
    QVariantMap invitation() const;
    QString whereToGetTheApp() const;
    void setWhereToGetTheApp(const QString &hint);

    /// Loads people, devices, open invitations and municipalities from the server.
    Q_INVOKABLE void refresh();
    Q_INVOKABLE void addMunicipality(const QString &name);
    /// @p role "participant" (of @p municipalityId) or "organiser".
    Q_INVOKABLE void invite(
        const QString &role, const QString &municipalityId, const QString &name);
    /// A code for a further device of person @p personId (their office PC).
    Q_INVOKABLE void inviteDevice(const QString &personId);
    Q_INVOKABLE void endInvitation(const QString &invitationId);
    Q_INVOKABLE void signOutDevice(const QString &deviceId);
    Q_INVOKABLE void signOutPerson(const QString &personId);
    /// Erases a person for good on the server (their sign-in, devices, contact details and
    /// notes); what they wrote into a project stays without their name unless
    /// @p removeWritings.
    Q_INVOKABLE void forgetPerson(const QString &personId, bool removeWritings);
    /// Closes the programme (its personal data is erased after the server's retention), or
    /// opens it again.
    Q_INVOKABLE void closeProgramme(bool closed);
    Q_INVOKABLE void movePerson(const QString &personId, const QString &municipalityId);
    /// Saves the letter of the invitation just made as a PDF and opens it; says what happened.
    Q_INVOKABLE QString handLetter();

Q_SIGNALS:
    void availableChanged();
    void busyChanged();
    void messageChanged();
    void overviewChanged();
    void invitationChanged();
    void whereToGetTheAppChanged();
    /// The server's rows changed (a municipality or a person added, moved): sync soon.
    void rowsChanged();

private:
    using Answer = std::function<void(const QJsonObject &answer)>;
    /// Sends @p request; @p answered gets a 200's body, anything else ends in message().
    void ask(const QJsonObject &request, const Answer &answered);
    /// The refusal @p error (with @p status) in the app's language.
    QString refusal(int status, const QString &error) const;
    void say(const QString &message);
    void takeOverview(const QJsonObject &answer);
    void takeInvitation(
        const QJsonObject &answer, const QString &name, const QString &municipality);
    QString municipalityName(const QString &id) const;
    QString dateText(const QString &isoInstant) const;

    SyncController &m_sync;
    CredentialStore &m_credentials;
    AppSettings &m_settings;
    DisplayContext &m_context;
    QNetworkAccessManager &m_network;
    FileHandoff m_handoff;
    QJsonObject m_overview;
    QVariantMap m_invitation;
    QString m_message;
    int m_asking = 0; ///< requests sent and not answered yet
};
