// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSqlDatabase>
#include <QString>

/// The device's SQLite replica: one connection, WAL journal, synchronous=FULL, foreign keys on.
class Database
{
public:
    /// Opens (and creates) the database file at @p path; ":memory:" works for throwaway stores.
    explicit Database(const QString &path);
    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    bool isOpen() const;
    QString errorString() const;
    QString path() const;

    /// Brings the schema to @p targetVersion (default: the newest); false with errorString() set.
    bool migrate(int targetVersion = -1);
    int schemaVersion() const;

    QSqlDatabase connection() const;

private:
    bool applyPragmas();

    QString m_connectionName;
    QString m_path;
    QString m_error;
};
