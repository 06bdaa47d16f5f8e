// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "httpmessage.h"

#include <QObject>
#include <QTimer>

#include <functional>

class QTcpSocket;

/// Limits every connection lives under.
struct HttpLimits
{
    qsizetype maxHeaderBytes = qsizetype(16) * 1024;
    qsizetype maxBodyBytes = qsizetype(1024) * 1024;
    int idleTimeoutMs = 30 * 1000; ///< no new byte for this long: the connection is closed
    int requestTimeoutMs = 20 * 1000; ///< a request must arrive whole within this
};

/// One client connection speaking a strict subset of HTTP/1.1: a body only with
/// Content-Length, checked against the limit before a byte of it is kept; no chunked
/// uploads; keep-alive with an idle timeout; requests answered one after another.
class HttpConnection : public QObject
{
    Q_OBJECT
public:
    using Handler = std::function<HttpResponse(const HttpRequest &)>;
    /// How long a refused client may go on sending (thrown away) before the connection closes.
    static constexpr int lingerMs = 2000;
    /// Answers at least this large go compressed to clients that accept gzip.
    static constexpr qsizetype compressFrom = 1024;

    HttpConnection(
        QTcpSocket *socket, const HttpLimits &limits, Handler handler, QObject *parent = nullptr);

Q_SIGNALS:
    void finished();

private:
    void readAvailable();
    bool parseHead();
    void respond(const HttpResponse &response, bool close);
    void refuse(int status, const QString &code, const QString &message);

    QTcpSocket *m_socket;
    HttpLimits m_limits;
    Handler m_handler;
    QByteArray m_buffer;
    HttpRequest m_request;
    qsizetype m_bodyLength = -1; ///< -1 while reading the head
    bool m_closeAfter = false;
    bool m_closing = false;
    QTimer m_idle;
    QTimer m_requestDeadline;
};
