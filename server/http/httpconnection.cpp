// SPDX-License-Identifier: GPL-3.0-or-later
#include "httpconnection.h"

#include "gzip.h"

#include <QTcpSocket>

using namespace Qt::StringLiterals;

HttpConnection::HttpConnection(
    QTcpSocket *socket, const HttpLimits &limits, Handler handler, QObject *parent)
    : QObject(parent)
    , m_socket(socket)
    , m_limits(limits)
    , m_handler(std::move(handler))
{
    m_socket->setParent(this);
    m_idle.setSingleShot(true);
    m_idle.setInterval(m_limits.idleTimeoutMs);
    m_requestDeadline.setSingleShot(true);
    m_requestDeadline.setInterval(m_limits.requestTimeoutMs);
    connect(&m_idle, &QTimer::timeout, this, [this] { m_socket->abort(); });
    connect(&m_requestDeadline, &QTimer::timeout, this,
        [this] { refuse(408, u"too_slow"_s, u"The request did not arrive in time."_s); });
    connect(m_socket, &QTcpSocket::readyRead, this, &HttpConnection::readAvailable);
    connect(m_socket, &QTcpSocket::disconnected, this, &HttpConnection::finished);
    connect(m_socket, &QTcpSocket::errorOccurred, this, [this] {
        if (m_socket->state() != QAbstractSocket::ConnectedState)
            Q_EMIT finished();
    });
    m_idle.start();
    if (m_socket->bytesAvailable() > 0)
        QMetaObject::invokeMethod(this, &HttpConnection::readAvailable, Qt::QueuedConnection);
}

void HttpConnection::readAvailable()
{
    if (m_closing) {
        // After a refusal, what the client still sends is read and thrown away until it
        // stops or the linger time is over, so that it gets to read the answer.
        m_socket->skip(m_socket->bytesAvailable());
        return;
    }
    m_idle.start();
    while (!m_closing) {
        if (m_buffer.isEmpty() && m_bodyLength < 0 && m_socket->bytesAvailable() > 0)
            m_requestDeadline.start();
        // Never keep more than one request's worth: head limit plus body limit.
        const qsizetype room = m_limits.maxHeaderBytes + m_limits.maxBodyBytes - m_buffer.size();
        m_buffer += m_socket->read(qMax<qsizetype>(room, 0) + 1);
        if (m_bodyLength < 0 && !parseHead())
            return;
        if (m_buffer.size() < m_bodyLength)
            return;
        m_request.body = m_buffer.left(m_bodyLength);
        m_buffer.remove(0, m_bodyLength);
        m_bodyLength = -1;
        m_requestDeadline.stop();
        HttpResponse response = m_handler(m_request);
        // A first sync is mostly repeated JSON keys: compressed it is a fraction of the size.
        if (response.body.size() >= compressFrom
            && m_request.headers.value("accept-encoding").contains("gzip")) {
            QByteArray compressed = Gzip::compress(response.body);
            if (!compressed.isEmpty()) {
                response.body = std::move(compressed);
                response.headers.insert("Content-Encoding", "gzip");
            }
        }
        respond(response, m_closeAfter);
        m_request = {};
        if (!m_buffer.isEmpty())
            m_requestDeadline.start();
    }
}

bool HttpConnection::parseHead()
{
    const qsizetype end = m_buffer.indexOf("\r\n\r\n");
    if (end < 0) {
        if (m_buffer.size() > m_limits.maxHeaderBytes)
            refuse(431, u"headers_too_large"_s, u"The request's header is too large."_s);
        return false;
    }
    if (end > m_limits.maxHeaderBytes) {
        refuse(431, u"headers_too_large"_s, u"The request's header is too large."_s);
        return false;
    }
    const QList<QByteArray> lines = m_buffer.left(end).split('\n');
    m_buffer.remove(0, end + 4);
    const QList<QByteArray> requestLine = lines.first().trimmed().split(' ');
    if (requestLine.size() != 3 || !requestLine.at(2).startsWith("HTTP/1.")
        || !requestLine.at(1).startsWith('/')) {
        refuse(400, u"malformed"_s, u"This is not an HTTP/1.1 request."_s);
        return false;
    }
    m_request.peer = m_socket->peerAddress().toString();
    m_request.method = requestLine.at(0);
    m_request.path = requestLine.at(1);
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArray line = lines.at(i).trimmed();
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0) {
            refuse(400, u"malformed"_s, u"A header line has no name."_s);
            return false;
        }
        m_request.headers.insert(
            line.left(colon).trimmed().toLower(), line.mid(colon + 1).trimmed());
    }
    m_closeAfter = m_request.headers.value("connection").toLower() == "close"
        || requestLine.at(2) == "HTTP/1.0";
    if (m_request.headers.contains("transfer-encoding")) {
        refuse(411, u"length_required"_s, u"Send the body with a Content-Length."_s);
        return false;
    }
    bool ok = true;
    const QByteArray length = m_request.headers.value("content-length", "0");
    const qint64 declared = length.toLongLong(&ok);
    if (!ok || declared < 0) {
        refuse(400, u"malformed"_s, u"The Content-Length is not a number."_s);
        return false;
    }
    // Refused before a byte of the body is kept.
    if (declared > m_limits.maxBodyBytes) {
        refuse(413, u"too_large"_s,
            u"The request is larger than %1 KiB."_s.arg(m_limits.maxBodyBytes / 1024));
        return false;
    }
    m_bodyLength = qsizetype(declared);
    if (m_request.headers.value("expect").toLower() == "100-continue" && declared > 0)
        m_socket->write("HTTP/1.1 100 Continue\r\n\r\n");
    return true;
}

void HttpConnection::respond(const HttpResponse &response, bool close)
{
    QByteArray head = "HTTP/1.1 " + QByteArray::number(response.status) + ' '
        + HttpResponse::reasonPhrase(response.status) + "\r\n";
    // A 304 answer has no content: neither its type nor a length of 0 may be announced
    // (RFC 9110, 8.6 and 15.4.5).
    if (response.status != 304) {
        head += "Content-Type: " + response.contentType + "\r\n";
        head += "Content-Length: " + QByteArray::number(response.body.size()) + "\r\n";
    }
    for (auto it = response.headers.cbegin(); it != response.headers.cend(); ++it)
        head += it.key() + ": " + it.value() + "\r\n";
    head += close ? "Connection: close\r\n\r\n" : "Connection: keep-alive\r\n\r\n";
    m_socket->write(head + response.body);
    if (close) {
        m_closing = true;
        m_idle.stop();
        m_requestDeadline.stop();
        if (m_buffer.isEmpty() && m_socket->bytesAvailable() == 0 && m_bodyLength <= 0) {
            m_socket->disconnectFromHost();
        } else {
            m_socket->skip(m_socket->bytesAvailable());
            QTimer::singleShot(
                lingerMs, m_socket, [socket = m_socket] { socket->disconnectFromHost(); });
        }
    }
}

void HttpConnection::refuse(int status, const QString &code, const QString &message)
{
    const bool bodyMayFollow = m_bodyLength != 0 || !m_buffer.isEmpty() || status == 413;
    m_buffer.clear();
    m_bodyLength = bodyMayFollow ? 1 : 0;
    respond(HttpResponse::error(status, code, message), true);
}
