// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSqlDatabase>
#include <QString>

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
    QString errorString() const;
    bool isPostgres() const;

    /// Creates or updates the schema and the store's identity; false with errorString() set.
    bool migrate();
    QString storeId() const;
    /// Gives the store a new identity (a copy that is restored is a store of its own).
    bool renewStoreId();

    QSqlDatabase connection() const;

    /// Begins a transaction that will write, taking the store's write lock at once: on
    /// SQLite by BEGIN IMMEDIATE (waiting for another writer up to the busy timeout), on
    /// PostgreSQL by locking the version counter's row. Writers of all workers and instances
    /// follow one another, so that none decides on a row another is changing; readers go on
    /// beside them.
    static bool beginWriting(QSqlDatabase &db);

private:
    QString m_name;
    QString m_error;
    bool m_postgres = false;
};
