// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "credentialstore.h"

#include <QHash>
#include <QObject>
#include <QTimer>
#include <QWebSocket>

#include <functional>

/// The device's live channel while the app is in the foreground (docs/sync-protocol.md,
/// "Live news"): a WebSocket to the server, which says when a scope the device reads has a
/// new version. News of a version beyond the device's position asks for a sync (after a
/// moment, so that a burst of news is one sync, and spread a little over the devices); a
/// channel that comes back after a break asks for one, for what it may have missed. The
/// channel closes in the background and reopens with jittered back-off after a failure;
/// without it the sync schedule goes on as before, so a lost message costs time, never data.
class LiveUpdates : public QObject
{
    Q_OBJECT
public:
    /// The device's position in each scope (what it has synced up to).
    using Positions = std::function<QHash<QString, qint64>()>;

    explicit LiveUpdates(Positions positions, QObject *parent = nullptr);
    ~LiveUpdates() override;

    /// Opens the channel to the server of @p credentials (none: closes it).
    void setCredentials(const Credentials &credentials);
    /// In the foreground the channel is open; in the background it is closed.
    void setForeground(bool foreground);
    bool isOpen() const;
    /// After a sync: whether news arrived meanwhile of a version the device still lacks.
    /// Says so once for each piece of news, so that a scope the sync cannot bring up to that
    /// version (a row the device may not read) asks for one more sync, not for ever more.
    bool takeNewsMissed();

    static constexpr int maxRetryMs = 60 * 1000;

Q_SIGNALS:
    /// The server has something the device has not: sync.
    void syncWanted();
    void openChanged();

private:
    void openIfWanted();
    void retryLater();
    void received(const QString &message);
    bool behind() const;

    Positions m_positions;
    Credentials m_credentials;
    QWebSocket m_socket;
    QTimer m_retry;
    QTimer m_gather;
    QHash<QString, qint64> m_news; ///< the newest version heard of, per scope
    int m_failures = 0;
    bool m_foreground = true;
    bool m_wasOpen = false;
};
