// SPDX-License-Identifier: GPL-3.0-or-later
#include "personexport.h"

#include "records.h"
#include "syncstore.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>

#include <tuple>

using namespace Qt::StringLiterals;

namespace {
QString instant(qint64 msecs)
{
    return msecs > 0 ? QDateTime::fromMSecsSinceEpoch(msecs, Qt::UTC).toString(Qt::ISODate)
                     : QString();
}

/// Where each record the person wrote goes in the export, and the field naming its author
/// (empty: the row is theirs when any of its texts was last written by them).
struct Written
{
    QLatin1StringView entity;
    QLatin1StringView section;
    QLatin1StringView authorField;
};

const QList<Written> &writtenRecords()
{
    static const QList<Written> records {
        { Records::LogEntry::entity, "logEntries"_L1, Records::LogEntry::authorContactId },
        { Records::LogCorrection::entity, "logCorrections"_L1,
            Records::LogCorrection::authorContactId },
        { Records::Step::entity, "steps"_L1, Records::Step::ownerContactId },
        { Records::Project::entity, "projects"_L1, {} },
        { Records::KeptText::entity, "keptTexts"_L1, Records::KeptText::authorContactId },
        { Records::OrganiserNote::entity, "organiserNotes"_L1,
            Records::OrganiserNote::authorContactId },
        { Records::Announcement::entity, "announcements"_L1,
            Records::Announcement::authorContactId },
        { Records::Release::entity, "releases"_L1, Records::Release::authorContactId },
        { Records::DraftKeptText::entity, "draftKeptTexts"_L1, Records::KeptText::authorContactId },
        { Records::Attachment::entity, "attachments"_L1, Records::Attachment::authorContactId },
        { Records::Material::entity, "materials"_L1, Records::Material::authorContactId },
    };
    return records;
}

/// A stored row as the export shows it: its id and the fields devices see; @p wroteLast the
/// texts the person wrote last (the store notes each text's author as "<field>By").
QJsonObject exported(
    const QString &id, const QJsonObject &fields, const QString &personId, QJsonArray *wroteLast)
{
    QJsonObject row { { u"id"_s, id } };
    for (auto it = fields.begin(); it != fields.end(); ++it) {
        if (it.key().endsWith("By"_L1)) {
            if (it.value().toString() == personId)
                wroteLast->append(it.key().chopped(2));
            continue;
        }
        row.insert(it.key(), it.value());
    }
    return row;
}

/// A file the person added, as the export lists it: the record it is on, its name, kind, size
/// and SHA-256, and where the person's app reads it.
QJsonObject fileOf(const QString &entity, const QString &id, const QJsonObject &fields)
{
    return { { u"record"_s, entity }, { u"id"_s, id },
        { u"fileName"_s, fields.value(Records::FileFields::fileName) },
        { u"mediaType"_s, fields.value(Records::FileFields::mediaType) },
        { u"size"_s, fields.value(Records::FileFields::size) },
        { u"hash"_s, fields.value(Records::FileFields::hash) },
        { u"address"_s, u"/v1/files/%1/%2"_s.arg(entity, id) } };
}
}

PersonExport::PersonExport(SyncStore &rows)
    : m_rows(rows)
    , m_db(rows.connection())
{
}

std::optional<QJsonObject> PersonExport::of(const QString &personId) const
{
    QJsonObject result { { u"format"_s, QString::fromLatin1(format) },
        { u"formatVersion"_s, formatVersion },
        { u"exportedAt"_s, QDateTime::currentDateTimeUtc().toString(Qt::ISODate) } };
    if (!readAccess(personId, &result) || !readRows(personId, &result))
        return std::nullopt;
    if (result.value("person"_L1).isNull() && result.value("contact"_L1).isNull())
        return std::nullopt;
    return result;
}

