// SPDX-License-Identifier: GPL-3.0-or-later
#include "syncrepository.h"

#include "database.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace {
QString text(const QJsonObject &fields, const char *key)
{
    return fields.value(QLatin1StringView(key)).toString(u""_s);
}

qint64 instant(const QJsonObject &fields, const char *key)
{
    return QDateTime::fromString(fields.value(QLatin1StringView(key)).toString(), Qt::ISODate)
        .toMSecsSinceEpoch();
}

QString list(const QJsonObject &fields, const char *key)
{
    return QString::fromUtf8(QJsonDocument(fields.value(QLatin1StringView(key)).toArray())
                                 .toJson(QJsonDocument::Compact));
}

QVariant nullable(const QString &value)
{
    return value.isEmpty() ? QVariant() : QVariant(value);
}

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

QJsonObject SyncRepository::pendingFields(
    const QString &entity, const QString &id, bool *deleted) const
{
    QJsonObject fields;
    *deleted = false;
    QSqlQuery query(m_db);
    query.prepare(u"SELECT payload, operation FROM local_changes WHERE entity = ? AND row_id = ? "
                  "ORDER BY seq"_s);
    query.addBindValue(entity);
    query.addBindValue(id);
    query.exec();
    while (query.next()) {
        const auto payload = QJsonDocument::fromJson(query.value(0).toString().toUtf8()).object();
        for (auto it = payload.begin(); it != payload.end(); ++it)
            fields.insert(it.key(), it.value());
        *deleted = query.value(1).toString() == "delete"_L1;
    }
    return fields;
}

