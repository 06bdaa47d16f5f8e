// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSqlDatabase>
#include <QSqlQuery>
#include <unordered_map>

#include <memory>

/// Statements of one connection, prepared once and used again: the hot path of a sync (the
/// token, the horizons, the changes since a cursor) runs the same few statements thousands
/// of times a second, and preparing each anew was a third of the server's work.
/// Not for statements that may be in use twice at once (a nested use of the same text).
class PreparedStatements
{
public:
    explicit PreparedStatements(const QSqlDatabase &db)
        : m_db(db)
    {
    }

    /// The statement for @p sql, ready to bind and run; finished (its read lock released)
    /// when the returned handle goes.
    class Use
    {
    public:
        explicit Use(QSqlQuery &query)
            : m_query(query)
        {
        }
        ~Use() { m_query.finish(); }
        Use(const Use &) = delete;
        Use &operator=(const Use &) = delete;
        QSqlQuery *operator->() { return &m_query; }
        QSqlQuery &operator*() { return m_query; }

    private:
        QSqlQuery &m_query;
    };

    Use use(const QString &sql)
    {
        auto &slot = m_statements[sql];
        if (!slot) {
            slot = std::make_unique<QSqlQuery>(m_db);
            slot->setForwardOnly(true);
            slot->prepare(sql);
        }
        return Use(*slot);
    }

private:
    QSqlDatabase m_db;
    std::unordered_map<QString, std::unique_ptr<QSqlQuery>> m_statements;
};
