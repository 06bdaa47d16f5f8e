// SPDX-License-Identifier: GPL-3.0-or-later
#include "syncrepository.h"

#include "database.h"
#include "incomingrows.h"
#include "syncrequest.h"

#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace {
bool run(QSqlQuery &query)
{
    if (query.exec())
        return true;
    qWarning("sync: %s", qPrintable(query.lastError().text()));
    return false;
}
}

SyncRepository::SyncRepository(Database &database)
    : m_db(database.connection())
{
}

QString SyncRepository::meta(const QString &key) const
{
    QSqlQuery query(m_db);
    query.prepare(u"SELECT value FROM replica_meta WHERE key = ?"_s);
    query.addBindValue(key);
    return query.exec() && query.next() ? query.value(0).toString() : QString();
}

bool SyncRepository::setMeta(const QString &key, const QString &value)
{
    QSqlQuery query(m_db);
    query.prepare(u"INSERT INTO replica_meta (key, value) VALUES (?, coalesce(?, '')) "
                  "ON CONFLICT(key) DO UPDATE SET value = excluded.value"_s);
    query.addBindValue(key);
    query.addBindValue(value);
    return query.exec();
}

QString SyncRepository::clientId()
{
    QString id = meta(u"client_id"_s);
    if (id.isEmpty()) {
        id = QUuid::createUuid().toString(QUuid::WithoutBraces);
        setMeta(u"client_id"_s, id);
    }
    return id;
}

QHash<QString, qint64> SyncRepository::versionsIn(const QString &key) const
{
    QHash<QString, qint64> result;
    const auto object = QJsonDocument::fromJson(meta(key).toUtf8()).object();
    for (auto it = object.begin(); it != object.end(); ++it)
        result.insert(it.key(), it.value().toInteger());
    return result;
}

bool SyncRepository::setVersionsIn(const QString &key, const QHash<QString, qint64> &versions)
{
    QJsonObject object;
    for (auto it = versions.cbegin(); it != versions.cend(); ++it)
        object.insert(it.key(), it.value());
    return setMeta(key, QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact)));
}

QHash<QString, qint64> SyncRepository::cursors() const
{
    return versionsIn(u"cursors"_s);
}

bool SyncRepository::setCursors(const QHash<QString, qint64> &cursors)
{
    return setVersionsIn(u"cursors"_s, cursors);
}

QString SyncRepository::storeId() const
{
    return meta(u"store_id"_s);
}

bool SyncRepository::setStoreId(const QString &storeId)
{
    return setMeta(u"store_id"_s, storeId);
}

bool SyncRepository::applyChange(const QString &entity, const QString &id, bool deleted,
    const QJsonObject &fields, const QDateTime &now)
{
    return IncomingRows(m_db).apply(entity, id, deleted, fields, now);
}

bool SyncRepository::hasCaughtUp() const
{
    return meta(u"caught_up"_s) == "1"_L1;
}

bool SyncRepository::setCaughtUp()
{
    return hasCaughtUp() || setMeta(u"caught_up"_s, u"1"_s);
}

bool SyncRepository::confirm(qint64 seq)
{
    QSqlQuery query(m_db);
    // What a restored server would lose and the own project's rows do not carry: kept.
    query.prepare(u"INSERT OR REPLACE INTO sent_changes (seq, entity, row_id, operation, payload, "
                  "changed_at) SELECT seq, entity, row_id, operation, payload, changed_at "
                  "FROM local_changes WHERE seq = ? AND (operation = 'delete' OR entity NOT IN "
                  "('project', 'step', 'log_entry', 'note'))"_s);
    query.addBindValue(seq);
    if (!run(query))
        return false;
    query.prepare(u"DELETE FROM local_changes WHERE seq = ?"_s);
    query.addBindValue(seq);
    return run(query);
}

bool SyncRepository::forgetSentChangesBefore(const QDateTime &before)
{
    QSqlQuery query(m_db);
    query.prepare(u"DELETE FROM sent_changes WHERE changed_at < ?"_s);
    query.addBindValue(before.toMSecsSinceEpoch());
    return run(query);
}

bool SyncRepository::reject(
    qint64 seq, const QString &reason, const QString &message, const QDateTime &now)
{
    QSqlQuery query(m_db);
    query.prepare(
        u"INSERT OR REPLACE INTO rejected_changes (seq, entity, row_id, operation, payload, "
        "reason, message, rejected_at) SELECT seq, entity, row_id, operation, payload, ?, "
        "coalesce(?, ''), ? FROM local_changes WHERE seq = ?"_s);
    query.addBindValue(reason);
    query.addBindValue(message);
    query.addBindValue(now.toMSecsSinceEpoch());
    query.addBindValue(seq);
    if (!query.exec())
        return false;
    // An edit of a step the server no longer has (someone removed it): the edit is kept
    // with the refusal, the step goes as it went on every other device.
    if (reason == "not_found"_L1) {
        query.prepare(u"SELECT row_id FROM rejected_changes WHERE seq = ? AND entity = 'step'"_s);
        query.addBindValue(seq);
        const QString stepId = query.exec() && query.next() ? query.value(0).toString() : QString();
        query.finish();
        if (!stepId.isEmpty()) {
            // Whatever else waits for it will be refused the same way (and kept too).
            query.prepare(u"DELETE FROM steps WHERE id = ?"_s);
            query.addBindValue(stepId);
            if (!query.exec())
                return false;
        }
    }
    return confirm(seq);
}

