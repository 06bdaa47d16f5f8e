// SPDX-License-Identifier: GPL-3.0-or-later
#include "newsrepository.h"

#include "database.h"
#include "projectrepository.h"
#include "records.h"
#include "statementcache.h"

#include <QSqlQuery>

using namespace Qt::StringLiterals;

NewsRepository::NewsRepository(Database &database)
    : m_db(database.connection())
{
}

const QString &NewsRepository::noteStatement()
{
    static const QString sql
        = u"INSERT INTO news (entity, row_id, project_id, kind, summary, arrived_at) "
          "VALUES (?,?,?,?,?,?) ON CONFLICT(entity, row_id) DO UPDATE SET "
          "kind = CASE WHEN news.kind = 'new' AND excluded.kind != 'removed' "
          "THEN 'new' ELSE excluded.kind END, summary = excluded.summary, "
          "arrived_at = excluded.arrived_at"_s;
    return sql;
}

bool NewsRepository::note(const ProjectNews &news)
{
    QSqlQuery query(m_db);
    query.prepare(noteStatement());
    query.addBindValue(news.entity);
    query.addBindValue(news.rowId);
    query.addBindValue(news.projectId);
    query.addBindValue(news.kind);
    query.addBindValue(news.summary.left(300));
    query.addBindValue(news.arrivedAt.toMSecsSinceEpoch());
    return query.exec();
}

QList<ProjectNews> NewsRepository::unseen(
    const QString &municipalityId, const QString &ownContactId) const
{
    QSqlQuery query(m_db);
    query.prepare(u"SELECT n.entity, n.row_id, n.project_id, n.kind, n.summary, n.arrived_at, "
                  "coalesce(nullif(l.author_name, ''), la.name, ca.name, ''), "
                  "coalesce(s.status, ''), coalesce(p.municipality_id, ''), coalesce(m.name, '') "
                  "FROM news n "
                  "LEFT JOIN log_entries l ON n.entity = '%1' AND l.id = n.row_id "
                  "LEFT JOIN contacts la ON la.id = l.author_contact_id "
                  "LEFT JOIN comments c ON n.entity = '%2' AND c.id = n.row_id "
                  "LEFT JOIN contacts ca ON ca.id = c.author_contact_id "
                  "LEFT JOIN steps s ON n.entity = '%3' AND s.id = n.row_id "
                  "LEFT JOIN projects p ON p.id = n.project_id "
                  "LEFT JOIN municipalities m ON m.id = p.municipality_id "
                  "WHERE (ifnull(?, '') = '' OR p.municipality_id = ? OR n.project_id = ?) "
                  "AND NOT (n.entity = '%1' AND ifnull(l.author_contact_id, '') = ?) "
                  "ORDER BY n.arrived_at DESC, n.entity, n.row_id"_s.arg(Records::LogEntry::entity,
                      Records::OrganiserNote::entity, Records::Step::entity));
    // A project not started yet may already have a comment: its id follows from the
    // municipality's.
    query.addBindValue(municipalityId);
    query.addBindValue(municipalityId);
    query.addBindValue(ProjectRepository::projectIdFor(municipalityId));
    query.addBindValue(ownContactId.isEmpty() ? u"-"_s : ownContactId);
    QList<ProjectNews> news;
    if (!query.exec())
        return news;
    while (query.next()) {
        news.append({ query.value(0).toString(), query.value(1).toString(),
            query.value(2).toString(), query.value(3).toString(), query.value(4).toString(),
            QDateTime::fromMSecsSinceEpoch(query.value(5).toLongLong(), Qt::UTC),
            query.value(6).toString(), query.value(7).toString(), query.value(8).toString(),
            query.value(9).toString() });
    }
    return news;
}

bool NewsRepository::markSeen()
{
    QSqlQuery query(m_db);
    return query.exec(u"DELETE FROM news"_s);
}

bool NewsRepository::forgetOtherProjects(const QString &municipalityId)
{
    QSqlQuery query(m_db);
    query.prepare(u"DELETE FROM news WHERE project_id != ? AND project_id NOT IN "
                  "(SELECT id FROM projects WHERE municipality_id = ?)"_s);
    query.addBindValue(ProjectRepository::projectIdFor(municipalityId));
    query.addBindValue(municipalityId);
    return query.exec();
}

bool NewsRepository::noteIncoming(const RowNews &news, const QDateTime &now)
{
    if (news.kind.isEmpty())
        return true;
    QSqlQuery &query = m_statements.prepared(noteStatement());
    query.addBindValue(news.entity);
    query.addBindValue(news.rowId);
    query.addBindValue(news.projectId);
    query.addBindValue(news.kind);
    query.addBindValue(news.summary.left(300));
    query.addBindValue(now.toMSecsSinceEpoch());
    return StatementCache::execute(query);
}

bool NewsRepository::forget(const QString &entity, const QString &rowId)
{
    return m_statements.run(
        u"DELETE FROM news WHERE entity = ? AND row_id = ?"_s, { entity, rowId });
}