bool SyncRepository::applyChange(const QString &entity, const QString &id, bool deleted,
    const QJsonObject &serverFields, const QDateTime &now)
{
    // The server sent this row again: it is no candidate of a reset sweep any more.
    QSqlQuery sweep(m_db);
    sweep.prepare(u"DELETE FROM reset_candidates WHERE entity = ? AND id = ?"_s);
    sweep.addBindValue(entity);
    sweep.addBindValue(id);
    if (!run(sweep))
        return false;

    // The device's own unconfirmed edits stay on top of what the server sends (rebase); a
    // row the device removed stays removed until the server has the removal.
    bool removedHere = false;
    QJsonObject fields = serverFields;
    const QJsonObject pending = pendingFields(entity, id, &removedHere);
    if (removedHere)
        return true;
    for (auto it = pending.begin(); it != pending.end(); ++it)
        fields.insert(it.key(), it.value());

    QSqlQuery query(m_db);
    if (entity == "event"_L1)
        return applyEvent(id, deleted, fields);
    if (entity == "place"_L1) {
        query.prepare(u"INSERT INTO places (id, name_de, name_en, city, online) VALUES (?,?,?,?,?) "
                      "ON CONFLICT(id) DO UPDATE SET name_de=excluded.name_de, "
                      "name_en=excluded.name_en, city=excluded.city, online=excluded.online"_s);
        query.addBindValue(id);
        query.addBindValue(text(fields, "nameDe"));
        query.addBindValue(text(fields, "nameEn"));
        query.addBindValue(text(fields, "city"));
        query.addBindValue(fields.value("online"_L1).toBool());
        return run(query);
    }
    if (entity == "municipality"_L1) {
        query.prepare(u"INSERT INTO municipalities (id, name) VALUES (?, ?) "
                      "ON CONFLICT(id) DO UPDATE SET name = excluded.name"_s);
        query.addBindValue(id);
        query.addBindValue(text(fields, "name"));
        return run(query);
    }
    if (entity == "contact"_L1) {
        query.prepare(
            u"INSERT INTO contacts (id, role, name, function_de, function_en, organisation, "
            "municipality_id, phone, email, share_phone, share_email) "
            "VALUES (?,?,?,?,?,?,?,?,?,?,?) ON CONFLICT(id) DO UPDATE SET "
            "role=excluded.role, name=excluded.name, function_de=excluded.function_de, "
            "function_en=excluded.function_en, organisation=excluded.organisation, "
            "municipality_id=excluded.municipality_id, phone=excluded.phone, "
            "email=excluded.email, share_phone=excluded.share_phone, "
            "share_email=excluded.share_email"_s);
        query.addBindValue(id);
        query.addBindValue(fields.value("role"_L1).toString(u"participant"_s));
        query.addBindValue(text(fields, "name"));
        query.addBindValue(text(fields, "functionDe"));
        query.addBindValue(text(fields, "functionEn"));
        query.addBindValue(text(fields, "organisation"));
        query.addBindValue(nullable(text(fields, "municipalityId")));
        query.addBindValue(text(fields, "phone"));
        query.addBindValue(text(fields, "email"));
        query.addBindValue(fields.value("sharePhone"_L1).toBool(true));
        query.addBindValue(fields.value("shareEmail"_L1).toBool(true));
        return run(query);
    }
    if (entity == "project"_L1) {
        query.prepare(
            u"INSERT INTO projects (id, municipality_id, title, goal) VALUES (?,?,?,?) "
            "ON CONFLICT(id) DO UPDATE SET title = excluded.title, goal = excluded.goal"_s);
        query.addBindValue(id);
        query.addBindValue(text(fields, "municipalityId"));
        query.addBindValue(text(fields, "title"));
        query.addBindValue(text(fields, "goal"));
        return run(query);
    }
    if (entity == "step"_L1) {
        if (deleted) {
            query.prepare(u"DELETE FROM steps WHERE id = ?"_s);
            query.addBindValue(id);
            return run(query);
        }
        query.prepare(
            u"INSERT INTO steps (id, project_id, title, status, owner_contact_id, due_date, "
            "due_module, notes, position, created_at, updated_at) "
            "VALUES (?,?,?,?,?,?,?,?,?,?,?) ON CONFLICT(id) DO UPDATE SET "
            "title=excluded.title, status=excluded.status, "
            "owner_contact_id=excluded.owner_contact_id, due_date=excluded.due_date, "
            "due_module=excluded.due_module, notes=excluded.notes, "
            "position=excluded.position, updated_at=excluded.updated_at"_s);
        const int dueModule = fields.value("dueModule"_L1).toInt();
        query.addBindValue(id);
        query.addBindValue(text(fields, "projectId"));
        query.addBindValue(text(fields, "title"));
        query.addBindValue(fields.value("status"_L1).toString(u"open"_s));
        query.addBindValue(nullable(text(fields, "ownerContactId")));
        query.addBindValue(nullable(text(fields, "dueDate")));
        query.addBindValue(dueModule > 0 ? QVariant(dueModule) : QVariant());
        query.addBindValue(text(fields, "notes"));
        query.addBindValue(fields.value("position"_L1).toInt());
        query.addBindValue(now.toMSecsSinceEpoch());
        query.addBindValue(now.toMSecsSinceEpoch());
        return run(query);
    }
    if (entity == "conflict"_L1)
        return applyConflict(id, deleted, fields);
    if (entity == "comment"_L1)
        return applyComment(id, deleted, fields);
    if (deleted && (entity == "contact"_L1 || entity == "place"_L1))
        return removeUnlessReferenced(entity, id);
    if (entity == "log_entry"_L1) {
        // Entries never change: an entry the device has is the same entry.
        query.prepare(u"INSERT INTO log_entries (id, project_id, entry_date, author_contact_id, "
                      "author_name, text, created_at) VALUES (?,?,?,?,?,?,?) "
                      "ON CONFLICT(id) DO NOTHING"_s);
        query.addBindValue(id);
        query.addBindValue(text(fields, "projectId"));
        query.addBindValue(text(fields, "entryDate"));
        query.addBindValue(nullable(text(fields, "authorContactId")));
        query.addBindValue(text(fields, "authorName"));
        query.addBindValue(text(fields, "text"));
        query.addBindValue(now.toMSecsSinceEpoch());
        return run(query);
    }
    return true; // an entity this app version does not know: skipped, not an error
}

bool SyncRepository::applyConflict(const QString &id, bool deleted, const QJsonObject &fields)
{
    QSqlQuery query(m_db);
    if (deleted) {
        query.prepare(u"DELETE FROM conflicts WHERE id = ?"_s);
        query.addBindValue(id);
        return run(query);
    }
    query.prepare(u"INSERT INTO conflicts (id, project_id, entity, row_id, field, text, "
                  "author_contact_id, replaced_at) VALUES (?,?,?,?,?,?,?,?) "
                  "ON CONFLICT(id) DO UPDATE SET text = excluded.text"_s);
    query.addBindValue(id);
    query.addBindValue(text(fields, "projectId"));
    query.addBindValue(text(fields, "entity"));
    query.addBindValue(text(fields, "rowId"));
    query.addBindValue(text(fields, "field"));
    query.addBindValue(text(fields, "text"));
    query.addBindValue(text(fields, "authorContactId"));
    query.addBindValue(text(fields, "replacedAt"));
    return run(query);
}

