// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "accessapi.h"
#include "calendarapi.h"
#include "calendarfeeds.h"
#include "fileapi.h"
#include "filedownloadapi.h"
#include "healthapi.h"
#include "personaldataapi.h"
#include "syncapi.h"

class ServerDatabase;

/// Every endpoint of the server behind one handler, as the HTTPS server calls it: the
/// calendar subscription's paths go to CalendarApi, /v1/access to AccessApi, /v1/health and
/// /v1/alive to HealthApi, /v1/my-data to PersonalDataApi, /v1/uploads/… to FileApi,
/// /v1/files/… to FileDownloadApi, everything else to SyncApi. The server's main() and the
/// tests build it alike.
class ServerApi
{
public:
    ServerApi(ServerDatabase &database, AccessStore &access, SyncStore &store, FileStore &files,
        CalendarApi::Clock now, ApiShared &shared);

    HttpResponse handle(const HttpRequest &request);

private:
    SyncApi m_sync;
    AccessApi m_access;
    CalendarFeeds m_feeds;
    CalendarApi m_calendar;
    HealthApi m_health;
    PersonalDataApi m_personalData;
    FileApi m_files;
    FileDownloadApi m_downloads;
};
