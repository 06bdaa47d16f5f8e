// SPDX-License-Identifier: GPL-3.0-or-later
#include "serverworker.h"

#include "apishared.h"
#include "livenews.h"

#include <memory>

using namespace Qt::StringLiterals;

ServerWorker::ServerWorker(
    const QString &connection, CalendarApi::Clock now, ApiShared &shared, LiveChannels *live)
    : m_database(connection)
    , m_store(m_database)
    , m_access(m_database, m_store)
    , m_api(m_database, m_access, m_store, std::move(now), shared)
{
    // Every write forgets what quiet syncs are answered from, before its news goes out.
    auto announceNews = live ? LiveNews::announcer(m_database, *live) : SyncStore::Announcer();
    m_store.setAnnouncer([&shared, announceNews](const QHash<QString, qint64> &written) {
        shared.quietSyncs.forget();
        if (announceNews)
            announceNews(written);
    });
    m_access.setRevocationListener([&shared] { shared.quietSyncs.forget(); });
}

HttpServer::HandlerFactory ServerWorker::factory(
    const QString &connection, CalendarApi::Clock now, ApiShared &shared, LiveChannels *live)
{
    return [connection, now, &shared, live]() -> HttpServer::Handler {
        auto worker = std::make_shared<ServerWorker>(connection, now, shared, live);
        if (!worker->isOpen()) {
            shared.log.write(u"storage failure"_s, u"a worker cannot open the store"_s);
            return {};
        }
        return [worker](const HttpRequest &request) { return worker->handle(request); };
    };
}
