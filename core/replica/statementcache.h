// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QString>
#include <QVariant>

#include <initializer_list>
#include <unordered_map>

/// Statements prepared once and used again (SQLite compiles each only the first time): for
/// writes repeated row by row, as when a download stores thousands of rows.
class StatementCache
{
public:
    explicit StatementCache(const QSqlDatabase &db)
        : m_db(db)
    {
    }

    /// The statement for @p sql, prepared on first use; bind its values and execute it.
    QSqlQuery &prepared(const QString &sql)
    {
        auto [it, added] = m_statements.try_emplace(sql, m_db);
        if (added)
            it->second.prepare(sql);
        return it->second;
    }

    /// Runs the statement for @p sql with @p values bound in order (bound in place, no list
    /// is built per row); a failure is logged without the values (they may be personal).
    bool run(const QString &sql, std::initializer_list<QVariant> values)
    {
        QSqlQuery &query = prepared(sql);
        for (const auto &value : values)
            query.addBindValue(value);
        return execute(query);
    }

    /// The same with values made up elsewhere.
    bool run(const QString &sql, const QVariantList &values)
    {
        QSqlQuery &query = prepared(sql);
        for (const auto &value : values)
            query.addBindValue(value);
        return execute(query);
    }

    /// Executes a prepared statement; a failure is logged without the values bound to it.
    static bool execute(QSqlQuery &query)
    {
        if (query.exec())
            return true;
        qWarning("sync: %s", qPrintable(query.lastError().text()));
        return false;
    }

private:
    QSqlDatabase m_db;
    std::unordered_map<QString, QSqlQuery> m_statements;
};
