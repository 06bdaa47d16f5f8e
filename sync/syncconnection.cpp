// SPDX-License-Identifier: GPL-3.0-or-later
#include "syncconnection.h"

#include <QHash>
#include <QNetworkAccessManager>
#include <QNetworkReply>

/// The part of the connection on its own thread: the network access and the requests in
/// flight.
class SyncConnection::Line : public QObject
{
public:
    Line(SyncConnection &owner, NetworkFactory makeNetwork)
        : m_owner(owner)
        , m_makeNetwork(std::move(makeNetwork))
    {
    }

    void post(quint64 id, QNetworkRequest request, const QByteArray &body)
    {
        if (!m_network) // made here, on this thread, where its replies live
            m_network = m_makeNetwork ? m_makeNetwork() : std::make_unique<QNetworkAccessManager>();
        QNetworkReply *reply = m_network->post(request, body);
        m_inFlight.insert(id, reply);
        connect(reply, &QNetworkReply::finished, this, [this, id, reply] { read(id, reply); });
    }

    void abort(quint64 id)
    {
        if (QNetworkReply *reply = m_inFlight.take(id)) {
            reply->abort();
            reply->deleteLater();
        }
    }

private:
    void read(quint64 id, QNetworkReply *reply)
    {
        if (!m_inFlight.remove(id))
            return; // aborted
        reply->deleteLater();
        SyncAnswer answer;
        answer.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        if (answer.status == 0)
            answer.networkError = reply->errorString();
        else if (answer.status == 200)
            answer.parsed = SyncResponse::parse(reply->readAll());
        Q_EMIT m_owner.answered(id, answer);
    }

    SyncConnection &m_owner;
    NetworkFactory m_makeNetwork;
    std::unique_ptr<QNetworkAccessManager> m_network;
    QHash<quint64, QNetworkReply *> m_inFlight;
};

SyncConnection::SyncConnection(NetworkFactory makeNetwork, QObject *parent)
    : QObject(parent)
    , m_line(new Line(*this, std::move(makeNetwork)))
{
    m_thread.setObjectName(QStringLiteral("sync connection"));
    m_line->moveToThread(&m_thread);
    // Deleted on its thread as it ends, with the network access and its replies.
    connect(&m_thread, &QThread::finished, m_line, &QObject::deleteLater);
    m_thread.start();
}

SyncConnection::~SyncConnection()
{
    m_thread.quit();
    m_thread.wait();
}

quint64 SyncConnection::post(const QNetworkRequest &request, const QByteArray &body)
{
    const quint64 id = ++m_lastRequest;
    QMetaObject::invokeMethod(
        m_line, [line = m_line, id, request, body] { line->post(id, request, body); },
        Qt::QueuedConnection);
    return id;
}

void SyncConnection::abort(quint64 request)
{
    QMetaObject::invokeMethod(
        m_line, [line = m_line, request] { line->abort(request); }, Qt::QueuedConnection);
}
