// SPDX-License-Identifier: GPL-3.0-or-later
#include "serverworker.h"

#include "apishared.h"
#include "livenews.h"

using namespace Qt::StringLiterals;

ServerWorker::Parts::Parts(
    const QString &connection, CalendarApi::Clock now, ApiShared &shared, LiveChannels *live)
    : database(connection)
    , store(database)
    , access(database, store)
    , files(database)
    , api(database, access, store, files, std::move(now), shared)
{
    store.setMunicipalityQuota(shared.municipalityQuotaBytes);
    files.setFileLimit(shared.fileLimitBytes);
    files.setMunicipalityQuota(shared.municipalityFilesBytes);
    store.setFiles(&files);
    // Every write forgets what quiet syncs are answered from, before its news goes out.
    auto announceNews = live ? LiveNews::announcer(database, *live) : SyncStore::Announcer();
    store.setAnnouncer([&shared, announceNews](const QHash<QString, qint64> &written) {
        shared.quietSyncs.forget();
        if (announceNews)
            announceNews(written);
    });
    access.setRevocationListener([&shared] { shared.quietSyncs.forget(); });
    access.setJournal(shared.journal);
}

ServerWorker::ServerWorker(
    const QString &connection, CalendarApi::Clock now, ApiShared &shared, LiveChannels *live)
    : m_connection(connection)
    , m_now(std::move(now))
    , m_shared(shared)
    , m_live(live)
{
    open();
}

bool ServerWorker::open()
{
    m_parts.reset(); // its connection closed before the next is opened
    auto parts = std::make_unique<Parts>(m_connection, m_now, m_shared, m_live);
    if (!parts->database.isOpen()) {
        m_shared.log.writeOncePerMinute(u"store unreachable"_s, u"storage failure"_s,
            u"the store cannot be opened; requests are answered 503 until it can"_s);
        return false;
    }
    m_parts = std::move(parts);
    return true;
}

HttpResponse ServerWorker::handle(const HttpRequest &request)
{
    if (!m_parts) {
        // While the store is away, one attempt every few seconds: a database that does not
        // answer at all would otherwise hold each request for the connection's timeout.
        const auto now = std::chrono::steady_clock::now();
        if (now < m_nextAttempt)
            return HttpResponse::unavailable();
        if (!open()) {
            m_nextAttempt = now + reopenEvery;
            return HttpResponse::unavailable();
        }
    }
    HttpResponse response = m_parts->api.handle(request);
    // An answer that says no may come from a store gone away meanwhile (PostgreSQL restarted:
    // this connection is dead for good). If the store does not answer now, the request gets
    // 503, and the next one a new connection.
    const bool refusal = response.status == 401 || response.status == 403 || response.status == 404
        || response.status >= 500;
    if (refusal && !m_parts->database.isReachable()) {
        m_shared.log.writeOncePerMinute(u"store lost"_s, u"storage failure"_s,
            u"the connection to the store was lost; opening it again"_s);
        m_parts.reset();
        return HttpResponse::unavailable();
    }
    return response;
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