bool SyncRepository::requeueAfterRestore(const QString &municipalityId, const QDateTime &now)
{
    // First what was confirmed and is not part of a project's rows, in its order; it is
    // confirmed (and kept) again when the server answers.
    QSqlQuery sent(m_db);
    sent.prepare(u"INSERT INTO local_changes (entity, row_id, operation, payload, changed_at) "
                 "SELECT entity, row_id, operation, payload, ? FROM sent_changes ORDER BY seq"_s);
    sent.addBindValue(now.toMSecsSinceEpoch());
    if (!run(sent) || !sent.exec(u"DELETE FROM sent_changes"_s))
        return false;
    // The person's notes, whole, with their text as base: a server that has another text
    // by then keeps both.
    QSqlQuery notes(m_db);
    if (!notes.exec(u"DELETE FROM local_changes WHERE operation <> 'delete' AND entity = 'note'"_s))
        return false;
    notes.prepare(u"INSERT INTO local_changes (entity, row_id, operation, payload, base, "
                  "changed_at) SELECT 'note', id, 'insert', json_object('eventId', event_id, "
                  "'stepId', step_id, 'text', text), json_object('text', text), ? FROM notes"_s);
    notes.addBindValue(now.toMSecsSinceEpoch());
    if (!run(notes))
        return false;
    return municipalityId.isEmpty() || requeueProjectOf(municipalityId, now);
}

bool SyncRepository::requeueProjectOf(const QString &municipalityId, const QDateTime &now)
{
    // Every row goes again whole, with the device's edits in it: the edits waiting for the
    // same rows are part of that and leave the queue (removals stay, they are not rows).
    // The same fields a change made on the device sends; inserts are idempotent by id.
    const QString statements[] = {
        // The texts go with themselves as base: whatever else the server holds by then (a
        // newer text another device sent) it keeps as entered at the same time.
        u"INSERT INTO local_changes (entity, row_id, operation, payload, base, changed_at) "
        "SELECT 'project', id, 'insert', json_object('title', title, 'goal', goal), "
        "json_object('title', title, 'goal', goal), ? FROM projects WHERE municipality_id = ?"_s,
        u"INSERT INTO local_changes (entity, row_id, operation, payload, base, changed_at) "
        "SELECT 'step', steps.id, 'insert', json_object('projectId', project_id, 'title', "
        "steps.title, "
        "'status', status, 'ownerContactId', coalesce(owner_contact_id, ''), "
        "'dueDate', coalesce(due_date, ''), 'dueModule', coalesce(due_module, 0), 'notes', notes, "
        "'position', position), json_object('title', steps.title, 'notes', notes), ? "
        "FROM steps JOIN projects ON projects.id = steps.project_id "
        "WHERE projects.municipality_id = ?"_s,
        u"INSERT INTO local_changes (entity, row_id, operation, payload, changed_at) "
        "SELECT 'conflict', conflicts.id, 'insert', json_object('projectId', project_id, "
        "'entity', entity, 'rowId', row_id, 'field', field, 'text', text, "
        "'authorContactId', author_contact_id, 'replacedAt', replaced_at), ? FROM conflicts "
        "JOIN projects ON projects.id = conflicts.project_id WHERE projects.municipality_id = ?"_s,
        u"INSERT INTO local_changes (entity, row_id, operation, payload, changed_at) "
        "SELECT 'log_entry', log_entries.id, 'insert', json_object('projectId', project_id, "
        "'entryDate', entry_date, 'authorContactId', coalesce(author_contact_id, ''), "
        "'authorName', author_name, 'text', text, 'question', "
        "json(CASE WHEN question THEN 'true' ELSE 'false' END)), ? FROM log_entries "
        "JOIN projects ON projects.id = log_entries.project_id WHERE projects.municipality_id = ?"_s,
    };
    QSqlQuery query(m_db);
    if (!query.exec(u"DELETE FROM local_changes WHERE operation <> 'delete' "
                    "AND entity IN ('project', 'step', 'log_entry', 'conflict')"_s))
        return false;
    for (const auto &statement : statements) {
        query.prepare(statement);
        query.addBindValue(now.toMSecsSinceEpoch());
        query.addBindValue(municipalityId);
        if (!run(query))
            return false;
    }
    return true;
}

