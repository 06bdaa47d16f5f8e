// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "accessstore.h"
#include "httpserver.h"
#include "serverapi.h"
#include "serverdatabase.h"
#include "syncstore.h"

/// One worker of the HTTP server: its own connection to the store and its own endpoints,
/// made and used in the worker's thread; what all workers share is in ApiShared.
class ServerWorker
{
public:
    /// @p live: where the store's commits are announced (null: nowhere).
    ServerWorker(
        const QString &connection, CalendarApi::Clock now, ApiShared &shared, LiveChannels *live);

    bool isOpen() const { return m_database.isOpen(); }
    HttpResponse handle(const HttpRequest &request) { return m_api.handle(request); }

    /// What HttpServer calls in each worker thread: a worker on @p connection (the store,
    /// migrated already), or no handler, with the reason in the log, if it cannot open it.
    static HttpServer::HandlerFactory factory(
        const QString &connection, CalendarApi::Clock now, ApiShared &shared, LiveChannels *live);

private:
    ServerDatabase m_database;
    SyncStore m_store;
    AccessStore m_access;
    ServerApi m_api;
};
