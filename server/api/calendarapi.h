// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "httpmessage.h"

#include <QDateTime>
#include <functional>

class AccessStore;
class ApiShared;
class CalendarFeeds;
class SyncStore;

/// A person's calendar subscription (docs/sync-protocol.md, "Calendar subscription"):
///   POST   /v1/calendar-feed           (signed in) a new secret address; an older one stops
///   DELETE /v1/calendar-feed           (signed in) the subscription ends
///   GET    /v1/calendar/<secret>.ics   the programme as iCalendar, for calendar programs
class CalendarApi
{
public:
    using Clock = std::function<QDateTime()>;

    CalendarApi(
        AccessStore &access, CalendarFeeds &feeds, SyncStore &store, ApiShared &shared, Clock now);

    /// Whether @p path is one of these endpoints.
    static bool handles(const QByteArray &path);
    HttpResponse handle(const HttpRequest &request);

    /// The programme the store holds as an iCalendar file in @p language ("de" or "en"):
    /// every date, cancelled ones (until their removal is forgotten) as cancelled. @p changedAt
    /// receives when a date or place last changed: the file's DTSTAMP and Last-Modified, so
    /// that the same programme is the same file, byte for byte, on every request.
    QByteArray programme(const QString &language, QDateTime *changedAt = nullptr) const;

private:
    HttpResponse feed(const HttpRequest &request);
    HttpResponse calendar(const QByteArray &secret, const HttpRequest &request);

    AccessStore &m_access;
    CalendarFeeds &m_feeds;
    SyncStore &m_store;
    ApiShared &m_shared;
    Clock m_now;
};
