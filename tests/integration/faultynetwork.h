// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QBuffer>
#include <QEventLoop>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QRandomGenerator>
#include <QTimer>

#include <atomic>

/// An answer made up by the fault layer: a status, a body, or a failed connection.
class CannedReply : public QNetworkReply
{
public:
    CannedReply(const QNetworkRequest &request, int status, const QByteArray &body, int delayMs,
        QObject *parent)
        : QNetworkReply(parent)
        , m_body(body)
    {
        setRequest(request);
        setUrl(request.url());
        setOperation(QNetworkAccessManager::PostOperation);
        open(QIODevice::ReadOnly);
        if (status > 0)
            setAttribute(QNetworkRequest::HttpStatusCodeAttribute, status);
        else
            setError(QNetworkReply::RemoteHostClosedError, QStringLiteral("connection lost"));
        QTimer::singleShot(delayMs, this, [this] {
            setFinished(true);
            if (!m_body.isEmpty())
                Q_EMIT readyRead();
            Q_EMIT finished();
        });
    }
    void abort() override { }
    qint64 bytesAvailable() const override
    {
        return m_body.size() - m_offset + QNetworkReply::bytesAvailable();
    }
    bool isSequential() const override { return true; }

protected:
    qint64 readData(char *data, qint64 maxSize) override
    {
        const qint64 count = qMin(maxSize, qint64(m_body.size()) - m_offset);
        if (count <= 0)
            return -1;
        memcpy(data, m_body.constData() + m_offset, size_t(count));
        m_offset += count;
        return count;
    }

private:
    QByteArray m_body;
    qint64 m_offset = 0;
};

/// What the fault layer did to requests, for the record (counted on the devices' sync
/// connections' threads).
struct FaultCounts
{
    std::atomic<int> passed = 0;
    std::atomic<int> dropped = 0; ///< never reached the server
    std::atomic<int> answerLost = 0; ///< the server committed, the device heard nothing
    std::atomic<int> duplicated = 0; ///< the server got the request twice
    std::atomic<int> serverError = 0; ///< a 500/503 instead of an answer
    std::atomic<int> truncated = 0; ///< the answer cut short
    std::atomic<int> delayed = 0; ///< the answer held back while others went on
    int total() const
    {
        return dropped + answerLost + duplicated + serverError + truncated + delayed;
    }
};

/// The network between a device and the server, with faults: drops, duplicates, delays (and
/// so reorders answers between devices), truncates answers, loses answers after the server
/// committed, and returns server errors — chosen by a generator seeded for this device. It
/// lives on the device's sync connection's thread; @p faultsOn is switched from the test's.
class FaultyNetwork : public QNetworkAccessManager
{
public:
    FaultyNetwork(quint32 seed, FaultCounts &counts, const std::atomic<bool> &faultsOn)
        : m_random(seed)
        , m_counts(counts)
        , m_faultsOn(faultsOn)
    {
    }

protected:
    QNetworkReply *createRequest(
        Operation operation, const QNetworkRequest &request, QIODevice *outgoing) override
    {
        const QByteArray body = outgoing ? outgoing->readAll() : QByteArray();
        auto pass = [&] {
            auto *buffer = new QBuffer;
            buffer->setData(body);
            buffer->open(QIODevice::ReadOnly);
            QNetworkReply *reply = QNetworkAccessManager::createRequest(operation, request, buffer);
            buffer->setParent(reply);
            return reply;
        };
        if (!m_faultsOn || operation != PostOperation) {
            ++m_counts.passed;
            return pass();
        }
        const int dice = int(m_random.bounded(100));
        if (dice < 55) {
            ++m_counts.passed;
            return pass();
        }
        if (dice < 65) {
            ++m_counts.dropped;
            return new CannedReply(request, 0, {}, 0, this);
        }
        if (dice < 70) {
            ++m_counts.serverError;
            return new CannedReply(request, dice % 2 ? 500 : 503, "{}", 0, this);
        }
        // The rest reach the server first, through a connection of the fault layer's own.
        const auto [status, answer] = deliver(request, body);
        if (dice < 80) {
            ++m_counts.answerLost;
            return new CannedReply(request, 0, {}, 0, this);
        }
        if (dice < 87) {
            ++m_counts.duplicated;
            return pass(); // and the device's own copy goes too
        }
        if (dice < 92 && answer.size() > 2) {
            ++m_counts.truncated;
            return new CannedReply(request, status,
                answer.left(qsizetype(m_random.bounded(int(answer.size() - 1)))), 0, this);
        }
        ++m_counts.delayed;
        return new CannedReply(request, status, answer, int(m_random.bounded(400)), this);
    }

private:
    std::pair<int, QByteArray> deliver(const QNetworkRequest &request, const QByteArray &body)
    {
        QNetworkRequest copy = request;
        std::unique_ptr<QNetworkReply> reply(m_direct.post(copy, body));
        QEventLoop loop;
        QObject::connect(reply.get(), &QNetworkReply::finished, &loop, &QEventLoop::quit);
        QTimer::singleShot(30000, &loop, &QEventLoop::quit);
        if (!reply->isFinished())
            loop.exec();
        return { reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(),
            reply->readAll() };
    }

    QRandomGenerator m_random;
    FaultCounts &m_counts;
    const std::atomic<bool> &m_faultsOn;
    QNetworkAccessManager m_direct;
};
