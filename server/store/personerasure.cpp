// SPDX-License-Identifier: GPL-3.0-or-later
#include "personerasure.h"

#include "auditlog.h"

#include "records.h"
#include "syncstore.h"

#include <QCryptographicHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace {
/// A row that mentions the person being erased, as read before any of them is written.
struct Mention
{
    QString entity;
    QString id;
    QString municipalityId;
    bool deleted = false;
    QJsonObject fields;
};

/// The records whose rows carry what a person wrote, with the field naming the author.
const QList<std::pair<QLatin1StringView, QLatin1StringView>> &writings()
{
    static const QList<std::pair<QLatin1StringView, QLatin1StringView>> records {
        { Records::LogEntry::entity, Records::LogEntry::authorContactId },
        { Records::LogCorrection::entity, Records::LogCorrection::authorContactId },
        { Records::KeptText::entity, Records::KeptText::authorContactId },
        { Records::OrganiserNote::entity, Records::OrganiserNote::authorContactId },
        { Records::Announcement::entity, Records::Announcement::authorContactId },
        { Records::DraftKeptText::entity, Records::KeptText::authorContactId },
        { Records::Attachment::entity, Records::Attachment::authorContactId },
        { Records::Material::entity, Records::Material::authorContactId },
    };
    return records;
}
}

PersonErasure::PersonErasure(SyncStore &rows)
    : m_rows(rows)
    , m_db(rows.connection())
{
}

QString PersonErasure::keyOf(const QString &personId)
{
    return QString::fromLatin1(
        QCryptographicHash::hash(personId.toUtf8(), QCryptographicHash::Sha256).toHex());
}

QString PersonErasure::erasedName(const QString &personId)
{
    return u"erased "_s + keyOf(personId).left(16);
}

bool PersonErasure::run(const QString &sql, const QVariantList &values)
{
    QSqlQuery query(m_db);
    query.prepare(sql);
    for (const auto &value : values)
        query.addBindValue(value);
    return query.exec();
}

bool PersonErasure::erase(const QString &personId, Writings writings)
{
    QSqlQuery query(m_db);
    query.prepare(u"SELECT id FROM devices WHERE person_id = ?"_s);
    query.addBindValue(personId);
    if (!query.exec())
        return false;
    QStringList devices;
    while (query.next())
        devices.append(query.value(0).toString());
    query.finish();
    for (const QString &device : std::as_const(devices)) {
        // What the server remembers of each of the device's changes (keyed device/replica).
        const QVariantList prefix { int(device.size() + 1), device + u'/' };
        if (!run(u"DELETE FROM client_mutations WHERE substr(client_key, 1, ?) = ?"_s, prefix)
            || !run(
                u"DELETE FROM mutation_rejections WHERE substr(client_key, 1, ?) = ?"_s, prefix))
            return false;
        // Which files the device sent, and what it sent of unfinished ones; the contents of a
        // file it sent first stay while a record names it (FileStore::forgetUnnamed).
        if (!run(u"DELETE FROM upload_chunks WHERE device_id = ? AND hash NOT IN (SELECT hash "
                 "FROM file_contents WHERE device_id = ?)"_s,
                { device, device })
            || !run(u"DELETE FROM uploads WHERE device_id = ?"_s, { device }))
            return false;
    }
    const QVariantList person { personId };
    const bool deleted = run(u"DELETE FROM calendar_feeds WHERE person_id = ?"_s, person)
        && run(u"DELETE FROM invitations WHERE person_id = ?"_s, person)
        && run(u"DELETE FROM devices WHERE person_id = ?"_s, person)
        && run(u"DELETE FROM people WHERE id = ?"_s, person)
        // Their own notes, never seen by anyone else: no device needs to hear of them.
        && run(u"DELETE FROM rows WHERE scope = ?"_s,
            { SyncStore::storedScope(Records::Scope::personal, personId) })
        // Every device drops the contact when the erasure row arrives.
        && run(u"DELETE FROM rows WHERE entity = ? AND id = ?"_s,
            { Records::Contact::entity, personId });
    return deleted && handleWritings(personId, writings) && clearMentions(personId)
        && AuditLog(m_db).replaceId(personId, erasedName(personId))
        && m_rows.storeRowInTransaction(Records::Erasure::entity, keyOf(personId), {}, {});
}

