// SPDX-License-Identifier: GPL-3.0-or-later
#include "syncrepository.h"

#include "filerecords.h"

#include "changelog.h"
#include "database.h"
#include "draftrepository.h"
#include "incomingrows.h"
#include "programmewire.h"
#include "records.h"
#include "statementcache.h"
#include "syncrequest.h"

#include <QJsonDocument>
#include <QScopeGuard>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace {
/// "'a', 'b'": names for an SQL IN list (names from the record declarations only).
QString sqlList(std::initializer_list<QLatin1StringView> names)
{
    QStringList quoted;
    for (const auto name : names)
        quoted.append(u'\'' + name + u'\'');
    return quoted.join(u", "_s);
}

/// SQL that makes a row of @p record's replica table into its fields on the wire, as a
/// change made on the device sends them (@p only: just these fields).
QString jsonObjectOf(const Records::RecordSpec &record, const QList<QLatin1StringView> &only = {})
{
    QStringList pairs;
    for (const auto &field : record.fields) {
        if (field.setBy != Records::SetBy::Device
            || (!only.isEmpty() && !only.contains(field.name)))
            continue;
        const QString column = record.replicaTable + u'.' + Records::columnOf(field.name);
        QString value;
        switch (field.type) {
        case Records::FieldType::Integer:
            value = u"coalesce(%1, 0)"_s.arg(column);
            break;
        case Records::FieldType::Boolean:
            value = u"json(CASE WHEN %1 THEN 'true' ELSE 'false' END)"_s.arg(column);
            break;
        default:
            value = u"coalesce(%1, '')"_s.arg(column);
        }
        pairs.append(u"'%1', %2"_s.arg(field.name, value));
    }
    return u"json_object(%1)"_s.arg(pairs.join(u", "_s));
}

/// The statement that queues @p record's rows of one municipality's project again.
QString requeueStatement(
    const Records::RecordSpec &record, const QList<QLatin1StringView> &only = {})
{
    const QList<QLatin1StringView> kept = record.keptTexts();
    const QString table = record.replicaTable;
    const bool isProject = record.entity == Records::Project::entity;
    return u"INSERT INTO local_changes (entity, row_id, operation, payload, base, changed_at) "
           "SELECT '%1', %2.id, '%3', %4, %5, ? FROM %2 %6 WHERE %7.municipality_id = ?"_s.arg(
               record.entity, table, Records::Operation::insert, jsonObjectOf(record, only),
               kept.isEmpty() ? u"'{}'"_s : jsonObjectOf(record, kept),
               isProject ? QString() : u"JOIN projects ON projects.id = %1.project_id"_s.arg(table),
               isProject ? table : u"projects"_s);
}
}

SyncRepository::SyncRepository(Database &database)
    : m_database(database)
    , m_db(database.connection())
{
}

bool SyncRepository::inTransaction(const std::function<bool()> &store)
{
    // The server's rows are taken as they come: one answer may hold rows that refer to rows
    // of the next (a project changed after its steps were written has a later version than
    // they), which arrive by the end of the download. The device's own writes keep the
    // checks; SQLite takes this setting only outside a transaction.
    QSqlQuery(m_db).exec(u"PRAGMA foreign_keys = OFF"_s);
    const auto checksAgain
        = qScopeGuard([this] { QSqlQuery(m_db).exec(u"PRAGMA foreign_keys = ON"_s); });
    if (!m_db.transaction())
        return false;
    m_erasedSomeone = false;
    if (store() && m_db.commit()) {
        // An erased person's rows were overwritten in the file (secure_delete); the
        // write-ahead log still holds the pages as they were.
        if (m_erasedSomeone)
            QSqlQuery(m_db).exec(u"PRAGMA wal_checkpoint(TRUNCATE)"_s);
        return true;
    }
    m_db.rollback();
    return false;
}

bool SyncRepository::applyChanges(const QList<Change> &changes, const QDateTime &now)
{
    // The first download brings everything: none of it is news to the person.
    IncomingRows incoming(
        m_database, hasCaughtUp() ? IncomingRows::News::Note : IncomingRows::News::Ignore);
    for (const auto &change : changes) {
        if (!incoming.apply(
                change.entity, change.id, change.deleted, change.fields, now, change.version))
            return false;
    }
    m_erasedSomeone = m_erasedSomeone || incoming.erasedSomeone();
    return true;
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
                  "(%1))"_s.arg(sqlList({ Records::Project::entity, Records::Step::entity,
                      Records::LogEntry::entity, Records::DateNote::entity })));
    query.addBindValue(seq);
    if (!StatementCache::execute(query))
        return false;
    query.prepare(u"DELETE FROM local_changes WHERE seq = ?"_s);
    query.addBindValue(seq);
    return StatementCache::execute(query);
}

