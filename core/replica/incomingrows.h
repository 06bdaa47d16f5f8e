// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlQuery>

#include <unordered_map>

/// Stores rows as the server sends them, into the device's tables: the programme, contacts,
/// projects with their steps, log, kept texts and comments, the person's own notes. The device's
/// own changes that the server has not confirmed yet stay on top (a rebase), and a row the device
/// removed stays removed.
class IncomingRows
{
public:
    /// Whether rows that others changed are noted as news ("what changed"): not while the
    /// device downloads everything for the first time.
    enum class News { Note, Ignore };

    /// Reads which rows have changes waiting to be sent and whether a download is being
    /// swept: create it for one answer, inside its transaction, after the answer's results
    /// were stored, and apply all of the answer's rows through it.
    explicit IncomingRows(const QSqlDatabase &db, News news = News::Note);

    /// Stores the server's current state of a row (or its removal).
    bool apply(const QString &entity, const QString &id, bool deleted, const QJsonObject &fields,
        const QDateTime &now);

private:
    /// The device's unconfirmed changes of a row, merged; @p deleted tells whether the last
    /// of them removes it.
    QJsonObject pendingFields(const QString &entity, const QString &id, bool *deleted);
    bool applyEvent(const QString &id, bool deleted, const QJsonObject &fields);
    bool applyConflict(const QString &id, bool deleted, const QJsonObject &fields);
    bool applyStep(
        const QString &id, bool deleted, const QJsonObject &fields, const QDateTime &now);
    bool applyLogEntry(const QString &id, const QJsonObject &fields, const QDateTime &now);
    bool applyNote(
        const QString &id, bool deleted, const QJsonObject &fields, const QDateTime &now);
    bool applyComment(
        const QString &id, bool deleted, const QJsonObject &fields, const QDateTime &now);
    /// Notes that someone else added, changed or removed a row of a project.
    bool noteNews(const QString &entity, const QString &id, const QString &projectId,
        const QString &kind, const QString &summary, const QDateTime &now);
    bool removeUnlessReferenced(const QString &entity, const QString &id);
    /// The statement for @p sql, prepared once (SQLite compiles it only the first time).
    QSqlQuery &prepared(const QString &sql);

    QSqlDatabase m_db;
    std::unordered_map<QString, QSqlQuery> m_statements;
    QSet<QString> m_waiting; ///< "entity/id" of rows with changes not yet confirmed
    bool m_sweeping = false; ///< reset candidates exist
    News m_news;
};
