// SPDX-License-Identifier: GPL-3.0-or-later
#include "healthapi.h"

#include "serverdatabase.h"
#include "syncrequest.h"

#include <QJsonObject>

using namespace Qt::StringLiterals;

HealthApi::HealthApi(ServerDatabase &database)
    : m_database(database)
{
}

bool HealthApi::handles(const QByteArray &path)
{
    return path == "/v1/health" || path == "/v1/alive";
}

HttpResponse HealthApi::handle(const HttpRequest &request)
{
    if (request.method != "GET")
        return HttpResponse::error(405, u"method_not_allowed"_s, u"Use GET."_s);
    QJsonObject answer { { u"version"_s, QStringLiteral(EWS_VERSION) },
        { u"protocol"_s, SyncRequest::protocolVersion } };
    if (request.path == "/v1/alive") {
        answer.insert(u"status"_s, u"ok"_s);
        return HttpResponse::json(answer);
    }
    const auto health = m_database.health();
    answer.insert(u"store"_s, m_database.isPostgres() ? u"postgresql"_s : u"sqlite"_s);
    answer.insert(u"storeReachable"_s, health.reachable);
    answer.insert(u"canWrite"_s, health.canWrite);
    if (health.reachable) {
        answer.insert(u"storeId"_s, health.storeId);
        answer.insert(u"schema"_s, health.schema);
    }
    const bool ok = health.reachable && health.canWrite;
    answer.insert(u"status"_s, ok ? u"ok"_s : health.reachable ? u"read_only"_s : u"unavailable"_s);
    auto response = HttpResponse::json(answer);
    if (!ok) {
        response.status = 503;
        response.headers.insert(
            "Retry-After", QByteArray::number(HttpResponse::unavailableSeconds));
    }
    return response;
}
