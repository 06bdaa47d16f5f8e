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

HttpResponse HttpResponse::busy(int seconds)
{
    auto response = error(503, u"busy"_s, u"The server is busy; please try again shortly."_s);
    response.headers.insert("Retry-After", QByteArray::number(seconds));
    return response;
}

QByteArray HttpResponse::reasonPhrase(int status)
{
    switch (status) {
    case 100:
        return "Continue";
    case 200:
        return "OK";
    case 304:
        return "Not Modified";
    case 400:
        return "Bad Request";
    case 401:
        return "Unauthorized";
    case 403:
        return "Forbidden";
    case 404:
        return "Not Found";
    case 405:
        return "Method Not Allowed";
    case 408:
        return "Request Timeout";
    case 411:
        return "Length Required";
    case 413:
        return "Content Too Large";
    case 429:
        return "Too Many Requests";
    case 431:
        return "Request Header Fields Too Large";
    case 500:
        return "Internal Server Error";
    case 503:
        return "Service Unavailable";
    }
    return "Status";
}