bool SyncRepository::sendFileAgain(qint64 seq, const QDateTime &now)
{
    // The server lacks the file a record names (restored from a backup that does not have
    // it, or a colleague's record sent again from here): the record waits for the file again,
    // which this device sends if it holds it, and is not a refusal to show.
    QSqlQuery query(m_db);
    query.prepare(u"SELECT entity, row_id, payload FROM local_changes WHERE seq = ?"_s);
    query.addBindValue(seq);
    if (!query.exec())
        return false;
    if (query.next()) {
        const QString entity = query.value(0).toString();
        const QString rowId = query.value(1).toString();
        const QJsonObject payload
            = QJsonDocument::fromJson(query.value(2).toString().toUtf8()).object();
        query.finish();
        if (!FileRecords(m_database).sendFileAgain(entity, rowId, payload, now))
            return false;
    }
    query.prepare(u"DELETE FROM local_changes WHERE seq = ?"_s);
    query.addBindValue(seq);
    return query.exec();
}

bool SyncRepository::forgetSentChangesBefore(const QDateTime &before)
{
    QSqlQuery query(m_db);
    query.prepare(u"DELETE FROM sent_changes WHERE changed_at < ?"_s);
    query.addBindValue(before.toMSecsSinceEpoch());
    return StatementCache::execute(query);
}

