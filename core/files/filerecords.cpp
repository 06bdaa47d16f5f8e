// SPDX-License-Identifier: GPL-3.0-or-later
#include "filerecords.h"

#include "changelog.h"
#include "database.h"
#include "records.h"
#include "transaction.h"

#include <QJsonDocument>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace {
const Records::RecordSpec &specOf(const QString &entity)
{
    return *Records::find(entity);
}

QString tableOf(const QString &entity)
{
    return specOf(entity).replicaTable;
}

QStringList columnsOf(const QString &entity)
{
    QStringList columns;
    for (const auto &field : specOf(entity).fields)
        columns.append(Records::columnOf(field.name));
    return columns;
}

QString jsonText(const QJsonObject &object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}
}

FileRecords::FileRecords(Database &database)
    : m_db(database.connection())
{
}

bool FileRecords::write(const QString &entity, const QString &id, const RowFields &fields)
{
    const QStringList columns = columnsOf(entity);
    QStringList updates;
    for (const QString &column : columns)
        updates.append(u"%1 = excluded.%1"_s.arg(column));
    QSqlQuery &query = m_statements.prepared(
        u"INSERT INTO %1 (id, %2) VALUES (?%3) ON CONFLICT(id) DO UPDATE SET %4"_s.arg(
            tableOf(entity), columns.join(u", "_s), u", ?"_s.repeated(columns.size()),
            updates.join(u", "_s)));
    query.addBindValue(id);
    for (const auto &field : specOf(entity).fields) {
        const QJsonValue value = fields.value(field.name);
        if (field.type == Records::FieldType::Integer)
            query.addBindValue(value.toInteger());
        else
            query.addBindValue(value.toString(u""_s));
    }
    return StatementCache::execute(query);
}

bool FileRecords::add(
    const QString &entity, const QString &id, const QJsonObject &fields, const QDateTime &now)
{
    Transaction transaction(m_db);
    if (!transaction.isActive() || !write(entity, id, fields))
        return false;
    const QString hash = fields.value(Records::FileFields::hash).toString();
    if (hash.isEmpty()) {
        return ChangeLog(m_db).record(entity, id, Records::Operation::insert, fields, now)
            && transaction.commit();
    }
    return m_statements.run(u"INSERT OR REPLACE INTO files_to_send (entity, row_id, hash, "
                            "payload, added_at) VALUES (?, ?, ?, ?, ?)"_s,
               { entity, id, hash, jsonText(fields), now.toMSecsSinceEpoch() })
        && transaction.commit();
}

bool FileRecords::change(
    const QString &entity, const QString &id, const QJsonObject &changed, const QDateTime &now)
{
    const auto before = record(entity, id);
    if (!before)
        return false;
    QJsonObject fields = before->fields;
    for (auto it = changed.begin(); it != changed.end(); ++it)
        fields.insert(it.key(), it.value());
    Transaction transaction(m_db);
    if (!transaction.isActive() || !write(entity, id, fields))
        return false;
    if (before->waiting) { // not sent yet: it goes as it is when its file is there
        return m_statements.run(
                   u"UPDATE files_to_send SET payload = ? WHERE entity = ? AND row_id = ?"_s,
                   { jsonText(fields), entity, id })
            && transaction.commit();
    }
    return ChangeLog(m_db).record(entity, id, Records::Operation::update, changed, now)
        && transaction.commit();
}

bool FileRecords::remove(const QString &entity, const QString &id, const QDateTime &now)
{
    const auto before = record(entity, id);
    if (!before)
        return true;
    Transaction transaction(m_db);
    if (!transaction.isActive()
        || !m_statements.run(u"DELETE FROM %1 WHERE id = ?"_s.arg(tableOf(entity)), { id }))
        return false;
    if (before->waiting) {
        return m_statements.run(
                   u"DELETE FROM files_to_send WHERE entity = ? AND row_id = ?"_s, { entity, id })
            && transaction.commit();
    }
    return ChangeLog(m_db).record(entity, id, Records::Operation::remove, {}, now)
        && transaction.commit();
}

QList<FileToSend> FileRecords::toSend() const
{
    QList<FileToSend> files;
    QSqlQuery &query = m_statements.prepared(u"SELECT entity, row_id, hash, payload FROM "
                                             "files_to_send WHERE refused = 0 ORDER BY added_at"_s);
    if (!query.exec())
        return files;
    while (query.next()) {
        const QJsonObject payload
            = QJsonDocument::fromJson(query.value(3).toString().toUtf8()).object();
        files.append({ query.value(0).toString(), query.value(1).toString(),
            query.value(2).toString(), payload.value(Records::FileFields::mediaType).toString(),
            payload.value(Records::FileFields::size).toInteger() });
    }
    return files;
}

