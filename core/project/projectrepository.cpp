// SPDX-License-Identifier: GPL-3.0-or-later
#include "projectrepository.h"

#include "changelog.h"
#include "database.h"
#include "ids.h"
#include "records.h"
#include "transaction.h"

#include <QJsonObject>
#include <QSqlQuery>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace {
const QString stepColumns = u"id, project_id, title, status, owner_contact_id, due_date, "
                            "due_module, notes, position, created_at, updated_at"_s;

QString newId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

QVariant nullable(const QString &text)
{
    return text.isEmpty() ? QVariant() : QVariant(text);
}

QDateTime instant(const QVariant &value)
{
    return QDateTime::fromMSecsSinceEpoch(value.toLongLong(), Qt::UTC);
}

Step stepFromRow(const QSqlQuery &query)
{
    Step step;
    step.id = query.value(0).toString();
    step.projectId = query.value(1).toString();
    step.title = query.value(2).toString();
    Step::statusFromName(query.value(3).toString(), &step.status);
    step.ownerContactId = query.value(4).toString();
    step.dueDate = QDate::fromString(query.value(5).toString(), Qt::ISODate);
    step.dueModule = query.value(6).toInt();
    step.notes = query.value(7).toString();
    step.position = query.value(8).toInt();
    step.createdAt = instant(query.value(9));
    step.updatedAt = instant(query.value(10));
    return step;
}

const QString conflictColumns = u"id, project_id, entity, row_id, field, text, author_contact_id"_s;

KeptText conflictFromRow(const QSqlQuery &query)
{
    return { query.value(0).toString(), query.value(1).toString(), query.value(2).toString(),
        query.value(3).toString(), query.value(4).toString(), query.value(5).toString(),
        query.value(6).toString() };
}

/// The fields of @p after that differ from @p before, and their values before.
void changedFields(
    const QJsonObject &before, const QJsonObject &after, QJsonObject *payload, QJsonObject *base)
{
    for (auto it = after.begin(); it != after.end(); ++it) {
        if (before.value(it.key()) != it.value()) {
            payload->insert(it.key(), it.value());
            base->insert(it.key(), before.value(it.key()));
        }
    }
}

QJsonObject stepPayload(const Step &step)
{
    return { { Records::Step::projectId, step.projectId }, { Records::Step::title, step.title },
        { Records::Step::status, Step::statusName(step.status) },
        { Records::Step::ownerContactId, step.ownerContactId },
        { Records::Step::dueDate,
            step.dueDate.isValid() ? step.dueDate.toString(Qt::ISODate) : QString() },
        { Records::Step::dueModule, step.dueModule }, { Records::Step::notes, step.notes },
        { Records::Step::position, step.position } };
}
}

ProjectRepository::ProjectRepository(Database &database)
    : m_db(database.connection())
{
}

std::optional<PracticeProject> ProjectRepository::projectOf(const QString &municipalityId) const
{
    QSqlQuery query(m_db);
    query.prepare(
        u"SELECT id, municipality_id, title, goal FROM projects WHERE municipality_id = ?"_s);
    query.addBindValue(municipalityId);
    if (query.exec() && query.next())
        return PracticeProject { query.value(0).toString(), query.value(1).toString(),
            query.value(2).toString(), query.value(3).toString() };
    return std::nullopt;
}

QString ProjectRepository::projectIdFor(const QString &municipalityId)
{
    return Ids::projectIdFor(municipalityId);
}

template <typename Write>
bool ProjectRepository::inProjectOf(
    const QString &municipalityId, const QDateTime &now, Write write)
{
    Transaction transaction(m_db);
    if (!transaction.isActive())
        return false;
    auto project = ensureProject(municipalityId, now);
    return project && write(*project) && transaction.commit();
}

bool ProjectRepository::saveProjectOf(
    const QString &municipalityId, const QString &title, const QString &goal, const QDateTime &now)
{
    return inProjectOf(municipalityId, now, [&](PracticeProject &project) {
        project.title = title;
        project.goal = goal;
        return updateProject(project, now);
    });
}

