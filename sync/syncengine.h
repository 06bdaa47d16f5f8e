// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QList>
#include <QObject>
#include <QSslCertificate>
#include <QUrl>

#include <functional>

class ChangeLog;
class Clock;
class QNetworkAccessManager;
class QNetworkReply;
class SyncRepository;
struct SyncResponse;

/// Sends the device's change history to the server and stores what the server sends back,
/// in one transaction per answer; asks again while the server has more. A download of many
/// pages overlaps: the next page is asked for before the last one is stored (only when the
/// answer plainly continues: same store, no position to reset), so the server's half and the
/// device's half run side by side.
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
    /// Sends one request of this sync: from the device's positions, or from @p from (the
    /// positions of an answer not stored yet).
    QNetworkReply *sendOnce(int round, const QHash<QString, qint64> *from = nullptr);
    void answered(QNetworkReply *reply, int round, quint64 attempt);
    /// Stores an answer and goes on: asks for the next page unless it was asked ahead.
    void storeAnswer(const SyncResponse &response, int round, bool askedAhead);
    /// Stores the page whose storing waits for the request asked ahead to leave, if any.
    void storePending();
    void stop(const QString &error, const QString &message);
    /// Whether the next page may be asked for before @p response is stored.
    bool continuesPlainly(const SyncResponse &response) const;
    /// Stores an answer in one transaction; @p stored tells whether rows arrived.
    bool store(const SyncResponse &response, bool *more, bool *stored, QString *message);
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
    quint64 m_attempt = 0; ///< answers of an ended sync are not looked at
    QNetworkReply *m_ahead = nullptr; ///< the next page, asked for while one is stored
    std::function<void()> m_pendingStore; ///< a page waiting for m_ahead's request to leave
};
