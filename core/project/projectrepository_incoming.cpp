// SPDX-License-Identifier: GPL-3.0-or-later
// ProjectRepository: the project's rows as the server sends them.
#include "projectrepository.h"

#include "records.h"
#include "statementcache.h"

#include <QStringList>

using namespace Qt::StringLiterals;
using namespace IncomingRow;

bool ProjectRepository::applyIncomingProject(const QString &id, const RowFields &fields)
{
    return m_statements.run(
        u"INSERT INTO projects (id, municipality_id, title, goal) VALUES (?,?,?,?) "
        "ON CONFLICT(id) DO UPDATE SET title = excluded.title, goal = excluded.goal"_s,
        { id, text(fields, Records::Project::municipalityId), text(fields, Records::Project::title),
            text(fields, Records::Project::goal) });
}

bool ProjectRepository::applyIncomingStep(
    const QString &id, bool deleted, const RowFields &fields, const QDateTime &now, RowNews *news)
{
    namespace Wire = Records::Step;
    if (!news) // nobody asks what changed (the first download): the row is only stored
        return storeIncomingStep(id, deleted, fields, now);
    // What the step was here: a difference is someone else's change (this device's own
    // changes are stored before they are sent, and confirmed before the answer's rows).
    QSqlQuery &old = m_statements.prepared(
        u"SELECT project_id, title, status, coalesce(owner_contact_id, ''), "
        "coalesce(due_date, ''), coalesce(due_module, 0), notes FROM steps WHERE id = ?"_s);
    old.addBindValue(id);
    const bool existed = old.exec() && old.next();
    const QStringList before = existed
        ? QStringList { old.value(1).toString(), old.value(2).toString(), old.value(3).toString(),
              old.value(4).toString(), old.value(5).toString(), old.value(6).toString() }
        : QStringList();
    const QString oldProject = existed ? old.value(0).toString() : QString();
    old.finish();
    *news = { Wire::entity, id, oldProject, {}, {} };
    if (!storeIncomingStep(id, deleted, fields, now))
        return false;
    if (deleted) {
        if (existed) {
            news->kind = u"removed"_s;
            news->summary = before.at(0);
        }
        return true;
    }
    const QStringList after
        = { text(fields, Wire::title), fields.value(Wire::status).toString(Wire::statusOpen),
              text(fields, Wire::ownerContactId), text(fields, Wire::dueDate),
              QString::number(qMax(fields.value(Wire::dueModule).toInt(), 0)),
              text(fields, Wire::notes) };
    news->summary = after.at(0);
    if (!existed) {
        news->projectId = text(fields, Wire::projectId);
        news->kind = u"new"_s;
    } else if (before.at(1) != after.at(1)) {
        news->kind = u"status"_s;
    } else if (before != after) { // a new order alone is no news
        news->kind = u"changed"_s;
    }
    return true;
}

bool ProjectRepository::storeIncomingStep(
    const QString &id, bool deleted, const RowFields &fields, const QDateTime &now)
{
    namespace Wire = Records::Step;
    if (deleted)
        return m_statements.run(u"DELETE FROM steps WHERE id = ?"_s, { id });
    QSqlQuery &query = m_statements.prepared(
        u"INSERT INTO steps (id, project_id, title, status, owner_contact_id, due_date, "
        "due_module, notes, position, created_at, updated_at) "
        "VALUES (?,?,?,?,?,?,?,?,?,?,?) ON CONFLICT(id) DO UPDATE SET "
        "title=excluded.title, status=excluded.status, "
        "owner_contact_id=excluded.owner_contact_id, due_date=excluded.due_date, "
        "due_module=excluded.due_module, notes=excluded.notes, "
        "position=excluded.position, updated_at=excluded.updated_at"_s);
    const int dueModule = fields.value(Wire::dueModule).toInt();
    query.addBindValue(id);
    query.addBindValue(text(fields, Wire::projectId));
    query.addBindValue(text(fields, Wire::title));
    query.addBindValue(fields.value(Wire::status).toString(Wire::statusOpen));
    query.addBindValue(nullable(text(fields, Wire::ownerContactId)));
    query.addBindValue(nullable(text(fields, Wire::dueDate)));
    query.addBindValue(dueModule > 0 ? QVariant(dueModule) : QVariant());
    query.addBindValue(text(fields, Wire::notes));
    query.addBindValue(fields.value(Wire::position).toInt());
    query.addBindValue(now.toMSecsSinceEpoch());
    query.addBindValue(now.toMSecsSinceEpoch());
    return StatementCache::execute(query);
}