bool ProjectRepository::addStepTo(const QString &municipalityId, Step *step, const QDateTime &now)
{
    return inProjectOf(municipalityId, now, [&](const PracticeProject &project) {
        step->projectId = project.id;
        return addStep(step, now);
    });
}

bool ProjectRepository::addLogEntryTo(
    const QString &municipalityId, LogEntry *entry, const QDateTime &now)
{
    return inProjectOf(municipalityId, now, [&](const PracticeProject &project) {
        entry->projectId = project.id;
        return addLogEntry(entry, now);
    });
}

std::optional<PracticeProject> ProjectRepository::ensureProject(
    const QString &municipalityId, const QDateTime &now)
{
    if (auto existing = projectOf(municipalityId))
        return existing;
    const PracticeProject project { projectIdFor(municipalityId), municipalityId, {}, {} };
    Transaction transaction(m_db);
    if (!transaction.isActive())
        return std::nullopt;
    if (!storeProject(project)
        || !ChangeLog(m_db).record(Records::Project::entity, project.id, Records::Operation::insert,
            { { Records::Project::municipalityId, municipalityId } }, now)
        || !transaction.commit())
        return std::nullopt;
    return project;
}

bool ProjectRepository::updateProject(const PracticeProject &project, const QDateTime &now)
{
    QSqlQuery query(m_db);
    query.prepare(u"SELECT title, goal FROM projects WHERE id = ?"_s);
    query.addBindValue(project.id);
    if (!query.exec() || !query.next())
        return false;
    const QJsonObject before { { Records::Project::title, query.value(0).toString() },
        { Records::Project::goal, query.value(1).toString() } };
    query.finish();
    const QJsonObject after { { Records::Project::title, project.title },
        { Records::Project::goal, project.goal } };
    QJsonObject payload;
    QJsonObject base;
    changedFields(before, after, &payload, &base);
    if (payload.isEmpty())
        return true;
    Transaction transaction(m_db);
    if (!transaction.isActive())
        return false;
    query.prepare(u"UPDATE projects SET title = coalesce(?, ''), goal = coalesce(?, ''), "
                  "updated_at = ? WHERE id = ?"_s);
    query.addBindValue(project.title);
    query.addBindValue(project.goal);
    query.addBindValue(now.toMSecsSinceEpoch());
    query.addBindValue(project.id);
    return query.exec() && query.numRowsAffected() == 1
        && ChangeLog(m_db).record(
            Records::Project::entity, project.id, Records::Operation::update, payload, now, base)
        && transaction.commit();
}

QList<Step> ProjectRepository::steps(const QString &projectId) const
{
    QList<Step> steps;
    QSqlQuery query(m_db);
    query.prepare(u"SELECT %1 FROM steps WHERE project_id = ? ORDER BY position, created_at"_s.arg(
        stepColumns));
    query.addBindValue(projectId);
    query.exec();
    while (query.next())
        steps.append(stepFromRow(query));
    return steps;
}

std::optional<Step> ProjectRepository::step(const QString &id) const
{
    QSqlQuery query(m_db);
    query.prepare(u"SELECT %1 FROM steps WHERE id = ?"_s.arg(stepColumns));
    query.addBindValue(id);
    if (query.exec() && query.next())
        return stepFromRow(query);
    return std::nullopt;
}

bool ProjectRepository::addStep(Step *step, const QDateTime &now)
{
    Transaction transaction(m_db);
    if (!transaction.isActive())
        return false;
    QSqlQuery query(m_db);
    query.prepare(u"SELECT coalesce(max(position), -1) + 1 FROM steps WHERE project_id = ?"_s);
    query.addBindValue(step->projectId);
    if (!query.exec() || !query.next())
        return false;
    Step stored = *step;
    stored.id = newId();
    stored.position = query.value(0).toInt();
    stored.createdAt = now;
    stored.updatedAt = now;
    if (!storeStep(stored)
        || !ChangeLog(m_db).record(
            Records::Step::entity, stored.id, Records::Operation::insert, stepPayload(stored), now)
        || !transaction.commit())
        return false;
    *step = stored;
    return true;
}