bool SyncRepository::reject(
    qint64 seq, const QString &reason, const QString &message, const QDateTime &now)
{
    if (reason == "file_missing"_L1)
        return sendFileAgain(seq, now);
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
    // A correction the server refused is kept with the refusal (the person sees what they
    // wrote); the log reads as on every other device, without it.
    query.prepare(u"DELETE FROM log_corrections WHERE id = (SELECT row_id FROM rejected_changes "
                  "WHERE seq = ? AND entity = ?)"_s);
    query.addBindValue(seq);
    query.addBindValue(Records::LogCorrection::entity);
    if (!query.exec())
        return false;
    // An edit of a step the server no longer has (someone removed it): the edit is kept
    // with the refusal, the step goes as it went on every other device.
    if (reason == "not_found"_L1) {
        query.prepare(u"SELECT row_id FROM rejected_changes WHERE seq = ? AND entity = ?"_s);
        query.addBindValue(seq);
        query.addBindValue(Records::Step::entity);
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
    // First the drafts, with what this device's releases published (they go again below);
    // then what was confirmed and is not part of a project's rows, in its order; it is
    // confirmed (and kept) again when the server answers.
    if (!requeueDrafts(now))
        return false;
    QSqlQuery sent(m_db);
    sent.prepare(u"INSERT INTO local_changes (entity, row_id, operation, payload, changed_at) "
                 "SELECT entity, row_id, operation, payload, ? FROM sent_changes ORDER BY seq"_s);
    sent.addBindValue(now.toMSecsSinceEpoch());
    if (!StatementCache::execute(sent) || !sent.exec(u"DELETE FROM sent_changes"_s))
        return false;
    // The person's notes, whole, with their text as base: a server that has another text
    // by then keeps both.
    QSqlQuery notes(m_db);
    notes.prepare(u"DELETE FROM local_changes WHERE operation <> 'delete' AND entity = ?"_s);
    notes.addBindValue(Records::DateNote::entity);
    if (!StatementCache::execute(notes))
        return false;
    const Records::RecordSpec &note = *Records::find(Records::DateNote::entity);
    notes.prepare(u"INSERT INTO local_changes (entity, row_id, operation, payload, base, "
                  "changed_at) SELECT '%1', id, '%2', %3, %4, ? FROM notes"_s.arg(note.entity,
                      Records::Operation::insert, jsonObjectOf(note),
                      jsonObjectOf(note, { Records::DateNote::text })));
    notes.addBindValue(now.toMSecsSinceEpoch());
    if (!StatementCache::execute(notes))
        return false;
    if (!municipalityId.isEmpty() && !requeueProjectOf(municipalityId, now))
        return false;
    // A correction goes after the entry it corrects, a photo after the entry, step or note it
    // is on, which the rows above sent again: the same changes, moved to the end of
    // the queue in their order.
    QSqlQuery corrections(m_db);
    if (!corrections.exec(u"SELECT coalesce(max(seq), 0) FROM local_changes"_s)
        || !corrections.next())
        return false;
    const QString last = corrections.value(0).toString();
    corrections.finish();
    return corrections.exec(
               u"INSERT INTO local_changes (entity, row_id, operation, payload, base, changed_at) "
               "SELECT entity, row_id, operation, payload, base, changed_at FROM local_changes "
               "WHERE entity IN (%1) AND seq <= %2 ORDER BY seq"_s.arg(
                   sqlList({ Records::LogCorrection::entity, Records::Attachment::entity,
                       Records::NoteAttachment::entity }),
                   last))
        && corrections.exec(u"DELETE FROM local_changes WHERE entity IN (%1) AND seq <= %2"_s.arg(
            sqlList({ Records::LogCorrection::entity, Records::Attachment::entity,
                Records::NoteAttachment::entity }),
            last));
}

bool SyncRepository::requeueDrafts(const QDateTime &now)
{
    // An organiser's drafts, whole, with their texts as base: what was drafted after the
    // backup comes back, and a server that has other texts by then keeps both. The dates a
    // release of this device published since go into the draft again as this device knows
    // them published, so that the release sent again publishes them again (under a new
    // number: the restored server never had it).
    QSqlQuery query(m_db);
    query.prepare(u"DELETE FROM local_changes WHERE operation <> 'delete' AND entity = ?"_s);
    query.addBindValue(Records::DateDraft::entity);
    if (!StatementCache::execute(query))
        return false;
    DraftRepository drafts(m_database);
    QList<ProgrammeDate> dates = drafts.drafts();
    QSet<QString> drafted;
    for (const auto &draft : std::as_const(dates))
        drafted.insert(draft.id);
    QSet<QString> ownReleases;
    query.prepare(u"SELECT row_id FROM sent_changes WHERE entity = ? AND operation = ?"_s);
    query.addBindValue(Records::Release::entity);
    query.addBindValue(Records::Operation::insert);
    if (!StatementCache::execute(query))
        return false;
    while (query.next())
        ownReleases.insert(query.value(0).toString());
    const ProgrammeRepository programme(m_database);
    for (const auto &release : drafts.releases()) {
        if (!ownReleases.contains(release.id))
            continue;
        for (const auto &change : release.changes) {
            if (drafted.contains(change.dateId))
                continue;
            if (const auto published = programme.event(change.dateId)) {
                dates.append(*published);
                drafted.insert(change.dateId);
            }
        }
    }
    ChangeLog changes(m_db);
    const auto keptTexts = Records::find(Records::DateDraft::entity)->keptTexts();
    for (const auto &date : std::as_const(dates)) {
        const QJsonObject fields = ProgrammeWire::fieldsOf(date);
        QJsonObject base;
        for (const auto field : keptTexts)
            base.insert(field, fields.value(field));
        if (!changes.record(
                Records::DateDraft::entity, date.id, Records::Operation::update, fields, now, base))
            return false;
    }
    return true;
}

bool SyncRepository::requeueProjectOf(const QString &municipalityId, const QDateTime &now)
{
    // Every row goes again whole, with the device's edits in it: the edits waiting for the
    // same rows are part of that and leave the queue (removals stay, they are not rows).
    // The same fields a change made on the device sends; inserts are idempotent by id.
    const QString statements[] = {
        requeueStatement(*Records::find(Records::Project::entity),
            { Records::Project::title, Records::Project::goal }),
        requeueStatement(*Records::find(Records::Step::entity)),
        requeueStatement(*Records::find(Records::KeptText::entity)),
        requeueStatement(*Records::find(Records::LogEntry::entity)),
    };
    QSqlQuery query(m_db);
    if (!query.exec(
            u"DELETE FROM local_changes WHERE operation <> 'delete' AND entity IN (%1)"_s.arg(
                sqlList({ Records::Project::entity, Records::Step::entity,
                    Records::LogEntry::entity, Records::KeptText::entity }))))
        return false;
    for (const auto &statement : statements) {
        query.prepare(statement);
        query.addBindValue(now.toMSecsSinceEpoch());
        query.addBindValue(municipalityId);
        if (!StatementCache::execute(query))
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
    // A draft that changed only the room does not carry the date's title: the date names it.
    query.prepare(u"SELECT r.seq, r.entity, r.row_id, r.operation, r.payload, r.reason, r.message, "
                  "CASE WHEN r.entity = ? THEN (SELECT title_de FROM events WHERE events.id = "
                  "r.row_id) END FROM rejected_changes r ORDER BY r.seq"_s);
    query.addBindValue(Records::DateDraft::entity);
    query.exec();
    while (query.next())
        changes.append({ query.value(0).toLongLong(), query.value(1).toString(),
            query.value(2).toString(), query.value(3).toString(),
            QJsonDocument::fromJson(query.value(4).toString().toUtf8()).object(),
            query.value(5).toString(), query.value(6).toString(), query.value(7).toString() });
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
/// What a scope holds on the device, per record: the table and which of its rows the sweep
/// after a download begun again may remove (rows others still point to stay).
struct ScopeTable
{
    QLatin1StringView entity;
    QLatin1StringView table;
    QString removable;
};

/// The condition under which the sweep removes a row of @p entity; empty: never swept (log
/// entries are never removed on any side, a project or a person's note stays).
QString removableIf(QLatin1StringView entity)
{
    if (entity == Records::ProgrammeDate::entity || entity == Records::Step::entity
        || entity == Records::KeptText::entity || entity == Records::OrganiserNote::entity
        || entity == Records::DateDraft::entity || entity == Records::DraftKeptText::entity
        || entity == Records::Release::entity || entity == Records::Announcement::entity)
        return u"1"_s;
    if (entity == Records::Place::entity)
        return u"NOT EXISTS (SELECT 1 FROM events WHERE events.place_id = places.id)"_s;
    // A record made here whose file is still on its way is not on the server yet.
    if (Records::carriesFile(entity))
        return u"NOT EXISTS (SELECT 1 FROM files_to_send WHERE files_to_send.entity = '%1' "
               "AND files_to_send.row_id = %2.id)"_s.arg(
                   entity, Records::find(entity)->replicaTable);
    if (entity == Records::Contact::entity)
        return u"NOT EXISTS (SELECT 1 FROM steps WHERE owner_contact_id = contacts.id) "
               "AND NOT EXISTS (SELECT 1 FROM log_entries WHERE author_contact_id = contacts.id)"_s;
    if (entity == Records::Municipality::entity)
        return u"NOT EXISTS (SELECT 1 FROM projects WHERE municipality_id = municipalities.id) "
               "AND NOT EXISTS (SELECT 1 FROM contacts "
               "WHERE municipality_id = municipalities.id)"_s;
    return {};
}

QList<ScopeTable> tablesOf(const QString &scope)
{
    QList<ScopeTable> tables;
    for (const auto &record : Records::all()) {
        const QString removable = removableIf(record.entity);
        if (record.scope == scope && !removable.isEmpty())
            tables.append({ record.entity, record.replicaTable, removable });
    }
    return tables;
}
}

bool SyncRepository::beginReset(const QString &scope, qint64 horizon)
{
    QSqlQuery query(m_db);
    for (const auto &table : tablesOf(scope)) {
        query.prepare(
            u"INSERT OR IGNORE INTO reset_candidates (entity, id) SELECT ?, id FROM %1"_s.arg(
                table.table));
        query.addBindValue(table.entity);
        if (!StatementCache::execute(query))
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
            // A row the server refused stays for the person to see what they wrote; a
            // release is never the device's own row (the server makes it), so it goes.
            query.prepare(
                u"DELETE FROM %1 WHERE id IN (SELECT id FROM reset_candidates WHERE entity = ?) "
                "AND NOT EXISTS (SELECT 1 FROM local_changes WHERE local_changes.entity = ? "
                "AND local_changes.row_id = %1.id) AND (? OR NOT EXISTS (SELECT 1 FROM "
                "rejected_changes WHERE rejected_changes.entity = ? AND "
                "rejected_changes.row_id = %1.id AND reason <> 'not_found')) AND %2"_s.arg(
                    table.table, table.removable));
            query.addBindValue(table.entity);
            query.addBindValue(table.entity);
            query.addBindValue(table.entity == Records::Release::entity);
            query.addBindValue(table.entity);
            if (!StatementCache::execute(query))
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
