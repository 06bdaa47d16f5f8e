// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QNetworkAccessManager>
#include <QNetworkReply>

/// A network access manager that counts requests and the bytes of their bodies: what was
/// sent, and what came back with a Content-Length (Qt drops it from answers it unzips; see
/// replay() in syncbench.cpp for those).
class CountingNetwork : public QNetworkAccessManager
{
public:
    struct Totals
    {
        int requests = 0;
        qint64 sentBytes = 0;
        qint64 receivedBytes = 0;
    };

    Totals totals() const { return m_totals; }
    /// The bodies of the requests since the last reset, to send them again as they were.
    QList<QByteArray> bodies() const { return m_bodies; }
    void reset()
    {
        m_totals = {};
        m_bodies.clear();
    }

protected:
    QNetworkReply *createRequest(
        Operation operation, const QNetworkRequest &request, QIODevice *outgoingData) override
    {
        ++m_totals.requests;
        if (outgoingData) {
            m_totals.sentBytes += outgoingData->size();
            m_bodies.append(outgoingData->peek(outgoingData->size()));
        }
        QNetworkReply *reply
            = QNetworkAccessManager::createRequest(operation, request, outgoingData);
        connect(reply, &QNetworkReply::metaDataChanged, this, [this, reply] {
            m_totals.receivedBytes += reply->rawHeader("Content-Length").toLongLong();
        });
        return reply;
    }

private:
    Totals m_totals;
    QList<QByteArray> m_bodies;
};