bool ProjectRepository::updateStep(const Step &step, const QDateTime &now)
{
    const auto before = this->step(step.id);
    return before && storeEditedStep(*before, step, now);
}

bool ProjectRepository::storeEditedStep(const Step &before, Step changed, const QDateTime &now)
{
    changed.projectId = before.projectId; // a step never moves to another project
    changed.createdAt = before.createdAt;
    changed.updatedAt = now;
    // Only the fields that changed go into the change history, so that two devices editing
    // different fields of one step both keep their edit; with them what they replaced, so
    // that the server can tell an edit that had not seen another device's text.
    QJsonObject payload;
    QJsonObject base;
    changedFields(stepPayload(before), stepPayload(changed), &payload, &base);
    if (payload.isEmpty())
        return true;
    Transaction transaction(m_db);
    if (!transaction.isActive())
        return false;
    return storeStep(changed)
        && ChangeLog(m_db).record(
            Records::Step::entity, changed.id, Records::Operation::update, payload, now, base)
        && transaction.commit();
}

bool ProjectRepository::deleteStep(const QString &stepId, const QDateTime &now)
{
    Transaction transaction(m_db);
    if (!transaction.isActive())
        return false;
    QSqlQuery query(m_db);
    query.prepare(u"DELETE FROM conflicts WHERE entity = ? AND row_id = ?"_s);
    query.addBindValue(Records::Step::entity);
    query.addBindValue(stepId);
    if (!query.exec())
        return false;
    query.prepare(u"DELETE FROM steps WHERE id = ?"_s);
    query.addBindValue(stepId);
    return query.exec() && query.numRowsAffected() == 1
        && ChangeLog(m_db).record(
            Records::Step::entity, stepId, Records::Operation::remove, {}, now)
        && transaction.commit();
}

QList<KeptText> ProjectRepository::keptTexts(const QString &projectId) const
{
    QList<KeptText> records;
    QSqlQuery query(m_db);
    query.prepare(
        u"SELECT %1 FROM conflicts WHERE project_id = ? ORDER BY rowid"_s.arg(conflictColumns));
    query.addBindValue(projectId);
    query.exec();
    while (query.next())
        records.append(conflictFromRow(query));
    return records;
}

QList<OrganiserNote> ProjectRepository::organiserNotes(const QString &projectId) const
{
    QList<OrganiserNote> comments;
    QSqlQuery query(m_db);
    query.prepare(u"SELECT id, project_id, step_id, author_contact_id, text, written_at "
                  "FROM comments WHERE project_id = ? ORDER BY written_at, rowid"_s);
    query.addBindValue(projectId);
    query.exec();
    while (query.next())
        comments.append({ query.value(0).toString(), query.value(1).toString(),
            query.value(2).toString(), query.value(3).toString(), query.value(4).toString(),
            QDateTime::fromString(query.value(5).toString(), Qt::ISODate) });
    return comments;
}

bool ProjectRepository::addOrganiserNote(OrganiserNote *note, const QDateTime &now)
{
    OrganiserNote stored = *note;
    stored.id = newId();
    stored.writtenAt = now.toUTC();
    Transaction transaction(m_db);
    if (!transaction.isActive())
        return false;
    QSqlQuery query(m_db);
    query.prepare(u"INSERT INTO comments (id, project_id, step_id, author_contact_id, text, "
                  "written_at) VALUES (?, ?, ?, ?, ?, ?)"_s);
    query.addBindValue(stored.id);
    query.addBindValue(stored.projectId);
    query.addBindValue(stored.stepId.isEmpty() ? u""_s : stored.stepId);
    query.addBindValue(stored.authorContactId.isEmpty() ? u""_s : stored.authorContactId);
    query.addBindValue(stored.text);
    query.addBindValue(stored.writtenAt.toString(Qt::ISODate));
    // The server sets the author and the time itself.
    QJsonObject payload { { Records::OrganiserNote::projectId, stored.projectId },
        { Records::OrganiserNote::text, stored.text } };
    if (!stored.stepId.isEmpty())
        payload.insert(Records::OrganiserNote::stepId, stored.stepId);
    if (!query.exec()
        || !ChangeLog(m_db).record(
            Records::OrganiserNote::entity, stored.id, Records::Operation::insert, payload, now)
        || !transaction.commit())
        return false;
    *note = stored;
    return true;
}

