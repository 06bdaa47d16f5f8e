// SPDX-License-Identifier: GPL-3.0-or-later
#include "calendarapi.h"

#include "accessstore.h"
#include "apishared.h"
#include "calendarentries.h"
#include "calendarfeeds.h"
#include "jsonreader.h"
#include "programmewire.h"
#include "records.h"
#include "signedindevice.h"
#include "syncstore.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace {
constexpr QByteArrayView feedPath = "/v1/calendar-feed";
constexpr QByteArrayView calendarPrefix = "/v1/calendar/";

/// An HTTP date (RFC 9110, 5.6.7): "Sat, 05 Dec 2026 10:00:00 GMT", in English whatever the
/// server's locale.
QByteArray httpDate(const QDateTime &instant)
{
    return QLocale::c().toString(instant.toUTC(), u"ddd, dd MMM yyyy HH:mm:ss 'GMT'"_s).toLatin1();
}

/// Whether an If-None-Match list names @p tag (weak comparison, RFC 9110, 13.1.2).
bool matchesTag(const QByteArray &list, const QByteArray &tag)
{
    const auto opaque = [](QByteArray value) {
        value = value.trimmed();
        return value.startsWith("W/") ? value.mid(2) : value;
    };
    if (list.trimmed() == "*")
        return true;
    for (const auto &each : list.split(','))
        if (opaque(each) == opaque(tag))
            return true;
    return false;
}
}

CalendarApi::CalendarApi(
    AccessStore &access, CalendarFeeds &feeds, SyncStore &store, ApiShared &shared, Clock now)
    : m_access(access)
    , m_feeds(feeds)
    , m_store(store)
    , m_shared(shared)
    , m_now(std::move(now))
{
}

bool CalendarApi::handles(const QByteArray &path)
{
    return path == feedPath || path.startsWith(calendarPrefix);
}

HttpResponse CalendarApi::handle(const HttpRequest &request)
{
    if (request.path == feedPath)
        return feed(request);
    if (request.method != "GET")
        return HttpResponse::error(405, u"method_not_allowed"_s, u"Use GET."_s);
    QByteArray name = request.path.mid(calendarPrefix.size());
    if (!name.endsWith(".ics"))
        return HttpResponse::error(404, u"not_found"_s, u"There is nothing at this address."_s);
    name.chop(4);
    return calendar(name, request);
}

HttpResponse CalendarApi::feed(const HttpRequest &request)
{
    if (request.method != "POST" && request.method != "DELETE")
        return HttpResponse::error(405, u"method_not_allowed"_s, u"Use POST or DELETE."_s);
    HttpResponse refusal;
    const auto identity = signedInDevice(m_access, request, &refusal);
    if (!identity)
        return refusal;
    if (request.method == "DELETE") {
        if (!m_feeds.revoke(identity->contactId))
            return HttpResponse::error(
                404, u"not_found"_s, u"There is no calendar subscription to end."_s);
        HttpResponse response;
        response.body
            = QJsonDocument(QJsonObject { { u"revoked"_s, true } }).toJson(QJsonDocument::Compact);
        return response;
    }
    QString language = u"de"_s;
    if (!request.body.trimmed().isEmpty()) {
        const auto document = QJsonDocument::fromJson(request.body);
        if (!document.isObject())
            return HttpResponse::error(
                400, u"malformed"_s, u"The request must be a JSON object."_s);
        JsonReader reader;
        const auto object = document.object();
        reader.onlyKnownFields(object, { u"language"_s }, u"request"_s);
        if (object.contains("language"_L1))
            language = reader.text(object, u"language"_s, u"request"_s, true, 2);
        if (reader.ok() && language != "de"_L1 && language != "en"_L1)
            reader.fail(u"request: language must be \"de\" or \"en\""_s);
        if (!reader.ok())
            return HttpResponse::error(400, u"malformed"_s, reader.error);
    }
    const QString secret = m_feeds.create(identity->contactId, language);
    if (secret.isEmpty())
        return HttpResponse::error(
            503, u"retry"_s, u"The subscription could not be stored; please try again."_s);
    HttpResponse response;
    response.body = QJsonDocument(
        QJsonObject { { u"path"_s, QString::fromLatin1(calendarPrefix) + secret + u".ics"_s },
            { u"language"_s, language } })
                        .toJson(QJsonDocument::Compact);
    return response;
}

