// SPDX-License-Identifier: GPL-3.0-or-later
#include "database.h"

#include "migrations.h"
#include "privatefile.h"

#include <QAtomicInt>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace {
QString nextConnectionName()
{
    static QAtomicInt counter;
    return u"ews-replica-%1"_s.arg(counter.fetchAndAddRelaxed(1));
}
}

Database::Database(const QString &path)
    : m_connectionName(nextConnectionName())
    , m_path(path)
{
    // Personal data: the owner's alone (also a replica made by an older version).
    if (path != ":memory:"_L1)
        PrivateFile::prepareSqlite(path);
    auto db = QSqlDatabase::addDatabase(u"QSQLITE"_s, m_connectionName);
    db.setDatabaseName(path);
    if (!db.open()) {
        m_error = db.lastError().text();
        return;
    }
    applyPragmas();
}

Database::~Database()
{
    {
        auto db = QSqlDatabase::database(m_connectionName, false);
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

bool Database::applyPragmas()
{
    QSqlQuery query(connection());
    const QString pragmas[] = {
        u"PRAGMA journal_mode=WAL"_s,
        u"PRAGMA synchronous=FULL"_s,
        u"PRAGMA foreign_keys=ON"_s,
        u"PRAGMA busy_timeout=5000"_s,
        // What is deleted (an erased person, a removed note) is overwritten, not left in
        // free pages of the file.
        u"PRAGMA secure_delete=ON"_s,
    };
    for (const auto &pragma : pragmas) {
        if (!query.exec(pragma)) {
            m_error = query.lastError().text();
            return false;
        }
    }
    return true;
}

bool Database::isOpen() const
{
    return connection().isOpen() && m_error.isEmpty();
}

QString Database::errorString() const
{
    return m_error;
}

QString Database::path() const
{
    return m_path;
}

QSqlDatabase Database::connection() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

int Database::schemaVersion() const
{
    QSqlQuery query(connection());
    if (!query.exec(u"PRAGMA user_version"_s) || !query.next())
        return -1;
    return query.value(0).toInt();
}

bool Database::migrate(int targetVersion)
{
    auto db = connection();
    QString error;
    if (!Migrations::apply(
            db, targetVersion < 0 ? Migrations::latestVersion() : targetVersion, &error)) {
        m_error = error;
        return false;
    }
    return true;
}
