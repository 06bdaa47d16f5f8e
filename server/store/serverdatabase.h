// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSqlDatabase>
#include <QString>

class QUrl;

/// The server's database: SQLite for a newcomer, PostgreSQL in production, chosen by a
/// connection setting ("sqlite:/path/to/file.db" or "postgresql://user@host:port/name").
class ServerDatabase
{
public:
    explicit ServerDatabase(const QString &connection);
    ~ServerDatabase();
    ServerDatabase(const ServerDatabase &) = delete;
    ServerDatabase &operator=(const ServerDatabase &) = delete;

    bool isOpen() const;
    /// Whether the store answers now (a database restarted meanwhile does not, on this
    /// connection: open a new ServerDatabase).
    bool isReachable() const;
    QString errorString() const;
    bool isPostgres() const;

    /// Creates or updates the schema and the store's identity; false with errorString() set.
    bool migrate();
    QString storeId() const;

    /// The store as monitoring sees it, checked now without taking a lock.
    struct Health
    {
        bool reachable = false;
        bool canWrite = false; ///< PostgreSQL not read-only; SQLite's file writable, disk not full
        QString storeId;
        int schema = 0;
    };
    Health health() const;
    /// Gives the store a new identity (a copy that is restored is a store of its own).
    bool renewStoreId();

    QSqlDatabase connection() const;

    /// Held while an instance sets up the store beyond its schema (the bundled programme
    /// imported into an empty store), so that instances starting together do it once: on
    /// PostgreSQL a lock of the database's own, on SQLite a lock on a file beside the store.
    /// Waits for another instance's; false if it cannot be taken. Released by unlockSetup()
    /// or when this goes.
    bool lockSetup();
    void unlockSetup();

    /// @p connection as `serve` uses it: on PostgreSQL its connections are named
    /// (application_name), so that othersServing() sees them.
    static QString servingSetting(const QString &connection);
    /// Marks this process as serving the store (SQLite: a shared lock on a file beside it,
    /// held until this goes).
    bool markServing();
    /// Whether a `serve` of any instance uses the store now (other than this process).
    bool othersServing() const;

    /// Begins a transaction that will write, taking the store's write lock at once: on
    /// SQLite by BEGIN IMMEDIATE (waiting for another writer up to the busy timeout), on
    /// PostgreSQL by locking the version counter's row. Writers of all workers and instances
    /// follow one another, so that none decides on a row another is changing; readers go on
    /// beside them.
    static bool beginWriting(QSqlDatabase &db);

private:
    /// libpq's options from the setting's query ("?sslmode=verify-full&sslrootcert=…"); false
    /// with *@p error set for an option not known here (never ignored silently).
    static bool postgresOptions(const QUrl &url, QString *options, QString *error);

    QString m_name;
    QString m_error;
    bool m_postgres = false;
    int m_setupLock = -1; ///< while the setup lock is held: SQLite its open file, PostgreSQL 0
    int m_servingLock = -1; ///< SQLite: the lock file held shared while serving
};
