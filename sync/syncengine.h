// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QObject>
#include <QSslCertificate>
#include <QUrl>

class ChangeLog;
class Clock;
class SyncConnection;
class SyncRepository;
struct SyncAnswer;
struct SyncResponse;

/// Sends the device's change history to the server and stores what the server sends back,
/// in one transaction per answer; asks again while the server has more. A download of many
/// pages overlaps: the next page is asked for before the last one is stored (only when the
/// answer plainly continues: same store, no position to reset), and the connection reads it on
/// a thread of its own, so the server's half, the reading and the storing run side by side.
class SyncEngine : public QObject
{
    Q_OBJECT
public:
    SyncEngine(SyncRepository &repository, ChangeLog &changeLog, SyncConnection &connection,
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
    quint64 sendOnce(int round, const QHash<QString, qint64> *from = nullptr);
    /// An answer on the connection, if it is to a request of this sync.
    void answered(quint64 request, const SyncAnswer &answer);
    /// Stores an answer and goes on: asks for the next page unless it was asked ahead.
    void storeAnswer(const SyncResponse &response, int round, bool askedAhead);
    void stop(const QString &error, const QString &message);
    /// Whether the next page may be asked for before @p response is stored.
    bool continuesPlainly(const SyncResponse &response) const;
    /// Stores an answer in one transaction; @p stored tells whether rows arrived.
    bool store(const SyncResponse &response, bool *more, bool *stored, QString *message);
    /// The scopes whose position lies before a deletion the server forgot, with its horizon.
    QHash<QString, qint64> resetsNeeded(const SyncResponse &response) const;

    SyncRepository &m_repository;
    ChangeLog &m_changeLog;
    SyncConnection &m_connection;
    const Clock &m_clock;
    QUrl m_base;
    QList<QSslCertificate> m_trusted;
    QString m_token;
    QString m_ownMunicipality;
    bool m_syncing = false;
    /// This sync's requests on the connection that have not been answered, with their round
    /// (answers to requests of an ended sync are not looked at).
    QHash<quint64, int> m_inFlight;
};
