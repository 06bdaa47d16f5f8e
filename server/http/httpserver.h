// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "httplimits.h"
#include "httpmessage.h"
#include "livechannels.h"
#include "operatorlog.h"
#include "tlssettings.h"
#include "trustedproxies.h"

#include <QHostAddress>

#include <functional>
#include <memory>
#include <optional>

/// The server's front door: HTTP/1.1 over TLS (or plain HTTP behind a TLS-terminating proxy)
/// by Boost.Beast on Boost.Asio and OpenSSL, answered by worker threads, one per core.
///
/// Each worker has its own handler, made in its thread by the factory (so each can have its
/// own database connection), and its own event loop: connections are dealt to the workers
/// in turn and stay with theirs, as nginx's worker processes do, so a slow request holds up
/// the connections of its worker, not the others'. Everything a client can make the server
/// spend is bounded by HttpLimits; see docs/server-front-door.md.
class HttpServer
{
public:
    using Handler = std::function<HttpResponse(const HttpRequest &)>;
    /// Called once in each worker thread; an empty Handler means the worker cannot serve
    /// (listen() then fails).
    using HandlerFactory = std::function<Handler()>;

    struct Options
    {
        std::optional<TlsSettings> tls; ///< empty: plain HTTP
        HttpLimits limits;
        TrustedProxies proxies;
        /// Where live channels listen (a request for a WebSocket that its handler answers
        /// 101 becomes one); null: none.
        LiveChannels *live = nullptr;
    };

    HttpServer(Options options, HandlerFactory factory, OperatorLog &log);
    ~HttpServer();
    HttpServer(const HttpServer &) = delete;
    HttpServer &operator=(const HttpServer &) = delete;

    /// Starts the workers and listens; false with *error set if anything failed.
    bool listen(const QHostAddress &address, quint16 port, QString *error);
    /// New connections use @p tls from now on (a renewed certificate); the open ones go on
    /// with the one they began with. False with *error set, the old one kept, if @p tls
    /// cannot serve. Only for a server that listens with TLS.
    bool reloadTls(const TlsSettings &tls, QString *error);
    quint16 serverPort() const;
    int openConnections() const;
    int workers() const;

private:
    class Private;
    std::unique_ptr<Private> d;
};
