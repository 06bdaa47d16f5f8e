// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "incomingrow.h"
#include "statementcache.h"

#include <QDateTime>
#include <QList>
#include <QSqlDatabase>

class Database;

/// Something someone else did in a project that arrived with a sync.
struct ProjectNews
{
    QString entity; ///< "step", "log_entry" or "comment"
    QString rowId;
    QString projectId;
    QString kind; ///< "new", "status", "changed" or "removed"
    QString summary; ///< the step's title or the entry's or comment's text
    QDateTime arrivedAt;
    QString authorName; ///< a log entry's or comment's author
    QString stepStatus; ///< a step's status now ("open", "in_progress", "done")
    QString municipalityId;
    QString municipalityName;
};

/// Owns the SQL of "what changed": the news noted by IncomingRows, and what the person has
/// seen of it.
class NewsRepository
{
public:
    explicit NewsRepository(Database &database);

    /// The statement that notes news: entity, row id, project id, kind, summary, arrival
    /// (milliseconds since the epoch). Something new that changed again before it was seen
    /// is still new.
    static const QString &noteStatement();
    bool note(const ProjectNews &news);

    /// News of the project of @p municipalityId (of all projects if empty), newest first;
    /// not the log entries @p ownContactId wrote (on another of their devices).
    QList<ProjectNews> unseen(
        const QString &municipalityId, const QString &ownContactId = {}) const;
    /// The person has looked at it: none of it is news any more.
    bool markSeen();
    /// A participant's device notes news of every project, but only their own project's is
    /// shown: the rest is dropped.
    bool forgetOtherProjects(const QString &municipalityId);

    /// Notes what a row from the server changed (see IncomingRows).
    bool noteIncoming(const RowNews &news, const QDateTime &now);
    /// A row's news is no news any more (an organisers' note taken back).
    bool forget(const QString &entity, const QString &rowId);

private:
    QSqlDatabase m_db;
    StatementCache m_statements { m_db };
};
