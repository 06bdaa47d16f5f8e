// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "accessstore.h"
#include "apishared.h"
#include "httpsclient.h"
#include "httpserver.h"
#include "livenews.h"
#include "serverdatabase.h"
#include "serverworker.h"
#include "syncstore.h"

#include <QHostAddress>
#include <QMutex>

#include <memory>

/// The server as ews-server runs it, inside the test's process: its store on @p connection
/// (an SQLite file or the test run's PostgreSQL), migrated; workers on their own threads,
/// each with its own connection to the store; HTTPS with the test certificate on 127.0.0.1,
/// port chosen by the system. The test reads and writes the store through a connection of
/// its own (store(), access()), as the operator's commands do beside a running server; its
/// writes are forgotten by the quiet syncs' memory at once, as the server's own are (another
/// process's are after at most QuietSyncs::defaultLongest: tst_quietsyncs).
class InProcessServer
{
public:
    explicit InProcessServer(
        const QString &connection,
        CalendarApi::Clock now = [] { return QDateTime::currentDateTimeUtc(); },
        ApiLimits limits = {}, HttpLimits httpLimits = {})
        : m_connection(connection)
        , m_now(std::move(now))
        , m_limits(limits)
        , m_httpLimits(httpLimits)
    {
    }

    /// Opens and migrates the store, then listens; false with *error if any step failed.
    bool start(QString *error)
    {
        m_database = std::make_unique<ServerDatabase>(m_connection);
        if (!m_database->isOpen() || !m_database->migrate()) {
            *error = m_database->errorString();
            return false;
        }
        m_store = std::make_unique<SyncStore>(*m_database);
        m_access = std::make_unique<AccessStore>(*m_database, *m_store);
        m_store->setAnnouncer([this](const QHash<QString, qint64> &) { forgetQuietSyncs(); });
        m_access->setRevocationListener([this] { forgetQuietSyncs(); });
        return listen(error);
    }

    ~InProcessServer()
    {
        // The workers end before what they share.
        m_http.reset();
        m_shared.reset();
    }

    /// The server again with a quota per municipality in bytes (the port changes).
    void setMunicipalityQuota(qint64 bytes)
    {
        m_http.reset();
        m_quota = bytes;
        QString error;
        if (!listen(&error))
            qFatal("the server did not start again: %s", qPrintable(error));
    }

    /// The server again with other limits (the store stays as it is; the port changes).
    void setLimits(ApiLimits limits)
    {
        m_http.reset();
        m_limits = limits;
        QString error;
        if (!listen(&error))
            qFatal("the server did not start again: %s", qPrintable(error));
    }

    quint16 port() const { return m_http->serverPort(); }
    QString connection() const { return m_connection; }
    ServerDatabase &database() { return *m_database; }
    SyncStore &store() { return *m_store; }
    AccessStore &access() { return *m_access; }
    HttpServer &http() { return *m_http; }
    LiveChannels &live() { return m_live; }

    /// The operator's log so far.
    QStringList log() const
    {
        const QMutexLocker lock(&m_logMutex);
        return m_logLines;
    }

private:
    void forgetQuietSyncs()
    {
        if (m_shared)
            m_shared->quietSyncs.forget();
    }

    bool listen(QString *error)
    {
        m_shared = std::make_unique<ApiShared>(m_limits, m_log);
        if (m_quota > 0)
            m_shared->municipalityQuotaBytes = m_quota;
        if (m_database->isPostgres() && !m_listener) {
            m_listener = std::make_unique<PostgresNewsListener>(
                m_connection, m_live, [this] { forgetQuietSyncs(); });
            if (!m_listener->start(error))
                return false;
        }
        HttpServer::Options options;
        options.tls = HttpsClient::serverTlsSettings();
        options.limits = m_httpLimits;
        options.live = &m_live;
        m_http = std::make_unique<HttpServer>(
            options, ServerWorker::factory(m_connection, m_now, *m_shared, &m_live), m_log);
        return m_http->listen(QHostAddress::LocalHost, 0, error);
    }

    QString m_connection;
    CalendarApi::Clock m_now;
    ApiLimits m_limits;
    HttpLimits m_httpLimits;
    mutable QMutex m_logMutex;
    QStringList m_logLines;
    OperatorLog m_log { [this](const QString &line) {
        const QMutexLocker lock(&m_logMutex);
        m_logLines.append(line);
    } };
    std::unique_ptr<ServerDatabase> m_database;
    std::unique_ptr<SyncStore> m_store;
    std::unique_ptr<AccessStore> m_access;
    LiveChannels m_live;
    std::unique_ptr<PostgresNewsListener> m_listener;
    std::unique_ptr<ApiShared> m_shared;
    qint64 m_quota = 0; ///< 0: the default
    std::unique_ptr<HttpServer> m_http;
};
