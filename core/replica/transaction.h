// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAtomicInt>
#include <QSqlDatabase>
#include <QSqlQuery>

/// A change and its change-log entry land together or not at all. Built on SQLite savepoints,
/// so transactions nest: an inner one that fails rolls back its own part, and the outer one
/// decides. Check isActive() before writing: nothing may be written outside a transaction.
class Transaction
{
public:
    explicit Transaction(QSqlDatabase db)
        : m_db(std::move(db))
        , m_name(QStringLiteral("change_%1").arg(counter().fetchAndAddRelaxed(1)))
    {
        m_active = QSqlQuery(m_db).exec(QStringLiteral("SAVEPOINT ") + m_name);
    }
    ~Transaction()
    {
        if (!m_active)
            return;
        QSqlQuery query(m_db);
        query.exec(QStringLiteral("ROLLBACK TO ") + m_name);
        query.exec(QStringLiteral("RELEASE ") + m_name);
    }
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;

    bool isActive() const { return m_active; }
    bool commit()
    {
        if (!m_active || !QSqlQuery(m_db).exec(QStringLiteral("RELEASE ") + m_name))
            return false;
        m_active = false;
        return true;
    }

private:
    static QAtomicInt &counter()
    {
        static QAtomicInt value;
        return value;
    }

    QSqlDatabase m_db;
    QString m_name;
    bool m_active = false;
};
