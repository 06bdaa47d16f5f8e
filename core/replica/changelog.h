// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QSqlDatabase>

/// One change made on this device that the server has not confirmed yet.
struct LocalChange
{
    qint64 sequence = 0;
    QString entity;
    QString rowId;
    QString operation;
    QJsonObject payload;
    QJsonObject base; ///< for updates: the changed fields' values before the change
    QDateTime changedAt;
};

/// The device's local change history: written in the same transaction as the change itself,
/// read (and, once the server has confirmed, trimmed) by the sync engine.
class ChangeLog
{
public:
    explicit ChangeLog(const QSqlDatabase &db);

    /// Records a change; call inside the transaction that makes the change.
    bool record(const QString &entity, const QString &rowId, const QString &operation,
        const QJsonObject &payload, const QDateTime &at, const QJsonObject &base = {});
    QList<LocalChange> pending() const;
    int pendingCount() const; ///< -1 if the store cannot be read

private:
    QSqlDatabase m_db;
};
