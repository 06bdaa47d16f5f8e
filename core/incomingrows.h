// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QSqlDatabase>

/// Stores rows as the server sends them, into the device's tables: the programme, contacts,
/// projects with their steps, log, kept texts and comments. The device's own changes that
/// the server has not confirmed yet stay on top (a rebase), and a row the device removed
/// stays removed.
class IncomingRows
{
public:
    explicit IncomingRows(const QSqlDatabase &db);

    /// Stores the server's current state of a row (or its removal).
    bool apply(const QString &entity, const QString &id, bool deleted, const QJsonObject &fields,
        const QDateTime &now);

private:
    /// The device's unconfirmed changes of a row, merged; @p deleted tells whether the last
    /// of them removes it.
    QJsonObject pendingFields(const QString &entity, const QString &id, bool *deleted) const;
    bool applyEvent(const QString &id, bool deleted, const QJsonObject &fields);
    bool applyConflict(const QString &id, bool deleted, const QJsonObject &fields);
    bool applyComment(const QString &id, bool deleted, const QJsonObject &fields);
    bool removeUnlessReferenced(const QString &entity, const QString &id);

    QSqlDatabase m_db;
};
