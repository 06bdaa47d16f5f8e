// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "accessstore.h"
#include "httpsclient.h"
#include "httpserver.h"
#include "serverapi.h"
#include "serverdatabase.h"
#include "syncstore.h"

#include <QHostAddress>

#include <memory>

/// The server as ews-server runs it, inside the test's process: its store on @p connection
/// (an SQLite file or the test run's PostgreSQL), migrated; every endpoint behind one
/// handler; HTTPS with the test certificate on 127.0.0.1, port chosen by the system.
class InProcessServer
{
public:
    explicit InProcessServer(
        const QString &connection,
        CalendarApi::Clock now = [] { return QDateTime::currentDateTimeUtc(); },
        ApiLimits limits = {})
        : m_connection(connection)
        , m_now(std::move(now))
        , m_limits(limits)
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
        m_api = std::make_unique<ServerApi>(*m_database, *m_access, *m_store, m_now, m_limits);
        m_http = std::make_unique<HttpServer>(HttpsClient::serverTls(), HttpLimits {},
            [this](const HttpRequest &request) { return m_api->handle(request); });
        if (!m_http->listen(QHostAddress::LocalHost, 0)) {
            *error = m_http->errorString();
            return false;
        }
        return true;
    }

    ~InProcessServer()
    {
        // Connections go before the endpoints they call, the endpoints before the store.
        m_http.reset();
        m_api.reset();
        m_access.reset();
        m_store.reset();
        m_database.reset();
    }

    /// The endpoints again with other limits (the store stays as it is).
    void setLimits(ApiLimits limits)
    {
        m_limits = limits;
        m_api = std::make_unique<ServerApi>(*m_database, *m_access, *m_store, m_now, m_limits);
    }

    quint16 port() const { return m_http->serverPort(); }
    ServerDatabase &database() { return *m_database; }
    SyncStore &store() { return *m_store; }
    AccessStore &access() { return *m_access; }

private:
    QString m_connection;
    CalendarApi::Clock m_now;
    ApiLimits m_limits;
    std::unique_ptr<ServerDatabase> m_database;
    std::unique_ptr<SyncStore> m_store;
    std::unique_ptr<AccessStore> m_access;
    std::unique_ptr<ServerApi> m_api;
    std::unique_ptr<HttpServer> m_http;
};
