// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "accessstore.h"
#include "httpserver.h"
#include "serverapi.h"
#include "serverdatabase.h"
#include "syncstore.h"

#include <chrono>
#include <memory>

/// One worker of the HTTP server: its own connection to the store and its own endpoints,
/// made and used in the worker's thread; what all workers share is in ApiShared. A store that
/// went away (a database restarted) is opened again by the worker itself; until it answers,
/// requests get 503 with Retry-After, never an answer that would sign a device out.
class ServerWorker
{
public:
    /// @p live: where the store's commits are announced (null: nowhere).
    ServerWorker(
        const QString &connection, CalendarApi::Clock now, ApiShared &shared, LiveChannels *live);

    bool isOpen() const { return m_parts != nullptr; }
    HttpResponse handle(const HttpRequest &request);

    /// What HttpServer calls in each worker thread: a worker on @p connection (the store,
    /// migrated already), or no handler, with the reason in the log, if it cannot open it.
    static HttpServer::HandlerFactory factory(
        const QString &connection, CalendarApi::Clock now, ApiShared &shared, LiveChannels *live);

private:
    /// The store's connection and everything that uses it, opened together.
    struct Parts
    {
        Parts(const QString &connection, CalendarApi::Clock now, ApiShared &shared,
            LiveChannels *live);
        ServerDatabase database;
        SyncStore store;
        AccessStore access;
        FileStore files;
        ServerApi api;
    };
    /// Opens the store anew; false (and logged) if it cannot be reached.
    bool open();

    /// How long a worker that could not open the store answers 503 before it tries again.
    static constexpr std::chrono::seconds reopenEvery { 2 };

    QString m_connection;
    CalendarApi::Clock m_now;
    ApiShared &m_shared;
    LiveChannels *m_live;
    std::unique_ptr<Parts> m_parts;
    std::chrono::steady_clock::time_point m_nextAttempt;
};