std::optional<KeptText> ProjectRepository::keptText(const QString &id) const
{
    QSqlQuery query(m_db);
    query.prepare(u"SELECT %1 FROM conflicts WHERE id = ?"_s.arg(conflictColumns));
    query.addBindValue(id);
    if (query.exec() && query.next())
        return conflictFromRow(query);
    return std::nullopt;
}

bool ProjectRepository::dismissKeptText(const QString &id, const QDateTime &now)
{
    Transaction transaction(m_db);
    if (!transaction.isActive())
        return false;
    QSqlQuery query(m_db);
    query.prepare(u"DELETE FROM conflicts WHERE id = ?"_s);
    query.addBindValue(id);
    return query.exec() && query.numRowsAffected() == 1
        && ChangeLog(m_db).record(
            Records::KeptText::entity, id, Records::Operation::remove, {}, now)
        && transaction.commit();
}

bool ProjectRepository::adoptKeptText(const QString &id, const QDateTime &now)
{
    const auto record = keptText(id);
    if (!record)
        return false;
    Transaction transaction(m_db);
    if (!transaction.isActive())
        return false;
    bool adopted = false;
    if (record->entity == Records::Step::entity) {
        const auto before = step(record->rowId);
        if (!before)
            return false;
        Step changed = *before;
        if (record->field == Records::Step::title)
            changed.title = record->text;
        else if (record->field == Records::Step::notes)
            changed.notes = record->text;
        adopted = storeEditedStep(*before, changed, now);
    } else if (record->entity == Records::Project::entity) {
        QSqlQuery query(m_db);
        query.prepare(u"SELECT municipality_id FROM projects WHERE id = ?"_s);
        query.addBindValue(record->rowId);
        auto project
            = query.exec() && query.next() ? projectOf(query.value(0).toString()) : std::nullopt;
        if (!project)
            return false;
        if (record->field == Records::Project::title)
            project->title = record->text;
        else if (record->field == Records::Project::goal)
            project->goal = record->text;
        adopted = updateProject(*project, now);
    }
    return adopted && dismissKeptText(id, now) && transaction.commit();
}

QList<LogEntry> ProjectRepository::logEntries(const QString &projectId) const
{
    QList<LogEntry> entries;
    QSqlQuery query(m_db);
    query.prepare(u"SELECT id, project_id, entry_date, author_contact_id, author_name, text, "
                  "created_at, question FROM log_entries WHERE project_id = ? "
                  "ORDER BY entry_date DESC, created_at DESC"_s);
    query.addBindValue(projectId);
    query.exec();
    while (query.next()) {
        entries.append({ query.value(0).toString(), query.value(1).toString(),
            QDate::fromString(query.value(2).toString(), Qt::ISODate), query.value(3).toString(),
            query.value(4).toString(), query.value(5).toString(), instant(query.value(6)),
            query.value(7).toInt() != 0 });
    }
    applyCorrections(projectId, &entries);
    return entries;
}