bool SyncRepository::applyComment(const QString &id, bool deleted, const QJsonObject &fields)
{
    QSqlQuery query(m_db);
    if (deleted) {
        query.prepare(u"DELETE FROM comments WHERE id = ?"_s);
        query.addBindValue(id);
        return run(query);
    }
    query.prepare(u"INSERT INTO comments (id, project_id, step_id, author_contact_id, text, "
                  "written_at) VALUES (?,?,?,?,?,?) ON CONFLICT(id) DO UPDATE SET "
                  "text = excluded.text"_s);
    query.addBindValue(id);
    query.addBindValue(text(fields, "projectId"));
    query.addBindValue(text(fields, "stepId"));
    query.addBindValue(text(fields, "authorContactId"));
    query.addBindValue(text(fields, "text"));
    query.addBindValue(text(fields, "writtenAt"));
    return run(query);
}

bool SyncRepository::removeUnlessReferenced(const QString &entity, const QString &id)
{
    // A removed contact or place that something here still points to stays, unseen.
    QSqlQuery query(m_db);
    query.prepare(entity == "place"_L1
            ? u"DELETE FROM places WHERE id = ? AND NOT EXISTS (SELECT 1 FROM events "
              "WHERE place_id = places.id)"_s
            : u"DELETE FROM contacts WHERE id = ? AND NOT EXISTS (SELECT 1 FROM steps "
              "WHERE owner_contact_id = contacts.id) AND NOT EXISTS (SELECT 1 FROM "
              "log_entries WHERE author_contact_id = contacts.id)"_s);
    query.addBindValue(id);
    return run(query);
}

bool SyncRepository::applyEvent(const QString &id, bool deleted, const QJsonObject &fields)
{
    QSqlQuery query(m_db);
    query.prepare(
        u"SELECT starts_at, ends_at, coalesce(place_id, ''), change_kind, previous_starts_at "
        "FROM events WHERE id = ?"_s);
    query.addBindValue(id);
    const bool exists = query.exec() && query.next();
    const qint64 oldStart = exists ? query.value(0).toLongLong() : 0;
    const qint64 oldEnd = exists ? query.value(1).toLongLong() : 0;
    const QString oldPlace = exists ? query.value(2).toString() : QString();
    const QString oldChange = exists ? query.value(3).toString() : QString();
    const QVariant oldPrevious = exists ? query.value(4) : QVariant();
    query.finish();
    if (deleted) {
        // Kept, marked cancelled, until the participant has seen it.
        query.prepare(u"UPDATE events SET change_kind = 'cancelled' WHERE id = ?"_s);
        query.addBindValue(id);
        return run(query);
    }
    const qint64 start = instant(fields, "startsAt");
    const qint64 end = instant(fields, "endsAt");
    QString change = oldChange;
    QVariant previous = oldPrevious;
    if (!exists) {
        change = u"new"_s;
    } else if (start != oldStart || end != oldEnd || text(fields, "placeId") != oldPlace) {
        if (oldChange.isEmpty() || oldChange == "cancelled"_L1) {
            change = u"moved"_s;
            previous = oldStart; // the time the participant last saw
        }
    }
    query.prepare(
        u"INSERT INTO events (id, kind, module_number, number, title_de, title_en, "
        "starts_at, ends_at, all_day, approximate, place_id, video_url, tentative, "
        "topics_de, topics_en, note_de, note_en, change_kind, previous_starts_at) VALUES "
        "(?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?) ON CONFLICT(id) DO UPDATE SET "
        "kind=excluded.kind, module_number=excluded.module_number, "
        "number=excluded.number, title_de=excluded.title_de, title_en=excluded.title_en, "
        "starts_at=excluded.starts_at, ends_at=excluded.ends_at, "
        "all_day=excluded.all_day, approximate=excluded.approximate, "
        "place_id=excluded.place_id, video_url=excluded.video_url, "
        "tentative=excluded.tentative, topics_de=excluded.topics_de, "
        "topics_en=excluded.topics_en, note_de=excluded.note_de, note_en=excluded.note_en, "
        "change_kind=excluded.change_kind, previous_starts_at=excluded.previous_starts_at"_s);
    query.addBindValue(id);
    query.addBindValue(text(fields, "kind"));
    query.addBindValue(fields.value("moduleNumber"_L1).toInt());
    query.addBindValue(fields.value("number"_L1).toInt());
    query.addBindValue(text(fields, "titleDe"));
    query.addBindValue(text(fields, "titleEn"));
    query.addBindValue(start);
    query.addBindValue(end);
    query.addBindValue(fields.value("allDay"_L1).toBool());
    query.addBindValue(fields.value("approximate"_L1).toBool());
    query.addBindValue(nullable(text(fields, "placeId")));
    query.addBindValue(text(fields, "videoUrl"));
    query.addBindValue(fields.value("tentative"_L1).toBool());
    query.addBindValue(list(fields, "topicsDe"));
    query.addBindValue(list(fields, "topicsEn"));
    query.addBindValue(text(fields, "noteDe"));
    query.addBindValue(text(fields, "noteEn"));
    query.addBindValue(change);
    query.addBindValue(previous);
    return run(query);
}

