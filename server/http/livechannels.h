// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QHash>
#include <QString>
#include <QStringList>

#include <functional>
#include <mutex>
#include <string>

/// The live connections of apps in the foreground, by topic (a scope of the store, see
/// docs/sync-protocol.md "Live news"), and the delivery of a message to all listening on a
/// topic. A message is a hint to sync, never data: one lost costs a moment, not an entry.
/// Safe to use from every thread.
class LiveChannels
{
public:
    /// Hands @p message on @p topic to one listener; must not block (it posts to the
    /// connection). @p sequence orders the messages of a topic: a later one is larger.
    using Deliver
        = std::function<void(const QString &topic, qint64 sequence, const std::string &message)>;

    /// Listens on @p topics until unsubscribe(); returns the listener's id.
    quint64 subscribe(const QStringList &topics, Deliver deliver);
    void unsubscribe(quint64 id);
    /// Delivers @p message to every listener on @p topic; @p sequence as in Deliver (the
    /// messages of two commits may be published in the other order than they committed).
    void publish(const QString &topic, qint64 sequence, const QByteArray &message);
    int listeners() const;

private:
    struct Listener
    {
        QStringList topics;
        Deliver deliver;
    };
    mutable std::mutex m_mutex;
    quint64 m_next = 1;
    QHash<quint64, Listener> m_listeners;
    QHash<QString, QList<quint64>> m_byTopic;
};