bool ProjectRepository::addLogEntry(LogEntry *entry, const QDateTime &now)
{
    LogEntry stored = *entry;
    stored.id = newId();
    stored.createdAt = now;
    Transaction transaction(m_db);
    if (!transaction.isActive())
        return false;
    QJsonObject payload { { Records::LogEntry::projectId, stored.projectId },
        { Records::LogEntry::entryDate, stored.entryDate.toString(Qt::ISODate) },
        { Records::LogEntry::authorContactId, stored.authorContactId },
        { Records::LogEntry::authorName, stored.authorName },
        { Records::LogEntry::text, stored.text } };
    if (stored.question)
        payload.insert(Records::LogEntry::question, true);
    if (!storeLogEntry(stored)
        || !ChangeLog(m_db).record(
            Records::LogEntry::entity, stored.id, Records::Operation::insert, payload, now)
        || !transaction.commit())
        return false;
    *entry = stored;
    return true;
}

bool ProjectRepository::storeProject(const PracticeProject &project)
{
    QSqlQuery query(m_db);
    query.prepare(u"INSERT INTO projects (id, municipality_id, title, goal) "
                  "VALUES (?, ?, coalesce(?, ''), coalesce(?, '')) "
                  "ON CONFLICT(id) DO UPDATE SET title = excluded.title, goal = excluded.goal"_s);
    query.addBindValue(project.id);
    query.addBindValue(project.municipalityId);
    query.addBindValue(project.title);
    query.addBindValue(project.goal);
    return query.exec();
}

bool ProjectRepository::storeStep(const Step &step)
{
    QSqlQuery query(m_db);
    query.prepare(u"INSERT INTO steps (%1) VALUES (?, ?, ?, ?, ?, ?, ?, coalesce(?, ''), ?, ?, ?) "
                  "ON CONFLICT(id) DO UPDATE "
                  "SET title=excluded.title, status=excluded.status, "
                  "owner_contact_id=excluded.owner_contact_id, due_date=excluded.due_date, "
                  "due_module=excluded.due_module, notes=excluded.notes, "
                  "position=excluded.position, updated_at=excluded.updated_at"_s.arg(stepColumns));
    query.addBindValue(step.id);
    query.addBindValue(step.projectId);
    query.addBindValue(step.title);
    query.addBindValue(Step::statusName(step.status));
    query.addBindValue(nullable(step.ownerContactId));
    query.addBindValue(
        step.dueDate.isValid() ? QVariant(step.dueDate.toString(Qt::ISODate)) : QVariant());
    query.addBindValue(step.dueModule > 0 ? QVariant(step.dueModule) : QVariant());
    query.addBindValue(step.notes);
    query.addBindValue(step.position);
    query.addBindValue(step.createdAt.toMSecsSinceEpoch());
    query.addBindValue(step.updatedAt.toMSecsSinceEpoch());
    return query.exec();
}

bool ProjectRepository::storeLogEntry(const LogEntry &entry)
{
    QSqlQuery query(m_db);
    query.prepare(u"INSERT INTO log_entries (id, project_id, entry_date, author_contact_id, "
                  "author_name, text, created_at, question) "
                  "VALUES (?, ?, ?, ?, coalesce(?, ''), ?, ?, ?)"_s);
    query.addBindValue(entry.id);
    query.addBindValue(entry.projectId);
    query.addBindValue(entry.entryDate.toString(Qt::ISODate));
    query.addBindValue(nullable(entry.authorContactId));
    query.addBindValue(entry.authorName);
    query.addBindValue(entry.text);
    query.addBindValue(entry.createdAt.toMSecsSinceEpoch());
    query.addBindValue(entry.question ? 1 : 0);
    return query.exec();
}

bool ProjectRepository::storeKeptText(const KeptText &record)
{
    QSqlQuery query(m_db);
    query.prepare(u"INSERT INTO conflicts (%1) VALUES (?, ?, ?, ?, ?, ?, coalesce(?, ''))"_s.arg(
        conflictColumns));
    query.addBindValue(record.id);
    query.addBindValue(record.projectId);
    query.addBindValue(record.entity);
    query.addBindValue(record.rowId);
    query.addBindValue(record.field);
    query.addBindValue(record.text);
    query.addBindValue(record.authorContactId);
    return query.exec();
}
