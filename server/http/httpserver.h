// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "httpconnection.h"

#include <QSslConfiguration>
#include <QTcpServer>

#include <optional>

/// Accepts connections over TLS (or plain HTTP behind a TLS-terminating proxy) and hands
/// each to an HttpConnection.
///
/// Qt HttpServer 6.4 reads a request's whole body into memory before any handler runs, has
/// no idle timeout and ignores "Connection: close", and the protocol needs all three; this
/// small HTTP/1.1 subset does what the app's requests need and nothing more.
class HttpServer : public QTcpServer
{
    Q_OBJECT
public:
    /// @p tls empty: plain HTTP.
    HttpServer(std::optional<QSslConfiguration> tls, const HttpLimits &limits,
        HttpConnection::Handler handler, QObject *parent = nullptr);

    int openConnections() const;
    static constexpr int maxConnections = 512;

protected:
    void incomingConnection(qintptr descriptor) override;

private:
    std::optional<QSslConfiguration> m_tls;
    HttpLimits m_limits;
    HttpConnection::Handler m_handler;
    int m_open = 0;
};
