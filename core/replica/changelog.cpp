// SPDX-License-Identifier: GPL-3.0-or-later
#include "changelog.h"

#include <QJsonDocument>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

ChangeLog::ChangeLog(const QSqlDatabase &db)
    : m_db(db)
{
}

bool ChangeLog::record(const QString &entity, const QString &rowId, const QString &operation,
    const QJsonObject &payload, const QDateTime &at, const QJsonObject &base)
{
    QSqlQuery query(m_db);
    query.prepare(
        u"INSERT INTO local_changes (entity, row_id, operation, payload, base, changed_at) "
        "VALUES (?, ?, ?, ?, ?, ?)"_s);
    query.addBindValue(entity);
    query.addBindValue(rowId);
    query.addBindValue(operation);
    query.addBindValue(QString::fromUtf8(QJsonDocument(payload).toJson(QJsonDocument::Compact)));
    query.addBindValue(QString::fromUtf8(QJsonDocument(base).toJson(QJsonDocument::Compact)));
    query.addBindValue(at.toMSecsSinceEpoch());
    return query.exec();
}

QList<LocalChange> ChangeLog::pending() const
{
    QList<LocalChange> changes;
    QSqlQuery query(m_db);
    query.exec(
        u"SELECT seq, entity, row_id, operation, payload, base, changed_at FROM local_changes "
        "ORDER BY seq"_s);
    while (query.next()) {
        changes.append({ query.value(0).toLongLong(), query.value(1).toString(),
            query.value(2).toString(), query.value(3).toString(),
            QJsonDocument::fromJson(query.value(4).toByteArray()).object(),
            QJsonDocument::fromJson(query.value(5).toByteArray()).object(),
            QDateTime::fromMSecsSinceEpoch(query.value(6).toLongLong(), Qt::UTC) });
    }
    return changes;
}

int ChangeLog::pendingCount() const
{
    QSqlQuery query(m_db);
    if (!query.exec(u"SELECT count(*) FROM local_changes"_s) || !query.next())
        return -1;
    return query.value(0).toInt();
}
