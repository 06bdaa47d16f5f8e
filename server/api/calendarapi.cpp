// SPDX-License-Identifier: GPL-3.0-or-later
#include "calendarapi.h"

#include "accessstore.h"
#include "calendarentries.h"
#include "calendarfeeds.h"
#include "jsonreader.h"
#include "programmewire.h"
#include "records.h"
#include "signedindevice.h"
#include "syncstore.h"

#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace {
constexpr QByteArrayView feedPath = "/v1/calendar-feed";
constexpr QByteArrayView calendarPrefix = "/v1/calendar/";
}

CalendarApi::CalendarApi(AccessStore &access, CalendarFeeds &feeds, SyncStore &store, Clock now)
    : m_access(access)
    , m_feeds(feeds)
    , m_store(store)
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
    return calendar(name);
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

HttpResponse CalendarApi::calendar(const QByteArray &secret)
{
    // An unknown, replaced or revoked address looks like no address at all.
    const auto feed = m_feeds.find(QString::fromLatin1(secret));
    if (!feed)
        return HttpResponse::error(404, u"not_found"_s, u"There is nothing at this address."_s);
    HttpResponse response;
    response.contentType = "text/calendar; charset=utf-8";
    response.body = programme(feed->language);
    return response;
}

QByteArray CalendarApi::programme(const QString &language) const
{
    QHash<QString, Place> places;
    for (const auto &row : m_store.rowsOf(Records::Place::entity))
        places.insert(row.id, ProgrammeWire::placeFrom(row.id, row.fields));
    QList<CalendarEntry> entries;
    for (const auto &row : m_store.rowsOf(Records::ProgrammeDate::entity)) {
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
    return ICalendarWriter::write(
        language == "en"_L1 ? u"EWS 7 programme"_s : u"EWS 7 – Programm"_s, entries, m_now());
}