QString SyncRepository::municipalityOfContact(const QString &contactId) const
{
    QSqlQuery query(m_db);
    query.prepare(u"SELECT coalesce(municipality_id, '') FROM contacts WHERE id = ?"_s);
    query.addBindValue(contactId);
    return query.exec() && query.next() ? query.value(0).toString() : QString();
}

QList<RefusedChange> SyncRepository::refusedChanges() const
{
    QList<RefusedChange> changes;
    QSqlQuery query(m_db);
    query.exec(u"SELECT seq, entity, row_id, operation, payload, reason, message "
               "FROM rejected_changes ORDER BY seq"_s);
    while (query.next())
        changes.append({ query.value(0).toLongLong(), query.value(1).toString(),
            query.value(2).toString(), query.value(3).toString(),
            QJsonDocument::fromJson(query.value(4).toString().toUtf8()).object(),
            query.value(5).toString(), query.value(6).toString() });
    return changes;
}

bool SyncRepository::discardRefused(qint64 seq)
{
    QSqlQuery query(m_db);
    query.prepare(u"DELETE FROM rejected_changes WHERE seq = ?"_s);
    query.addBindValue(seq);
    return query.exec() && query.numRowsAffected() == 1;
}

int SyncRepository::rejectedCount() const
{
    QSqlQuery query(m_db);
    return query.exec(u"SELECT count(*) FROM rejected_changes"_s) && query.next()
        ? query.value(0).toInt()
        : -1;
}

namespace {
/// What a scope holds on the device, per entity: the table and whether the sweep of a reset
/// may remove a row (rows others still point to stay).
struct ScopeTable
{
    const char *entity;
    const char *table;
    const char *removable;
};

QList<ScopeTable> tablesOf(const QString &scope)
{
    if (scope == "programme"_L1)
        return { { "event", "events", "1" },
            { "place", "places",
                "NOT EXISTS (SELECT 1 FROM events WHERE events.place_id = places.id)" } };
    if (scope == "contacts"_L1)
        return { { "contact", "contacts",
                     "NOT EXISTS (SELECT 1 FROM steps WHERE owner_contact_id = contacts.id) "
                     "AND NOT EXISTS (SELECT 1 FROM log_entries "
                     "WHERE author_contact_id = contacts.id)" },
            { "municipality", "municipalities",
                "NOT EXISTS (SELECT 1 FROM projects WHERE municipality_id = municipalities.id) "
                "AND NOT EXISTS (SELECT 1 FROM contacts "
                "WHERE municipality_id = municipalities.id)" } };
    if (scope == "projects"_L1) // log entries are never removed, on no side
        return { { "step", "steps", "1" }, { "conflict", "conflicts", "1" },
            { "comment", "comments", "1" } };
    return {};
}
}

bool SyncRepository::beginReset(const QString &scope, qint64 horizon)
{
    QSqlQuery query(m_db);
    for (const auto &table : tablesOf(scope)) {
        query.prepare(
            u"INSERT OR IGNORE INTO reset_candidates (entity, id) SELECT ?, id FROM %1"_s.arg(
                QLatin1StringView(table.table)));
        query.addBindValue(QLatin1StringView(table.entity));
        if (!run(query))
            return false;
    }
    auto resets = resetsInProgress();
    resets.insert(scope, horizon);
    return setVersionsIn(u"resets"_s, resets);
}

QHash<QString, qint64> SyncRepository::resetsInProgress() const
{
    return versionsIn(u"resets"_s);
}

bool SyncRepository::finishReset()
{
    const auto resets = resetsInProgress();
    if (resets.isEmpty())
        return true;
    QSqlQuery query(m_db);
    for (const auto &scope : SyncRequest::scopes()) {
        for (const auto &table : tablesOf(scope)) {
            query.prepare(
                u"DELETE FROM %1 WHERE id IN (SELECT id FROM reset_candidates WHERE entity = ?) "
                "AND NOT EXISTS (SELECT 1 FROM local_changes WHERE local_changes.entity = ? "
                "AND local_changes.row_id = %1.id) AND NOT EXISTS (SELECT 1 FROM "
                "rejected_changes WHERE rejected_changes.entity = ? AND "
                "rejected_changes.row_id = %1.id AND reason <> 'not_found') AND %2"_s.arg(
                    QLatin1StringView(table.table), QLatin1StringView(table.removable)));
            for (int i = 0; i < 3; ++i)
                query.addBindValue(QLatin1StringView(table.entity));
            if (!run(query))
                return false;
        }
    }
    // The whole scope has arrived: nothing up to the horizon is missing any more.
    auto positions = cursors();
    for (auto it = resets.cbegin(); it != resets.cend(); ++it)
        positions.insert(it.key(), qMax(positions.value(it.key()), it.value()));
    return query.exec(u"DELETE FROM reset_candidates"_s) && setCursors(positions)
        && setMeta(u"resets"_s, {});
}
