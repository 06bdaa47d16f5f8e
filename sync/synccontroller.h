// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "credentialstore.h"

#include <QDateTime>
#include <QObject>
#include <QQmlEngine>
#include <QTimer>

class AppSettings;
class ChangeLog;
class DisplayContext;
class QNetworkAccessManager;
class SyncEngine;
class SyncRepository;
struct RefusedChange;

/// Sign-in, sign-out and when to sync (on start, every few minutes, on demand, sooner after a
/// change), and what the screens say about it: up to date, changes waiting, offline, refused.
class SyncController : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Created by the application")
    Q_PROPERTY(bool signedIn READ signedIn NOTIFY changed)
    Q_PROPERTY(bool busy READ busy NOTIFY changed)
    Q_PROPERTY(QString server READ server NOTIFY changed)
    Q_PROPERTY(QString statusText READ statusText NOTIFY changed)
    Q_PROPERTY(int rejectedCount READ rejectedCount NOTIFY changed)
    /// The changes the server refused: seq, what (for people), reason (for people), text
    /// (what the person had typed, to copy).
    Q_PROPERTY(QVariantList refusedChanges READ refusedChanges NOTIFY changed)
    /// Where the sign-in is kept, for people.
    Q_PROPERTY(QString credentialsWhere READ credentialsWhere NOTIFY changed)
public:
    static constexpr int intervalMs = 5 * 60 * 1000;

    SyncController(SyncEngine &engine, SyncRepository &repository, ChangeLog &changeLog,
        CredentialStore &credentials, AppSettings &settings, DisplayContext &context,
        QNetworkAccessManager &network, QObject *parent = nullptr);

    bool signedIn() const;
    bool busy() const;
    QString server() const;
    QString statusText() const;
    int rejectedCount() const;
    QVariantList refusedChanges() const;
    QString credentialsWhere() const;

    /// Redeems a one-time code at @p server. A self-signed certificate is accepted only if its
    /// SHA-256 fingerprint is @p trustedFingerprint (shown to the person after a first try).
    Q_INVOKABLE void signIn(
        const QString &server, const QString &code, const QString &trustedFingerprint = {});
    Q_INVOKABLE void signOut();
    Q_INVOKABLE void syncNow();
    Q_INVOKABLE void discardRefused(const QString &seq);
    /// The device's network came or went (as the system reports it): coming back, the
    /// device syncs at once instead of waiting for the next try.
    void setNetworkReachable(bool reachable);

    /// What a refused change was, in the app's language.
    static QString describe(const RefusedChange &change);
    /// Why the server refused it, in the app's language (the server's words as a fallback).
    static QString reasonText(const RefusedChange &change);

Q_SIGNALS:
    void changed();
    /// Empty @p error: signed in. "untrusted_certificate": @p detail is the fingerprint.
    void signInFinished(const QString &error, const QString &message, const QString &detail);
    /// Rows from the server arrived: views reload.
    void dataChanged();

private:
    void finished(bool ok, const QString &error, const QString &message);
    void scheduleNext(bool failed);
    void followMove();

    SyncEngine &m_engine;
    SyncRepository &m_repository;
    ChangeLog &m_changeLog;
    CredentialStore &m_credentials;
    AppSettings &m_settings;
    DisplayContext &m_context;
    QNetworkAccessManager &m_network;
    Credentials m_current;
    QTimer m_timer;
    int m_failures = 0;
    bool m_networkReachable = true;
    QDateTime m_lastSuccess;
    QString m_lastError;
    QString m_lastMessage;
};
