// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMutex>
#include <QNetworkAccessManager>
#include <QNetworkReply>

/// Requests and the bytes of their bodies: what was sent, and what came back with a
/// Content-Length (Qt drops it from answers it unzips; see replay() in syncbench.cpp for
/// those). Counted on the sync connection's thread, read on the benchmark's.
class RequestCount
{
public:
    struct Totals
    {
        int requests = 0;
        qint64 sentBytes = 0;
        qint64 receivedBytes = 0;
    };

    Totals totals() const
    {
        const QMutexLocker lock(&m_mutex);
        return m_totals;
    }
    /// The bodies of the requests since the last reset, to send them again as they were.
    QList<QByteArray> bodies() const
    {
        const QMutexLocker lock(&m_mutex);
        return m_bodies;
    }
    void reset()
    {
        const QMutexLocker lock(&m_mutex);
        m_totals = {};
        m_bodies.clear();
    }
    void sent(const QByteArray &body)
    {
        const QMutexLocker lock(&m_mutex);
        ++m_totals.requests;
        m_totals.sentBytes += body.size();
        m_bodies.append(body);
    }
    void received(qint64 bytes)
    {
        const QMutexLocker lock(&m_mutex);
        m_totals.receivedBytes += bytes;
    }

private:
    mutable QMutex m_mutex;
    Totals m_totals;
    QList<QByteArray> m_bodies;
};

/// A network access manager that counts into a RequestCount.
class CountingNetwork : public QNetworkAccessManager
{
public:
    explicit CountingNetwork(RequestCount &count)
        : m_count(count)
    {
    }

protected:
    QNetworkReply *createRequest(
        Operation operation, const QNetworkRequest &request, QIODevice *outgoingData) override
    {
        m_count.sent(outgoingData ? outgoingData->peek(outgoingData->size()) : QByteArray());
        QNetworkReply *reply
            = QNetworkAccessManager::createRequest(operation, request, outgoingData);
        connect(reply, &QNetworkReply::metaDataChanged, this,
            [this, reply] { m_count.received(reply->rawHeader("Content-Length").toLongLong()); });
        return reply;
    }

private:
    RequestCount &m_count;
};