bool SyncRepository::confirm(qint64 seq)
{
    QSqlQuery query(m_db);
    query.prepare(u"DELETE FROM local_changes WHERE seq = ?"_s);
    query.addBindValue(seq);
    return query.exec();
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
            query.prepare(u"DELETE FROM steps WHERE id = ? AND NOT EXISTS (SELECT 1 FROM "
                          "local_changes WHERE entity = 'step' AND row_id = ? AND seq <> ?)"_s);
            query.addBindValue(stepId);
            query.addBindValue(stepId);
            query.addBindValue(seq);
            if (!query.exec())
                return false;
        }
    }
    return confirm(seq);
}

bool SyncRepository::requeueProjectOf(const QString &municipalityId, const QDateTime &now)
{
    // Every row goes again whole, with the device's edits in it: the edits waiting for the
    // same rows are part of that and leave the queue (removals stay, they are not rows).
    // The same fields a change made on the device sends; inserts are idempotent by id.
    const QString statements[] = {
        u"INSERT INTO local_changes (entity, row_id, operation, payload, changed_at) "
        "SELECT 'project', id, 'insert', json_object('title', title, 'goal', goal), ? "
        "FROM projects WHERE municipality_id = ?"_s,
        u"INSERT INTO local_changes (entity, row_id, operation, payload, changed_at) "
        "SELECT 'step', steps.id, 'insert', json_object('projectId', project_id, 'title', "
        "steps.title, "
        "'status', status, 'ownerContactId', coalesce(owner_contact_id, ''), "
        "'dueDate', coalesce(due_date, ''), 'dueModule', coalesce(due_module, 0), 'notes', notes, "
        "'position', position), ? FROM steps JOIN projects ON projects.id = steps.project_id "
        "WHERE projects.municipality_id = ?"_s,
        u"INSERT INTO local_changes (entity, row_id, operation, payload, changed_at) "
        "SELECT 'log_entry', log_entries.id, 'insert', json_object('projectId', project_id, "
        "'entryDate', entry_date, 'authorContactId', coalesce(author_contact_id, ''), "
        "'authorName', author_name, 'text', text), ? FROM log_entries "
        "JOIN projects ON projects.id = log_entries.project_id WHERE projects.municipality_id = ?"_s,
    };
    QSqlQuery query(m_db);
    if (!query.exec(u"DELETE FROM local_changes WHERE operation <> 'delete' "
                    "AND entity IN ('project', 'step', 'log_entry')"_s))
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

const QStringList &allScopes()
{
    static const QStringList scopes = { u"programme"_s, u"contacts"_s, u"projects"_s };
    return scopes;
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
    for (const auto &scope : allScopes()) {
        for (const auto &table : tablesOf(scope)) {
            query.prepare(
                u"DELETE FROM %1 WHERE id IN (SELECT id FROM reset_candidates WHERE entity = ?) "
                "AND NOT EXISTS (SELECT 1 FROM local_changes WHERE local_changes.entity = ? "
                "AND local_changes.row_id = %1.id) AND NOT EXISTS (SELECT 1 FROM "
                "rejected_changes WHERE rejected_changes.entity = ? AND "
                "rejected_changes.row_id = %1.id) AND %2"_s.arg(
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