HttpResponse CalendarApi::calendar(const QByteArray &secret, const HttpRequest &request)
{
    if (!m_shared.allow(m_shared.calendarFetches, request.client, u"calendar fetches"_s,
            OperatorLog::networkOf(request.client)))
        return HttpResponse::slowDown(m_shared.calendarFetches.secondsLeft());
    // An unknown, replaced or revoked address looks like no address at all.
    const auto feed = m_feeds.find(QString::fromLatin1(secret));
    if (!feed)
        return HttpResponse::error(404, u"not_found"_s, u"There is nothing at this address."_s);
    const CalendarFiles::File file
        = m_shared.calendarFiles.get(feed->language, m_store.scopeState(Records::Scope::programme),
            [&](QDateTime *changedAt) { return programme(feed->language, changedAt); });
    HttpResponse response;
    response.contentType = "text/calendar; charset=utf-8";
    response.body = file.body;
    const QDateTime changedAt = file.changedAt;
    // Calendar programs ask again every few hours: an unchanged programme costs them (and the
    // phone's data plan) a 304 answer without content. Weak: the same file may go out gzipped.
    const QByteArray tag = file.tag;
    response.headers.insert("ETag", tag);
    response.headers.insert("Last-Modified", httpDate(changedAt));
    response.headers.insert("Cache-Control", "private, no-cache");
    // The tag decides. A client that kept only the date gets 304 for exactly that date: the
    // newest change can move back (a cancelled date forgotten after the horizon) and has whole
    // seconds only, so "not older than" could keep a stale file.
    const QByteArray ifNoneMatch = request.headers.value("if-none-match");
    const bool unchanged = !ifNoneMatch.isEmpty()
        ? matchesTag(ifNoneMatch, tag)
        : request.headers.value("if-modified-since").trimmed()
            == response.headers.value("Last-Modified");
    if (unchanged) {
        response.status = 304;
        response.body.clear();
    }
    return response;
}

QByteArray CalendarApi::programme(const QString &language, QDateTime *changedAt) const
{
    QDateTime newest;
    const auto noteChange = [&newest](const SyncStore::Row &row) {
        if (row.changedAt.isValid() && (!newest.isValid() || row.changedAt > newest))
            newest = row.changedAt;
    };
    QHash<QString, Place> places;
    for (const auto &row : m_store.rowsOf(Records::Place::entity)) {
        noteChange(row);
        places.insert(row.id, ProgrammeWire::placeFrom(row.id, row.fields));
    }
    QList<CalendarEntry> entries;
    for (const auto &row : m_store.rowsOf(Records::ProgrammeDate::entity)) {
        noteChange(row);
        ProgrammeDate event = ProgrammeWire::eventFrom(row.id, row.fields);
        if (!event.startsAt.isValid()) // a removal of a date this store never had
            continue;
        if (!event.endsAt.isValid())
            event.endsAt = event.startsAt;
        const auto place = places.constFind(event.placeId);
        // The row's version only grows, and grows with every change of the date.
        entries.append(
            CalendarEntries::entryFor(event, place != places.cend() ? &*place : nullptr, language,
                int(qMin<qint64>(row.version, std::numeric_limits<int>::max())), row.deleted));
    }
    std::sort(entries.begin(), entries.end(),
        [](const CalendarEntry &a, const CalendarEntry &b) { return a.startsAt < b.startsAt; });
    // A store from before changes were timed: now, as before.
    if (!newest.isValid())
        newest = m_now();
    if (changedAt)
        *changedAt = newest;
    return ICalendarWriter::write(
        language == "en"_L1 ? u"EWS 7 programme"_s : u"EWS 7 – Programm"_s, entries, newest);
}