bool PersonExport::readAccess(const QString &personId, QJsonObject *result) const
{
    QSqlQuery query(m_db);
    query.prepare(u"SELECT name, role, municipality_id, revoked FROM people WHERE id = ?"_s);
    query.addBindValue(personId);
    if (!query.exec())
        return false;
    QJsonValue person = QJsonValue::Null;
    if (query.next()) {
        const QString municipality = query.value(2).toString();
        const auto town = m_rows.rowOf(Records::Municipality::entity, municipality);
        person = QJsonObject { { u"id"_s, personId }, { u"name"_s, query.value(0).toString() },
            { u"role"_s, query.value(1).toString() }, { u"municipalityId"_s, municipality },
            { u"municipality"_s,
                town ? town->fields.value(Records::Municipality::name).toString() : QString() },
            { u"signedOut"_s, query.value(3).toInt() != 0 } };
    }
    query.finish();
    result->insert(u"person"_s, person);

    QJsonArray devices;
    query.prepare(u"SELECT id, name, created_at, last_sync_on, revoked FROM devices "
                  "WHERE person_id = ? ORDER BY created_at"_s);
    query.addBindValue(personId);
    if (!query.exec())
        return false;
    while (query.next())
        devices.append(QJsonObject { { u"id"_s, query.value(0).toString() },
            { u"name"_s, query.value(1).toString() },
            { u"signedInAt"_s, instant(query.value(2).toLongLong()) },
            { u"lastSyncOn"_s, query.value(3).toString() },
            { u"signedOut"_s, query.value(4).toInt() != 0 } });
    query.finish();
    result->insert(u"devices"_s, devices);

    QJsonArray invitations;
    query.prepare(u"SELECT created_at, expires_at, used, ended FROM invitations "
                  "WHERE person_id = ? ORDER BY created_at"_s);
    query.addBindValue(personId);
    if (!query.exec())
        return false;
    while (query.next())
        invitations.append(QJsonObject { { u"createdAt"_s, instant(query.value(0).toLongLong()) },
            { u"expiresAt"_s, instant(query.value(1).toLongLong()) },
            { u"used"_s, query.value(2).toInt() != 0 },
            { u"ended"_s, query.value(3).toInt() != 0 } });
    query.finish();
    result->insert(u"invitations"_s, invitations);

    query.prepare(u"SELECT language FROM calendar_feeds WHERE person_id = ?"_s);
    query.addBindValue(personId);
    if (!query.exec())
        return false;
    result->insert(u"calendarSubscription"_s,
        query.next() ? QJsonValue(QJsonObject { { u"language"_s, query.value(0).toString() } })
                     : QJsonValue(QJsonValue::Null));
    return true;
}

bool PersonExport::readRows(const QString &personId, QJsonObject *result) const
{
    const auto contact = m_rows.rowOf(Records::Contact::entity, personId);
    QJsonArray unused;
    result->insert(u"contact"_s,
        contact && !contact->deleted
            ? QJsonValue(exported(personId, contact->fields, personId, &unused))
            : QJsonValue(QJsonValue::Null));

    // Their own notes and the files on them (their private scope alone), with the title of
    // the date each note is on.
    QSqlQuery query(m_db);
    query.prepare(u"SELECT entity, id, fields FROM rows WHERE scope = ? AND deleted = 0 "
                  "ORDER BY version"_s);
    query.addBindValue(SyncStore::storedScope(Records::Scope::personal, personId));
    if (!query.exec())
        return false;
    QList<std::tuple<QString, QString, QJsonObject>> own;
    while (query.next())
        own.append({ query.value(0).toString(), query.value(1).toString(),
            QJsonDocument::fromJson(query.value(2).toString().toUtf8()).object() });
    query.finish();
    QJsonArray notes;
    QJsonArray noteFiles;
    QJsonArray files;
    for (const auto &[entity, key, fields] : std::as_const(own)) {
        // Stored under "<person>/<id>"; the row's own id is the part after.
        const QString id = key.mid(key.indexOf(u'/') + 1);
        QJsonObject row = exported(id, fields, personId, &unused);
        if (entity == Records::NoteAttachment::entity) {
            noteFiles.append(row);
            files.append(fileOf(entity, id, fields));
            continue;
        }
        if (const auto date = m_rows.rowOf(Records::ProgrammeDate::entity,
                fields.value(Records::DateNote::eventId).toString())) {
            row.insert(u"eventTitleDe"_s, date->fields.value(Records::ProgrammeDate::titleDe));
            row.insert(u"eventTitleEn"_s, date->fields.value(Records::ProgrammeDate::titleEn));
        }
        notes.append(row);
    }
    result->insert(u"notes"_s, notes);
    result->insert(u"noteAttachments"_s, noteFiles);

    // Every other row that names them: what they wrote or own.
    query.prepare(u"SELECT entity, id, fields FROM rows WHERE deleted = 0 AND fields LIKE ? "
                  "ORDER BY version"_s);
    query.addBindValue(u"%\"%1\"%"_s.arg(personId));
    if (!query.exec())
        return false;
    QHash<QString, QJsonArray> sections;
    while (query.next()) {
        const QString entity = query.value(0).toString();
        const auto written = std::find_if(writtenRecords().cbegin(), writtenRecords().cend(),
            [&entity](const Written &record) { return record.entity == entity; });
        if (written == writtenRecords().cend())
            continue;
        const QJsonObject fields
            = QJsonDocument::fromJson(query.value(2).toString().toUtf8()).object();
        QJsonArray wroteLast;
        QJsonObject row = exported(query.value(1).toString(), fields, personId, &wroteLast);
        const bool author = !written->authorField.isEmpty()
            && fields.value(written->authorField).toString() == personId;
        if (!author && wroteLast.isEmpty())
            continue;
        if (!wroteLast.isEmpty())
            row.insert(u"wroteLast"_s, wroteLast);
        sections[written->section].append(row);
        if (author && !fields.value(Records::FileFields::hash).toString().isEmpty())
            files.append(fileOf(entity, query.value(1).toString(), fields));
    }
    for (const auto &record : writtenRecords())
        result->insert(record.section, sections.value(record.section));
    result->insert(u"files"_s, files);
    return true;
}