bool ProjectRepository::applyIncomingLogEntry(
    const QString &id, bool deleted, const RowFields &fields, const QDateTime &now, RowNews *news)
{
    namespace Wire = Records::LogEntry;
    if (deleted) // its author was erased with what they wrote
        return m_statements.run(u"DELETE FROM log_entries WHERE id = ?"_s, { id });
    QSqlQuery &query = m_statements.prepared(
        u"INSERT INTO log_entries (id, project_id, entry_date, author_contact_id, "
        "author_name, text, created_at, question) VALUES (?,?,?,?,?,?,?,?) "
        "ON CONFLICT(id) DO NOTHING"_s);
    query.addBindValue(id);
    query.addBindValue(text(fields, Wire::projectId));
    query.addBindValue(text(fields, Wire::entryDate));
    query.addBindValue(nullable(text(fields, Wire::authorContactId)));
    query.addBindValue(text(fields, Wire::authorName));
    query.addBindValue(text(fields, Wire::text));
    query.addBindValue(now.toMSecsSinceEpoch());
    query.addBindValue(fields.value(Wire::question).toBool() ? 1 : 0);
    if (!StatementCache::execute(query))
        return false;
    if (query.numRowsAffected() > 0) {
        *news = { Wire::entity, id, text(fields, Wire::projectId), u"new"_s,
            text(fields, Wire::text) };
        return true;
    }
    // Written once; only its author changes, when that person is erased.
    return m_statements.run(
        u"UPDATE log_entries SET author_contact_id = ?, author_name = ? "
        "WHERE id = ? AND (author_contact_id IS NOT ? OR author_name IS NOT ?)"_s,
        { nullable(text(fields, Wire::authorContactId)), text(fields, Wire::authorName), id,
            nullable(text(fields, Wire::authorContactId)), text(fields, Wire::authorName) });
}

bool ProjectRepository::applyIncomingKeptText(
    const QString &id, bool deleted, const RowFields &fields)
{
    namespace Wire = Records::KeptText;
    if (deleted)
        return m_statements.run(u"DELETE FROM conflicts WHERE id = ?"_s, { id });
    return m_statements.run(u"INSERT INTO conflicts (id, project_id, entity, row_id, field, text, "
                            "author_contact_id, replaced_at) VALUES (?,?,?,?,?,?,?,?) "
                            "ON CONFLICT(id) DO UPDATE SET text = excluded.text"_s,
        { id, text(fields, Wire::projectId), text(fields, Wire::keptEntity),
            text(fields, Wire::rowId), text(fields, Wire::field), text(fields, Wire::text),
            text(fields, Wire::authorContactId), text(fields, Wire::replacedAt) });
}

bool ProjectRepository::applyIncomingOrganiserNote(
    const QString &id, bool deleted, const RowFields &fields, RowNews *news)
{
    namespace Wire = Records::OrganiserNote;
    QSqlQuery &old = m_statements.prepared(u"SELECT text FROM comments WHERE id = ?"_s);
    old.addBindValue(id);
    const bool existed = old.exec() && old.next();
    const QString oldText = existed ? old.value(0).toString() : QString();
    old.finish();
    if (deleted)
        return m_statements.run(u"DELETE FROM comments WHERE id = ?"_s, { id });
    if (!existed || oldText != text(fields, Wire::text))
        *news = { Wire::entity, id, text(fields, Wire::projectId),
            existed ? u"changed"_s : u"new"_s, text(fields, Wire::text) };
    return m_statements.run(
        u"INSERT INTO comments (id, project_id, step_id, author_contact_id, text, "
        "written_at) VALUES (?,?,?,?,?,?) ON CONFLICT(id) DO UPDATE SET "
        "text = excluded.text"_s,
        { id, text(fields, Wire::projectId), text(fields, Wire::stepId),
            text(fields, Wire::authorContactId), text(fields, Wire::text),
            text(fields, Wire::writtenAt) });
}
