// SPDX-License-Identifier: GPL-3.0-or-later
#include "httpmessage.h"

#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

QString HttpRequest::bearerToken() const
{
    const QByteArray authorization = headers.value("authorization");
    return authorization.startsWith("Bearer ") ? QString::fromLatin1(authorization.mid(7).trimmed())
                                               : QString();
}

HttpResponse HttpResponse::error(int status, const QString &code, const QString &message)
{
    HttpResponse response;
    response.status = status;
    response.body = QJsonDocument(QJsonObject { { u"error"_s, code }, { u"message"_s, message } })
                        .toJson(QJsonDocument::Compact);
    return response;
}

HttpResponse HttpResponse::json(const QJsonObject &object)
{
    HttpResponse response;
    response.body = QJsonDocument(object).toJson(QJsonDocument::Compact);
    return response;
}

HttpResponse HttpResponse::slowDown(int seconds)
{
    auto response
        = error(429, u"slow_down"_s, u"Too many requests; please try again in a minute."_s);
    response.headers.insert("Retry-After", QByteArray::number(seconds));
    return response;
}

HttpResponse HttpResponse::unavailable(int seconds)
{
    auto response = error(503, u"unavailable"_s,
        u"The server cannot reach its data just now; please try again shortly."_s);
    response.headers.insert("Retry-After", QByteArray::number(seconds));
    return response;
}

HttpResponse HttpResponse::busy(int seconds)
{
    auto response = error(503, u"busy"_s, u"The server is busy; please try again shortly."_s);
    response.headers.insert("Retry-After", QByteArray::number(seconds));
    return response;
}
