// SPDX-License-Identifier: GPL-3.0-or-later
#include "serverapi.h"

ServerApi::ServerApi(ServerDatabase &database, AccessStore &access, SyncStore &store,
    CalendarApi::Clock now, ApiLimits limits)
    : m_sync(access, store, limits)
    , m_feeds(database)
    , m_calendar(access, m_feeds, store, std::move(now))
{
}

HttpResponse ServerApi::handle(const HttpRequest &request)
{
    return CalendarApi::handles(request.path) ? m_calendar.handle(request) : m_sync.handle(request);
}
