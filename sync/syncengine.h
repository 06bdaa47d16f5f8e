// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QList>
#include <QObject>
#include <QSslCertificate>
#include <QUrl>

class ChangeLog;
class Clock;
class QNetworkAccessManager;
class SyncRepository;
struct SyncResponse;

/// Sends the device's change history to the server and stores what the server sends back,
/// in one transaction per answer; asks again while the server has more.
class SyncEngine : public QObject
{
    Q_OBJECT
public:
    SyncEngine(SyncRepository &repository, ChangeLog &changeLog, QNetworkAccessManager &network,
        const Clock &clock, QObject *parent = nullptr);

    /// Where the server is and, for a self-signed certificate, which one to trust.
    void setServer(const QUrl &base, const QList<QSslCertificate> &trusted = {});
    void setToken(const QString &token);
    /// The municipality whose project this device writes (sent again after a server restore).
    void setOwnMunicipality(const QString &municipalityId);
    bool isSyncing() const;

    /// Starts a sync unless one is running; finished() tells how it went.
    void syncNow();

Q_SIGNALS:
    /// @p ok false: @p error is "offline", "unauthorized", "revoked", "busy", "server" or
    /// "answer",
    /// @p message says it for people. Changes stay queued either way.
    void finished(bool ok, const QString &error, const QString &message);
    /// Rows from the server were stored: views reload. Not sent when nothing arrived.
    void dataChanged();

private:
    void sendOnce(int round);
    /// Stores an answer in one transaction; @p stored tells whether rows arrived.
    bool store(const QByteArray &body, bool *more, bool *stored, QString *message);
    /// The scopes whose position lies before a deletion the server forgot, with its horizon.
    QHash<QString, qint64> resetsNeeded(const SyncResponse &response) const;

    SyncRepository &m_repository;
    ChangeLog &m_changeLog;
    QNetworkAccessManager &m_network;
    const Clock &m_clock;
    QUrl m_base;
    QList<QSslCertificate> m_trusted;
    QString m_token;
    QString m_ownMunicipality;
    bool m_syncing = false;
};
