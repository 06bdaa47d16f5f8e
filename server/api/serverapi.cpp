// SPDX-License-Identifier: GPL-3.0-or-later
#include "serverapi.h"

ServerApi::ServerApi(ServerDatabase &database, AccessStore &access, SyncStore &store,
    FileStore &files, CalendarApi::Clock now, ApiShared &shared)
    : m_sync(access, store, shared)
    , m_access(access, store, shared)
    , m_feeds(database)
    , m_calendar(access, m_feeds, store, shared, std::move(now))
    , m_health(database)
    , m_personalData(access, store, shared)
    , m_files(access, files, shared)
    , m_downloads(access, store, files, shared)
{
}

HttpResponse ServerApi::handle(const HttpRequest &request)
{
    if (CalendarApi::handles(request.path))
        return m_calendar.handle(request);
    if (HealthApi::handles(request.path))
        return m_health.handle(request);
    if (PersonalDataApi::handles(request.path))
        return m_personalData.handle(request);
    if (FileApi::handles(request.path))
        return m_files.handle(request);
    if (FileDownloadApi::handles(request.path))
        return m_downloads.handle(request);
    if (request.path == "/v1/access")
        return m_access.handle(request);
    return m_sync.handle(request);
}
