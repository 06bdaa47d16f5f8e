// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "credentialstore.h"
#include "liveupdates.h"
#include "refusedchanges.h"
#include "serversignin.h"
#include "syncschedule.h"

#include <QDateTime>
#include <QObject>
#include <QQmlEngine>

class AppSettings;
class ChangeLog;
class DisplayContext;
class QNetworkAccessManager;
class FileTransfers;
class SyncEngine;
class SyncRepository;

/// The device's connection to the server: who it is signed in as, syncing when the schedule
/// says so or the person asks, signing out (also when the server revoked the device), and
/// what the screens say about it: up to date, changes waiting, offline. Signing in, the
/// schedule and the refused changes are parts of their own.
class SyncController : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Created by the application")
    Q_PROPERTY(bool signedIn READ signedIn NOTIFY signedInChanged)
    Q_PROPERTY(bool busy READ busy NOTIFY busyChanged)
    Q_PROPERTY(QString server READ server NOTIFY signedInChanged)
    Q_PROPERTY(QString statusText READ statusText NOTIFY statusTextChanged)
    /// What the title bar's mark shows: "sent" (everything reached the server), "waiting"
    /// (changes not sent yet), "syncing", "problem" (the last exchange failed) or "off" (not
    /// signed in); statusText says it in words.
    Q_PROPERTY(QString statusKind READ statusKind NOTIFY statusTextChanged)
    /// Where the sign-in is kept, for people.
    Q_PROPERTY(QString credentialsWhere READ credentialsWhere NOTIFY signedInChanged)
    Q_PROPERTY(ServerSignIn *serverSignIn READ serverSignIn CONSTANT)
    Q_PROPERTY(RefusedChanges *refusedChanges READ refusedChanges CONSTANT)
public:
    SyncController(SyncEngine &engine, SyncRepository &repository, ChangeLog &changeLog,
        CredentialStore &credentials, AppSettings &settings, DisplayContext &context,
        QNetworkAccessManager &network, QObject *parent = nullptr);

    bool signedIn() const;
    bool busy() const;
    QString server() const;
    QString statusText() const;
    QString statusKind() const;
    QString credentialsWhere() const;
    ServerSignIn *serverSignIn();
    RefusedChanges *refusedChanges();

    Q_INVOKABLE void signOut();
    Q_INVOKABLE void syncNow();
    /// The device's network came or went (as the system reports it): coming back, the
    /// device syncs at once instead of waiting for the next try.
    void setNetworkReachable(bool reachable);
    /// The app came to the foreground or left it: in front, the server's news arrive live.
    void setForeground(bool foreground);
    LiveUpdates &liveUpdates() { return m_live; }
    /// The queue that sends and fetches files: signed in and out with the sync, asked to send
    /// what waits after each sync, and a sync once a record's file is on the server.
    void useFileTransfers(FileTransfers &transfers);

Q_SIGNALS:
    void signedInChanged();
    void busyChanged();
    void statusTextChanged();
    /// Rows from the server arrived: views reload.
    void dataChanged();
    /// A sync ended (or was refused at the door): what is waiting may have changed.
    void syncEnded();

private:
    void use(const Credentials &credentials);
    void forget();
    void finished(bool ok, const QString &error, const QString &message);
    void followMove();

    SyncEngine &m_engine;
    SyncRepository &m_repository;
    ChangeLog &m_changeLog;
    CredentialStore &m_credentials;
    AppSettings &m_settings;
    DisplayContext &m_context;
    Credentials m_current;
    ServerSignIn m_serverSignIn;
    SyncSchedule m_schedule;
    LiveUpdates m_live;
    RefusedChanges m_refusedChanges;
    FileTransfers *m_transfers = nullptr;
    bool m_syncAgain = false; ///< records became ready while a sync ran
    QDateTime m_lastSuccess;
    QString m_lastError;
    QString m_lastMessage;
};