bool PersonErasure::handleWritings(const QString &personId, Writings writings)
{
    if (writings == Writings::KeepWithoutAuthor)
        return true; // clearMentions() leaves them authorless
    for (const auto &[entity, authorField] : ::writings()) {
        QSqlQuery query(m_db);
        query.prepare(u"SELECT id, fields FROM rows WHERE entity = ? AND deleted = 0 "
                      "AND fields LIKE ?"_s);
        query.addBindValue(entity);
        query.addBindValue(u"%\"%1\"%"_s.arg(personId));
        if (!query.exec())
            return false;
        QStringList written;
        while (query.next()) {
            const auto fields = QJsonDocument::fromJson(query.value(1).toString().toUtf8());
            if (fields.object().value(authorField).toString() == personId)
                written.append(query.value(0).toString());
        }
        query.finish();
        for (const QString &id : std::as_const(written)) {
            if (!m_rows.removeRowInTransaction(entity, id))
                return false;
        }
    }
    return true;
}

bool PersonErasure::clearMentions(const QString &personId)
{
    QSqlQuery query(m_db);
    query.prepare(
        u"SELECT entity, id, municipality_id, deleted, fields FROM rows WHERE fields LIKE ?"_s);
    query.addBindValue(u"%\"%1\"%"_s.arg(personId));
    if (!query.exec())
        return false;
    QList<Mention> mentions;
    while (query.next())
        mentions.append({ query.value(0).toString(), query.value(1).toString(),
            query.value(2).toString(), query.value(3).toInt() != 0,
            QJsonDocument::fromJson(query.value(4).toString().toUtf8()).object() });
    query.finish();
    for (Mention &mention : mentions) {
        for (auto it = mention.fields.begin(); it != mention.fields.end(); ++it) {
            if (it.value().toString() == personId)
                it.value() = QString();
        }
        // The name written beside the id goes with it.
        if (mention.entity == Records::LogEntry::entity)
            mention.fields.insert(Records::LogEntry::authorName, QString());
        if (mention.entity == Records::Material::entity)
            mention.fields.insert(Records::Material::authorName, QString());
        const bool written = mention.deleted
            ? run(u"UPDATE rows SET fields = ? WHERE entity = ? AND id = ?"_s,
                { QString::fromUtf8(QJsonDocument(mention.fields).toJson(QJsonDocument::Compact)),
                    mention.entity, mention.id })
            : m_rows.storeRowInTransaction(
                mention.entity, mention.id, mention.municipalityId, mention.fields);
        if (!written)
            return false;
    }
    return true;
}

int PersonErasure::eraseAgain(const QHash<QString, Writings> &keys)
{
    QStringList found;
    QSqlQuery query(m_db);
    // People, and contacts of the programme who never signed in.
    for (const QString &sql : { u"SELECT id FROM people"_s,
             u"SELECT id FROM rows WHERE entity = '%1'"_s.arg(Records::Contact::entity) }) {
        if (!query.exec(sql))
            return -1;
        while (query.next()) {
            const QString id = query.value(0).toString();
            if (keys.contains(keyOf(id)) && !found.contains(id))
                found.append(id);
        }
        query.finish();
    }
    for (const QString &id : std::as_const(found)) {
        if (!erase(id, keys.value(keyOf(id))))
            return -1;
    }
    // The list itself, as far as the restored store lacks it.
    for (auto it = keys.cbegin(); it != keys.cend(); ++it) {
        if (!m_rows.storeRowInTransaction(Records::Erasure::entity, it.key(), {}, {}))
            return -1;
    }
    return int(found.size());
}

void PersonErasure::wipeFreedSpace(QSqlDatabase db)
{
    QSqlQuery query(db);
    if (db.driverName() == "QSQLITE"_L1) {
        // secure_delete (on for the server's connections) has overwritten the store's pages;
        // the write-ahead log still holds the pages as they were.
        query.exec(u"PRAGMA wal_checkpoint(TRUNCATE)"_s);
        return;
    }
    for (const auto table : { "rows", "people", "devices", "invitations", "calendar_feeds",
             "client_mutations", "mutation_rejections" })
        query.exec(u"VACUUM %1"_s.arg(QLatin1StringView(table)));
}