bool FileRecords::fileSent(const QString &entity, const QString &id, const QDateTime &now)
{
    QSqlQuery &query = m_statements.prepared(
        u"SELECT payload FROM files_to_send WHERE entity = ? AND row_id = ?"_s);
    query.addBindValue(entity);
    query.addBindValue(id);
    if (!query.exec())
        return false;
    if (!query.next())
        return true; // removed meanwhile: nothing to send
    const QJsonObject payload
        = QJsonDocument::fromJson(query.value(0).toString().toUtf8()).object();
    query.finish();
    Transaction transaction(m_db);
    return transaction.isActive()
        && ChangeLog(m_db).record(entity, id, Records::Operation::insert, payload, now)
        && m_statements.run(
            u"DELETE FROM files_to_send WHERE entity = ? AND row_id = ?"_s, { entity, id })
        && transaction.commit();
}

bool FileRecords::noteProblem(
    const QString &entity, const QString &id, const QString &problem, bool refused)
{
    return m_statements.run(u"UPDATE files_to_send SET problem = ?, refused = ? "
                            "WHERE entity = ? AND row_id = ?"_s,
        { problem, refused ? 1 : 0, entity, id });
}

bool FileRecords::tryAgain(const QString &entity, const QString &id)
{
    QSqlQuery &query = m_statements.prepared(u"UPDATE files_to_send SET problem = '', refused = 0 "
                                             "WHERE entity = ? AND row_id = ? AND refused = 1"_s);
    query.addBindValue(entity);
    query.addBindValue(id);
    return StatementCache::execute(query) && query.numRowsAffected() == 1;
}

bool FileRecords::sendFileAgain(
    const QString &entity, const QString &id, const QJsonObject &payload, const QDateTime &now)
{
    const QString hash = payload.value(Records::FileFields::hash).toString();
    // device_files is FileCache's; read here for whether the device holds the file still.
    QSqlQuery &held = m_statements.prepared(u"SELECT 1 FROM device_files WHERE hash = ?"_s);
    held.addBindValue(hash);
    if (!held.exec())
        return false;
    const bool onDevice = held.next();
    held.finish();
    if (!onDevice)
        return true; // another device may have it; this one cannot help
    return m_statements.run(u"INSERT OR REPLACE INTO files_to_send (entity, row_id, hash, "
                            "payload, added_at) VALUES (?, ?, ?, ?, ?)"_s,
        { entity, id, hash, jsonText(payload), now.toMSecsSinceEpoch() });
}

bool FileRecords::applyIncoming(
    const QString &entity, const QString &id, bool deleted, const RowFields &fields)
{
    if (deleted) {
        return m_statements.run(u"DELETE FROM %1 WHERE id = ?"_s.arg(tableOf(entity)), { id })
            && m_statements.run(
                u"DELETE FROM files_to_send WHERE entity = ? AND row_id = ?"_s, { entity, id });
    }
    return write(entity, id, fields);
}

QList<FileRecord> FileRecords::read(const QString &entity, const QString &where,
    const QVariantList &values, const QString &order) const
{
    QList<FileRecord> records;
    const auto &fields = specOf(entity).fields;
    QSqlQuery &query = m_statements.prepared(
        u"SELECT r.id, coalesce(s.problem, ''), coalesce(s.refused, 0), s.row_id IS NOT NULL, "
        "%1 FROM %2 r LEFT JOIN files_to_send s ON s.entity = '%3' AND s.row_id = r.id "
        "WHERE %4 ORDER BY %5"_s.arg(
            u"r."_s + columnsOf(entity).join(u", r."_s), tableOf(entity), entity, where, order));
    for (const auto &value : values)
        query.addBindValue(value);
    if (!query.exec())
        return records;
    while (query.next()) {
        FileRecord record { entity, query.value(0).toString(), {}, query.value(3).toBool(),
            query.value(1).toString(), query.value(2).toBool() };
        for (int i = 0; i < fields.size(); ++i) {
            const auto &field = fields.at(i);
            const QVariant value = query.value(4 + i);
            if (field.type == Records::FieldType::Integer)
                record.fields.insert(field.name, value.toLongLong());
            else
                record.fields.insert(field.name, value.toString());
        }
        records.append(record);
    }
    return records;
}

std::optional<FileRecord> FileRecords::record(const QString &entity, const QString &id) const
{
    const auto found = read(entity, u"r.id = ?"_s, { id }, u"r.id"_s);
    if (found.isEmpty())
        return std::nullopt;
    return found.first();
}

QList<FileRecord> FileRecords::attachmentsOf(const QString &parentId) const
{
    return read(QString(Records::Attachment::entity), u"(r.log_entry_id = ? OR r.step_id = ?)"_s,
        { parentId, parentId }, u"r.added_at = '', r.added_at, r.rowid"_s);
}

QList<FileRecord> FileRecords::noteAttachmentsOf(const QString &noteId) const
{
    return read(QString(Records::NoteAttachment::entity), u"r.note_id = ?"_s, { noteId },
        u"r.added_at = '', r.added_at, r.rowid"_s);
}

QList<FileRecord> FileRecords::materials() const
{
    return read(QString(Records::Material::entity), u"1"_s, {},
        u"r.added_at = '' DESC, r.added_at DESC, r.rowid DESC"_s);
}
