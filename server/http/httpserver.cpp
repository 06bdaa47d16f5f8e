// SPDX-License-Identifier: GPL-3.0-or-later
#include "httpserver.h"

#include <QSslSocket>

HttpServer::HttpServer(std::optional<QSslConfiguration> tls, const HttpLimits &limits,
    HttpConnection::Handler handler, QObject *parent)
    : QTcpServer(parent)
    , m_tls(std::move(tls))
    , m_limits(limits)
    , m_handler(std::move(handler))
{
}

int HttpServer::openConnections() const
{
    return m_open;
}

void HttpServer::incomingConnection(qintptr descriptor)
{
    QTcpSocket *socket = nullptr;
    if (m_tls) {
        auto *ssl = new QSslSocket;
        if (!ssl->setSocketDescriptor(descriptor)) {
            delete ssl;
            return;
        }
        ssl->setSslConfiguration(*m_tls);
        ssl->startServerEncryption();
        socket = ssl;
    } else {
        socket = new QTcpSocket;
        if (!socket->setSocketDescriptor(descriptor)) {
            delete socket;
            return;
        }
    }
    if (m_open >= maxConnections) {
        socket->abort();
        socket->deleteLater();
        return;
    }
    ++m_open;
    auto *connection = new HttpConnection(socket, m_limits, m_handler, this);
    connect(
        connection, &HttpConnection::finished, this,
        [this, connection] {
            --m_open;
            connection->deleteLater();
        },
        Qt::SingleShotConnection);
}
