// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "livechannels.h"
#include "syncstore.h"

#include <QObject>
#include <QTimer>

#include <chrono>

#include <functional>
#include <memory>

class ServerDatabase;

/// The news of each commit for the apps' live channels (docs/sync-protocol.md, "Live
/// news"): which scope has a new version, as {"scope": "projects", "version": 812}, sent to
/// every channel listening on that stored scope. On SQLite a worker delivers it itself; on
/// PostgreSQL it sends a NOTIFY after its commit (inside the transaction it would make every
/// commit wait on the notification queue), and each instance's PostgresNewsListener hears
/// it, so that a phone connected to one instance hears of a change made through another.
/// What quiet syncs are answered from is forgotten before the news goes on to the apps.
namespace LiveNews {
/// What a worker's store announces its commits with, on @p database.
SyncStore::Announcer announcer(ServerDatabase &database, LiveChannels &channels);
/// Delivers the news that @p storedScope has @p version.
void deliver(LiveChannels &channels, const QString &storedScope, qint64 version);
}

/// Listens on a connection of its own for the NOTIFYs of every instance on one PostgreSQL
/// and delivers them to this instance's channels. Needs the event loop of its thread. A
/// connection lost (PostgreSQL restarted) is noticed within a few seconds and opened again;
/// news sent meanwhile is lost, which costs the apps a moment (they sync on their schedule),
/// and what quiet syncs are answered from is forgotten then too.
class PostgresNewsListener : public QObject
{
    Q_OBJECT
public:
    /// @p heard: called for each notification, before its news is delivered.
    PostgresNewsListener(
        const QString &connection, LiveChannels &channels, std::function<void()> heard = {});
    ~PostgresNewsListener() override;

    /// False with *error set if it cannot listen.
    bool start(QString *error);
    /// How often the connection is checked.
    static constexpr std::chrono::seconds checkEvery { 3 };

private:
    bool listen(QString *error);
    /// Opens the connection anew if it no longer answers.
    void check();

    QString m_connection;
    std::unique_ptr<ServerDatabase> m_database;
    QTimer m_checks;
    LiveChannels &m_channels;
    std::function<void()> m_heard;
};
