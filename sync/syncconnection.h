// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "syncresponse.h"

#include <QByteArray>
#include <QNetworkRequest>
#include <QObject>
#include <QThread>

#include <atomic>
#include <functional>
#include <memory>

class QNetworkAccessManager;

/// What came back for one request of a sync.
struct SyncAnswer
{
    int status = 0; ///< the HTTP status; 0 when no answer came (see @ref networkError)
    QString networkError; ///< why no answer came, in Qt's words
    ParsedSyncResponse parsed; ///< for status 200: the answer, read and checked
};

/// The sync's line to the server, on a thread of its own: a request is sent, its answer read
/// and checked there, so that the next page of a download is read while the device stores the
/// last one (the thread that stores is busy meanwhile, and Qt hands a request's answer to the
/// thread that made it). One connection may serve several engines, as one network access
/// manager may.
class SyncConnection : public QObject
{
    Q_OBJECT
public:
    /// Makes the network access the connection's thread uses, on that thread.
    using NetworkFactory = std::function<std::unique_ptr<QNetworkAccessManager>()>;

    /// @p makeNetwork: none for Qt's own (tests give one that counts or fails).
    explicit SyncConnection(NetworkFactory makeNetwork = {}, QObject *parent = nullptr);
    ~SyncConnection() override;

    /// Sends @p body to @p request's address; answered() brings what came back, with the
    /// number returned here.
    quint64 post(const QNetworkRequest &request, const QByteArray &body);
    /// Stops a request sent with post(); its answer is not reported.
    void abort(quint64 request);

Q_SIGNALS:
    /// On the thread of the connection's owner; every engine on the connection hears it and
    /// takes only the answers to its own requests.
    void answered(quint64 request, const SyncAnswer &answer);

private:
    class Line;

    QThread m_thread;
    Line *m_line = nullptr; ///< lives on m_thread
    std::atomic<quint64> m_lastRequest = 0;
};
