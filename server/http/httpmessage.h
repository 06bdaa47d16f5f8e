// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QHash>
#include <QString>
#include <QStringList>

class QJsonObject;

/// One HTTP request as the server's handlers see it.
struct HttpRequest
{
    QByteArray method;
    QByteArray path;
    QHash<QByteArray, QByteArray> headers; ///< names in lower case
    QByteArray body;
    QString peer; ///< the address the connection comes from (behind a proxy: the proxy's)
    /// The client's address: the peer's, or, from a proxy the operator trusts, the address
    /// it forwards for. Limits per address count this one.
    QString client;

    /// The token of an "Authorization: Bearer …" header, or empty.
    QString bearerToken() const;
};

/// What a handler answers.
struct HttpResponse
{
    int status = 200;
    QByteArray contentType = "application/json";
    QByteArray body;
    QHash<QByteArray, QByteArray> headers;
    /// With status 101, to a request for a WebSocket: the topics its live channel listens on.
    QStringList liveTopics;

    /// {"error": code, "message": message} with the given status.
    static HttpResponse error(int status, const QString &code, const QString &message);
    /// 200 with @p object as compact JSON.
    static HttpResponse json(const QJsonObject &object);
    /// 429 "slow_down", to try again after @p seconds (Retry-After).
    static HttpResponse slowDown(int seconds);
    /// 503 "busy", to try again after @p seconds (Retry-After).
    static HttpResponse busy(int seconds);
    /// 503 "unavailable": the store cannot be reached or read now; to try again after
    /// @p seconds (Retry-After). Never a 401 or 403, which would sign the device out.
    static HttpResponse unavailable(int seconds = unavailableSeconds);
    static constexpr int unavailableSeconds = 10;
};
