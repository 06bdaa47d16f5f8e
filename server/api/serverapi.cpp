// SPDX-License-Identifier: GPL-3.0-or-later
#include "serverapi.h"

ServerApi::ServerApi(ServerDatabase &database, AccessStore &access, SyncStore &store,
    CalendarApi::Clock now, ApiLimits limits)
    : m_sync(access, store, limits)
    , m_access(access, store, limits.accessPerDevice)
    , m_feeds(database)
    , m_calendar(access, m_feeds, store, std::move(now))
{
}

HttpResponse ServerApi::handle(const HttpRequest &request)
{
    if (CalendarApi::handles(request.path))
        return m_calendar.handle(request);
    if (request.path == "/v1/access")
        return m_access.handle(request);
    return m_sync.handle(request);
}
