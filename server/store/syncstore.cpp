// SPDX-License-Identifier: GPL-3.0-or-later
#include "syncstore.h"

#include "auditlog.h"
#include "crashpoint.h"
#include "ids.h"
#include "personerasure.h"
#include "recordcheck.h"
#include "records.h"
#include "serverdatabase.h"

#include <QDate>
#include <QJsonDocument>
#include <QScopeGuard>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;
using namespace Records;

namespace {
constexpr qint64 megabyte = qint64(1024) * 1024;

MutationResult applied(qint64 seq)
{
    return MutationResult::applied(seq);
}

MutationResult rejected(qint64 seq, const QString &reason, const QString &message)
{
    return MutationResult::rejected(seq, reason, message);
}

QJsonObject merged(QJsonObject base, const QJsonObject &changes)
{
    for (auto it = changes.begin(); it != changes.end(); ++it)
        base.insert(it.key(), it.value());
    return base;
}

/// The text fields of @p entity whose earlier text is kept when an edit replaces it unseen.
QList<QLatin1StringView> keptTextFields(const QString &entity)
{
    const RecordSpec *record = Records::find(entity);
    return record ? record->keptTexts() : QList<QLatin1StringView>();
}

QString authorKey(const QString &field)
{
    return field + u"By"_s;
}

/// What a removal keeps of a row for the 90 days devices may still need to hear of it: the
/// rows it points to (whose it was, where it belonged), never what was written in it.
QJsonObject tombstoneFields(const QJsonObject &fields)
{
    QJsonObject kept;
    for (auto it = fields.begin(); it != fields.end(); ++it) {
        if (it.key().endsWith("Id"_L1) || it.key() == KeptText::keptEntity
            || it.key() == KeptText::field)
            kept.insert(it.key(), it.value());
    }
    return kept;
}

/// Who wrote each text field last, so that a kept text can name its author.
void noteAuthors(const Identity &identity, const Mutation &mutation, QJsonObject *fields)
{
    for (const auto &field : keptTextFields(mutation.entity)) {
        if (mutation.fields.contains(field))
            fields->insert(authorKey(field), identity.contactId);
    }
}

/// The texts a change replaces although its device had not seen them: its base for the
/// field differs from what is stored, and the stored text is neither empty nor the new one.
/// An insert without a base made the row on its device, which had seen none of its texts: it
/// arrives for a row that exists only when others sent the row first (after a restore, every
/// device sends its project again, maybe before the row's maker sends its first insert).
QList<std::pair<QString, QString>> unseenTexts(
    const Mutation &mutation, const QJsonObject &storedFields)
{
    QList<std::pair<QString, QString>> unseen;
    if (mutation.operation == Operation::remove)
        return unseen;
    for (const auto &field : keptTextFields(mutation.entity)) {
        if (!mutation.fields.contains(field)
            || (!mutation.base.contains(field) && mutation.operation != Operation::insert))
            continue;
        const QString stored = storedFields.value(field).toString();
        if (!stored.trimmed().isEmpty() && stored != mutation.base.value(field).toString()
            && stored != mutation.fields.value(field).toString())
            unseen.append({ field, stored });
    }
    return unseen;
}

QString toText(const QJsonObject &object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

}

SyncStore::SyncStore(ServerDatabase &database)
    : m_db(database.connection())
    , m_storeId(database.storeId())
{
}

QString SyncStore::scopeOf(const QString &entity)
{
    return Records::scopeOf(entity);
}

QString SyncStore::storedScope(const QString &scope, const QString &contactId)
{
    return scope == Scope::personal ? Scope::personal + u':' + contactId : scope;
}

QString SyncStore::storedId(const QString &entity, const QString &id, const QString &contactId)
{
    return scopeOf(entity) == Scope::personal ? contactId + u'/' + id : id;
}

QHash<QString, qint64> SyncStore::horizonsFor(
    const QHash<QString, qint64> &stored, const QString &contactId)
{
    QHash<QString, qint64> byScope;
    if (stored.isEmpty())
        return byScope; // no scope forgot anything yet: most syncs
    for (const auto &scope : SyncRequest::scopes()) {
        const auto horizon = stored.constFind(storedScope(scope, contactId));
        if (horizon != stored.cend())
            byScope.insert(scope, *horizon);
    }
    return byScope;
}

QStringList SyncStore::scopesOf(const Identity &identity)
{
    QStringList scopes;
    for (const auto &scope : SyncRequest::scopes()) {
        if (downloads(identity, scope))
            scopes.append(storedScope(scope, identity.contactId));
    }
    return scopes;
}

bool SyncStore::downloads(const Identity &identity, const QString &scope)
{
    return scope != Scope::drafts || identity.role == Identity::Role::Organiser;
}

bool SyncStore::commitWrites()
{
    if (!m_db.commit()) {
        m_written.clear();
        return false;
    }
    const auto written = std::exchange(m_written, {});
    if (m_announcer && !written.isEmpty())
        m_announcer(written);
    return true;
}

void SyncStore::rollbackWrites()
{
    m_db.rollback();
    m_written.clear();
}

qint64 SyncStore::currentVersion() const
{
    auto query = m_statements.use(u"SELECT value FROM store_counter WHERE id = 1"_s);
    if (query->exec() && query->next())
        return query->value(0).toLongLong();
    return -1;
}

bool SyncStore::hasAny(const QString &entity) const
{
    QSqlQuery query(m_db);
    query.prepare(u"SELECT 1 FROM rows WHERE entity = ? LIMIT 1"_s);
    query.addBindValue(entity);
    return query.exec() && query.next();
}

std::optional<SyncStore::StoredRow> SyncStore::stored(
    const QString &entity, const QString &id) const
{
    auto query = m_statements.use(
        u"SELECT municipality_id, deleted, fields FROM rows WHERE entity = ? AND id = ?"_s);
    query->bindValue(0, entity);
    query->bindValue(1, id);
    if (query->exec() && query->next())
        return StoredRow { query->value(0).toString(), query->value(1).toInt() != 0,
            QJsonDocument::fromJson(query->value(2).toString().toUtf8()).object() };
    query->finish();
    // A row removed so long ago that its removal was forgotten stays removed.
    auto removed = m_statements.use(u"SELECT 1 FROM removed_rows WHERE entity = ? AND id = ?"_s);
    removed->bindValue(0, entity);
    removed->bindValue(1, id);
    if (removed->exec() && removed->next())
        return StoredRow { {}, true, {} };
    return std::nullopt;
}

bool SyncStore::write(const QString &entity, const QString &id, const StoredRow &row)
{
    // Taking the next version locks the counter row until commit: writers queue up, so
    // versions become visible in the order they were given out and no reader skips one.
    QSqlQuery query(m_db);
    if (!query.exec(u"UPDATE store_counter SET value = value + 1 WHERE id = 1 RETURNING value"_s)
        || !query.next())
        return false;
    const qint64 version = query.value(0).toLongLong();
    query.finish();
    query.prepare(
        u"INSERT INTO rows (entity, id, scope, municipality_id, version, deleted, fields, "
        "changed_at) VALUES (?, ?, ?, coalesce(?, ''), ?, ?, ?, ?) ON CONFLICT (entity, id) "
        "DO UPDATE SET municipality_id = excluded.municipality_id, version = excluded.version, "
        "deleted = excluded.deleted, fields = excluded.fields, changed_at = excluded.changed_at"_s);
    const QString scope
        = storedScope(scopeOf(entity), row.fields.value(DateNote::ownerContactId).toString());
    query.addBindValue(entity);
    query.addBindValue(id);
    query.addBindValue(scope);
    query.addBindValue(row.municipalityId);
    query.addBindValue(version);
    query.addBindValue(row.deleted ? 1 : 0);
    query.addBindValue(toText(row.deleted ? tombstoneFields(row.fields) : row.fields));
    query.addBindValue(QDateTime::currentMSecsSinceEpoch());
    if (!query.exec())
        return false;
    m_written.insert(scope, version);
    return true;
}

bool SyncStore::storeRow(const QString &entity, const QString &id, const QString &municipalityId,
    const QJsonObject &fields)
{
    if (!ServerDatabase::beginWriting(m_db))
        return false;
    if (!storeRowInTransaction(entity, id, municipalityId, fields) || !commitWrites()) {
        rollbackWrites();
        return false;
    }
    return true;
}

bool SyncStore::storeRowInTransaction(const QString &entity, const QString &id,
    const QString &municipalityId, const QJsonObject &fields)
{
    const auto existing = stored(entity, id);
    const StoredRow row { municipalityId, false,
        merged(existing ? existing->fields : QJsonObject(), fields) };
    // Unchanged (the same programme imported again): no new version, nothing to download.
    if (existing && !existing->deleted && existing->fields == row.fields
        && existing->municipalityId == municipalityId)
        return true;
    return write(entity, id, row);
}

bool SyncStore::removeRowInTransaction(const QString &entity, const QString &id)
{
    const auto existing = stored(entity, id);
    if (existing && existing->deleted)
        return true;
    return write(entity, id,
        { existing ? existing->municipalityId : QString(), true,
            existing ? existing->fields : QJsonObject() });
}

std::optional<SyncStore::Row> SyncStore::rowOf(const QString &entity, const QString &id) const
{
    auto query = m_statements.use(
        u"SELECT version, deleted, fields, changed_at FROM rows WHERE entity = ? AND id = ?"_s);
    query->bindValue(0, entity);
    query->bindValue(1, id);
    if (!query->exec() || !query->next())
        return std::nullopt;
    const qint64 changedAt = query->value(3).toLongLong();
    return Row { id, query->value(0).toLongLong(), query->value(1).toInt() != 0,
        QJsonDocument::fromJson(query->value(2).toString().toUtf8()).object(),
        changedAt > 0 ? QDateTime::fromMSecsSinceEpoch(changedAt, Qt::UTC) : QDateTime() };
}

MutationResult SyncStore::decide(const Identity &identity, const Mutation &mutation,
    const std::optional<StoredRow> &existing, StoredRow *row)
{
    const qint64 seq = mutation.seq;
    const bool organiser = identity.role == Identity::Role::Organiser;
    const QString ownProject = Ids::projectIdFor(identity.municipalityId);
    const QString &entity = mutation.entity;
    const QString &op = mutation.operation;
    if (QString problem = RecordCheck::fields(entity, mutation.fields); !problem.isEmpty())
        return rejected(seq, u"invalid"_s, problem);

    if (entity == Records::Erasure::entity)
        return rejected(seq, u"not_allowed"_s,
            u"Only an organiser or the server's operator erases a person."_s);
    // An erased person's contact is not brought back by a device that still had it.
    if (entity == Records::Contact::entity
        && rowOf(Records::Erasure::entity, PersonErasure::keyOf(mutation.id)))
        return rejected(seq, u"not_found"_s, u"This contact was erased."_s);
    if (entity == DateNote::entity)
        return decideNote(identity, mutation, existing, row);
    if (entity == DateDraft::entity)
        return decideDraft(identity, mutation, existing, row);
    if (entity == NoteAttachment::entity)
        return decideNoteAttachment(identity, mutation, existing, row);
    if (entity == Attachment::entity)
        return decideAttachment(identity, mutation, existing, row);
    if (entity == Material::entity)
        return decideMaterial(identity, mutation, existing, row);
    if (entity == Records::ProgrammeDate::entity)
        return rejected(seq, u"not_allowed"_s,
            organiser ? u"Dates change in the draft and reach everyone with a release."_s
                      : u"Only organisers change the programme."_s);
    const bool exists = existing && !existing->deleted;
    if (op == Operation::remove && !existing && removableBy(identity, entity)) {
        // A removal of a row this store never had: sent again after a restore, before the
        // row itself is back. Kept as a tombstone, so that the row does not come back.
        row->deleted = true;
        row->municipalityId = identity.municipalityId;
        return applied(seq);
    }
    if ((op == Operation::update || op == Operation::remove) && !exists)
        return rejected(seq, u"not_found"_s, u"This %1 does not exist (any more)."_s.arg(entity));
    // A removed row is not brought back by an old copy of it sent again (after a restore,
    // from a device that had not heard of the removal): the removal stands.
    if (op == Operation::insert && existing && existing->deleted)
        return rejected(seq, u"not_found"_s, u"This %1 was removed meanwhile."_s.arg(entity));
    row->fields = existing ? existing->fields : QJsonObject();
    // Whose a row is stays as stored unless a rule below says otherwise (a resent
    // announcement to one municipality stays that municipality's).
    row->municipalityId = existing ? existing->municipalityId : QString();
    row->deleted = op == Operation::remove;

    if (entity == Project::entity) {
        if (organiser || mutation.id != ownProject || op == Operation::remove)
            return rejected(seq, u"not_allowed"_s,
                u"Only the participants of a municipality change its project."_s);
        row->municipalityId = identity.municipalityId;
        row->fields = merged(row->fields, mutation.fields);
        row->fields.insert(
            Project::municipalityId, identity.municipalityId); // never from the request
        noteAuthors(identity, mutation, &row->fields);
        return applied(seq);
    }
    if (entity == Step::entity || entity == LogEntry::entity) {
        if (entity == LogEntry::entity && op != Operation::insert)
            return rejected(seq, u"not_allowed"_s, u"Log entries are never changed or removed."_s);
        // Whose the row is comes from what is stored, or for a new row from its project,
        // which must be the asking participant's own.
        const QString owner = exists ? existing->municipalityId : QString();
        const QString project = exists ? existing->fields.value(Step::projectId).toString()
                                       : mutation.fields.value(Step::projectId).toString();
        const bool own = !organiser && project == ownProject
            && (owner.isEmpty() || owner == identity.municipalityId);
        if (!own)
            return rejected(
                seq, u"not_allowed"_s, u"You can only change your own municipality's project."_s);
        if (exists && mutation.fields.contains(Step::projectId)
            && mutation.fields.value(Step::projectId).toString() != project)
            return rejected(seq, u"invalid"_s, u"A step stays in its project."_s);
        if (op == Operation::insert && !exists) {
            const QLatin1StringView mainText
                = entity == Step::entity ? Step::title : LogEntry::text;
            if (mutation.fields.value(mainText).toString().trimmed().isEmpty())
                return rejected(seq, u"invalid"_s, u"The %1 needs a %2."_s.arg(entity, mainText));
        }
        if (entity == LogEntry::entity && exists)
            return applied(seq); // the same entry sent again: it is already there
        row->municipalityId = identity.municipalityId;
        if (!row->deleted) {
            row->fields = merged(row->fields, mutation.fields);
            noteAuthors(identity, mutation, &row->fields);
        }
        if (entity == LogEntry::entity) {
            // Who wrote it is who asks. A colleague's entry sent again after a restore (every
            // device of a municipality sends its project's rows) keeps its writer, who must
            // be a participant of the same municipality; anyone else named is not taken.
            const QString named = mutation.fields.value(LogEntry::authorContactId).toString();
            const QString author = !named.isEmpty() && named != identity.contactId
                    && municipalityOfPerson(named) == identity.municipalityId
                ? named
                : identity.contactId;
            row->fields.insert(LogEntry::authorContactId, author);
            row->fields.insert(LogEntry::authorName, nameOf(author));
        }
        return applied(seq);
    }
    if (entity == Contact::entity)
        return decideContact(identity, mutation, exists, row);
    if (entity == KeptText::entity) {
        // A kept text is hidden by a participant of the project it belongs to, and sent
        // again by one after the server was restored from a backup that lacks it.
        const QString project = exists ? existing->fields.value(KeptText::projectId).toString()
                                       : mutation.fields.value(KeptText::projectId).toString();
        if (organiser || op == Operation::update || project != ownProject)
            return rejected(seq, u"not_allowed"_s,
                u"Only the participants of a municipality keep or hide its kept texts."_s);
        if (op == Operation::insert && exists)
            return applied(seq); // kept already
        if (op == Operation::insert) {
            const auto keptFor = stored(mutation.fields.value(KeptText::keptEntity).toString(),
                mutation.fields.value(KeptText::rowId).toString());
            if (keptFor && keptFor->deleted)
                return rejected(seq, u"not_found"_s, u"The step of this text was removed."_s);
            // Sent again after a restore: its author was one of the municipality's people (only
            // they write its project's texts), never someone else the request names.
            const QString author = mutation.fields.value(KeptText::authorContactId).toString();
            if (!author.isEmpty() && municipalityOfPerson(author) != identity.municipalityId)
                return rejected(seq, u"invalid"_s,
                    u"A kept text's author is one of the municipality's participants."_s);
        }
        row->municipalityId = identity.municipalityId;
        return applyFields(mutation, row);
    }
    if (entity == Records::Place::entity) {
        if (!organiser)
            return rejected(seq, u"not_allowed"_s, u"Only organisers change the programme."_s);
        return applyFields(mutation, row);
    }
    if (entity == Records::VenueInfo::entity) {
        if (!organiser)
            return rejected(seq, u"not_allowed"_s, u"Only organisers change the programme."_s);
        if (op == Operation::remove)
            return rejected(seq, u"not_allowed"_s,
                u"What participants need at the venue is changed, never removed."_s);
        return applyFields(mutation, row);
    }
    if (entity == Announcement::entity)
        return decideAnnouncement(identity, mutation, exists, row);
    if (entity == DraftKeptText::entity) {
        if (!organiser || op != Operation::remove)
            return rejected(seq, u"not_allowed"_s,
                u"Texts kept from the draft are made by the server and hidden by organisers."_s);
        return applied(seq);
    }
    if (entity == OrganiserNote::entity)
        return decideComment(identity, mutation, existing, row);
    if (entity == LogCorrection::entity)
        return decideLogCorrection(identity, mutation, exists, row);
    return rejected(seq, u"not_allowed"_s,
        u"Municipalities are added by the server's operator (ews-server add-municipality)."_s);
}

MutationResult SyncStore::decideLogCorrection(
    const Identity &identity, const Mutation &mutation, bool exists, StoredRow *row) const
{
    const qint64 seq = mutation.seq;
    if (mutation.operation != Operation::insert)
        return rejected(seq, u"not_allowed"_s,
            u"A correction is never changed or removed; write another one."_s);
    if (exists)
        return applied(seq); // the same correction sent again
    const auto entry
        = stored(LogEntry::entity, mutation.fields.value(LogCorrection::logEntryId).toString());
    if (!entry || entry->deleted)
        return rejected(seq, u"not_found"_s, u"This log entry does not exist (any more)."_s);
    // Only the person who wrote the entry corrects it, from their municipality's project.
    if (identity.role == Identity::Role::Organiser || identity.contactId.isEmpty()
        || entry->fields.value(LogEntry::authorContactId).toString() != identity.contactId
        || entry->municipalityId != identity.municipalityId)
        return rejected(
            seq, u"not_allowed"_s, u"Only the person who wrote a log entry corrects it."_s);
    const bool withdrawn = mutation.fields.value(LogCorrection::withdrawn).toBool();
    if (!withdrawn && mutation.fields.value(LogCorrection::text).toString().trimmed().isEmpty())
        return rejected(seq, u"invalid"_s, u"The corrected entry needs a text."_s);
    row->fields = mutation.fields;
    // Which project, who and when come from the server, whatever the request says.
    row->fields.insert(LogCorrection::projectId, entry->fields.value(LogEntry::projectId));
    row->fields.insert(LogCorrection::authorContactId, identity.contactId);
    row->fields.insert(
        LogCorrection::correctedAt, QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs));
    row->municipalityId = identity.municipalityId;
    return applied(seq);
}

MutationResult SyncStore::decideAnnouncement(
    const Identity &identity, const Mutation &mutation, bool exists, StoredRow *row) const
{
    const qint64 seq = mutation.seq;
    if (identity.role != Identity::Role::Organiser)
        return rejected(seq, u"not_allowed"_s, u"Only organisers write announcements."_s);
    if (mutation.operation == Operation::update)
        return rejected(seq, u"not_allowed"_s,
            u"An announcement is never changed; withdraw it and write a new one."_s);
    if (mutation.operation == Operation::remove)
        return applied(seq); // withdrawn
    if (exists)
        return applied(seq); // the same announcement sent again
    if (mutation.fields.value(Announcement::text).toString().trimmed().isEmpty())
        return rejected(seq, u"invalid"_s, u"The announcement has no text."_s);
    const QString town = mutation.fields.value(Announcement::municipalityId).toString();
    if (!town.isEmpty() && !rowOf(Municipality::entity, town))
        return rejected(seq, u"invalid"_s, u"There is no such municipality."_s);
    row->fields = mutation.fields;
    // Who wrote it and when come from the server, whatever the request says.
    row->fields.insert(Announcement::authorContactId, identity.contactId);
    row->fields.insert(
        Announcement::publishedAt, QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
    row->municipalityId = town;
    return applied(seq);
}

MutationResult SyncStore::applyFields(const Mutation &mutation, StoredRow *row) const
{
    if (!row->deleted)
        row->fields = merged(row->fields, mutation.fields);
    if (QString problem = RecordCheck::row(mutation.entity, row->fields);
        !row->deleted && !problem.isEmpty())
        return rejected(mutation.seq, u"invalid"_s, problem);
    return applied(mutation.seq);
}

MutationResult SyncStore::decideContact(
    const Identity &identity, const Mutation &mutation, bool exists, StoredRow *row) const
{
    // Everyone changes their own phone, e-mail and what they share; nobody else does.
    static const QSet<QString> ownDetails
        = { Contact::phone, Contact::email, Contact::sharePhone, Contact::shareEmail };
    // What organisers correct in the row of a person who signs in: a participant's name; an
    // organiser's or facilitator's name, function and organisation.
    static const QSet<QString> participantCorrections = { Contact::name };
    static const QSet<QString> staffCorrections
        = { Contact::name, Contact::functionDe, Contact::functionEn, Contact::organisation };
    const auto keys = mutation.fields.keys();
    const auto onlyKeysOf = [&keys](const QSet<QString> &allowed,
                                const QSet<QString> &alsoAllowed = {}) {
        return std::all_of(keys.cbegin(), keys.cend(),
            [&](const QString &key) { return allowed.contains(key) || alsoAllowed.contains(key); });
    };
    const bool own = mutation.id == identity.contactId;
    const bool update = mutation.operation == Operation::update;
    if (update && own && onlyKeysOf(ownDetails))
        return applyFields(mutation, row);
    if (identity.role != Identity::Role::Organiser)
        return rejected(mutation.seq, u"not_allowed"_s, u"You can only change your own details."_s);
    const bool participantRow
        = exists && row->fields.value(Contact::role).toString() == Contact::roleParticipant;
    const bool personRow = participantRow || isPerson(mutation.id);
    // Organisers keep the contacts of the programme (organisers, facilitators, speakers) …
    if (!personRow) {
        if (mutation.operation == Operation::insert && !exists
            && !row->fields.contains(Contact::role))
            row->fields.insert(Contact::role, Contact::roleFacilitator);
        return applyFields(mutation, row);
    }
    // … and correct the names of people who sign in themselves.
    if (update && exists && !row->deleted
        && onlyKeysOf(participantRow ? participantCorrections : staffCorrections,
            own ? ownDetails : QSet<QString>()))
        return applyFields(mutation, row);
    return rejected(mutation.seq, u"not_allowed"_s,
        participantRow
            ? u"Organisers correct a participant's name; the rest is the participant's own."_s
            : u"Only the person changes their own phone, e-mail and sharing."_s);
}

MutationResult SyncStore::decideNote(const Identity &identity, const Mutation &mutation,
    const std::optional<StoredRow> &existing, StoredRow *row) const
{
    // A note is its writer's alone: stored in their private scope, sent to no one else.
    const qint64 seq = mutation.seq;
    const QString owner = existing ? existing->fields.value(DateNote::ownerContactId).toString()
                                   : identity.contactId;
    if (identity.contactId.isEmpty() || owner != identity.contactId)
        return rejected(
            seq, u"not_allowed"_s, u"Notes are private: only their writer changes them."_s);
    // The same answer whether anyone else keeps a note of this id or not: only the
    // writer's own notes are looked at.
    if (mutation.operation == Operation::update && (!existing || existing->deleted))
        return rejected(seq, u"not_found"_s, u"This note does not exist (any more)."_s);
    row->fields = existing ? existing->fields : QJsonObject();
    row->fields.insert(DateNote::ownerContactId, identity.contactId); // never from the request
    row->municipalityId = identity.municipalityId;
    row->deleted = mutation.operation == Operation::remove;
    if (row->deleted && existing && !existing->deleted
        && noteHasFiles(identity.contactId, mutation.id)) {
        // Emptied on a device that had not seen the photos another of the person's devices
        // put on it: the note stays, empty, with them.
        row->deleted = false;
        row->fields.insert(DateNote::text, QString());
        return applied(seq);
    }
    if (row->deleted)
        return applied(seq); // also a removal of a note this store never had (a tombstone)
    if (existing && existing->deleted && mutation.operation == Operation::insert)
        return rejected(seq, u"not_found"_s, u"This note was removed meanwhile."_s);
    // Two devices of one person wrote the same date's note without seeing each other's
    // text: both texts stay in the note.
    const QString stored = existing && !existing->deleted
        ? existing->fields.value(DateNote::text).toString()
        : QString();
    QJsonObject fields = mutation.fields;
    if (fields.contains(DateNote::text)) {
        const QString text = fields.value(DateNote::text).toString();
        if (!stored.trimmed().isEmpty() && stored != mutation.base.value(DateNote::text).toString()
            && stored != text && !text.contains(stored))
            fields.insert(DateNote::text, text + u"\n\n"_s + stored);
    }
    row->fields = merged(row->fields, fields);
    if (QString problem = RecordCheck::row(DateNote::entity, row->fields); !problem.isEmpty())
        return rejected(seq, u"invalid"_s, problem);
    return applied(seq);
}

MutationResult SyncStore::decideComment(const Identity &identity, const Mutation &mutation,
    const std::optional<StoredRow> &existing, StoredRow *row) const
{
    const qint64 seq = mutation.seq;
    if (identity.role != Identity::Role::Organiser)
        return rejected(seq, u"not_allowed"_s, u"Only organisers write comments."_s);
    if (existing && !existing->deleted) {
        if (existing->fields.value(OrganiserNote::authorContactId).toString() != identity.contactId)
            return rejected(seq, u"not_allowed"_s, u"You can only change your own comments."_s);
        if (mutation.fields.contains(OrganiserNote::projectId)
            || mutation.fields.contains(OrganiserNote::stepId))
            return rejected(seq, u"invalid"_s, u"A comment stays where it was written."_s);
        return applyFields(mutation, row);
    }
    // A new comment: on a municipality's project (which may not have been started, or not
    // be back yet after a restore), or on one of its steps.
    const QString projectId = mutation.fields.value(OrganiserNote::projectId).toString();
    const QString municipality = municipalityOfProject(projectId);
    if (municipality.isEmpty())
        return rejected(seq, u"invalid"_s, u"A comment needs the project it is about."_s);
    if (const QString stepId = mutation.fields.value(OrganiserNote::stepId).toString();
        !stepId.isEmpty()) {
        const auto step = stored(Step::entity, stepId);
        if (step && step->fields.value(Step::projectId).toString() != projectId)
            return rejected(seq, u"invalid"_s, u"The step is not part of this project."_s);
    }
    row->municipalityId = municipality;
    row->fields.insert(
        OrganiserNote::authorContactId, identity.contactId); // never from the request
    row->fields.insert(
        OrganiserNote::writtenAt, QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
    return applyFields(mutation, row);
}

MutationResult SyncStore::decideDraft(const Identity &identity, const Mutation &mutation,
    const std::optional<StoredRow> &existing, StoredRow *row) const
{
    const qint64 seq = mutation.seq;
    if (identity.role != Identity::Role::Organiser)
        return rejected(seq, u"not_allowed"_s, u"Only organisers change the programme."_s);
    row->municipalityId.clear();
    row->deleted = mutation.operation == Operation::remove;
    if (row->deleted) {
        // Discarded (also one this store never had, or one a release published meanwhile).
        row->fields = existing ? existing->fields : QJsonObject();
        return applied(seq);
    }
    // An edit starts from the draft, or from the date as published (a draft published
    // meanwhile starts anew): devices send only the fields they changed, so that two
    // organisers changing different fields of one date both keep theirs.
    if (existing && !existing->deleted) {
        row->fields = existing->fields;
    } else if (const auto published = stored(Records::ProgrammeDate::entity, mutation.id);
               published && !published->deleted) {
        row->fields = published->fields;
    }
    row->fields = merged(row->fields, mutation.fields);
    noteAuthors(identity, mutation, &row->fields);
    if (QString problem = RecordCheck::row(DateDraft::entity, row->fields); !problem.isEmpty())
        return rejected(seq, u"invalid"_s, problem);
    return applied(seq);
}

MutationResult SyncStore::publishRelease(
    const Identity &identity, const Mutation &mutation, const std::optional<StoredRow> &existing)
{
    const qint64 seq = mutation.seq;
    if (QString problem = RecordCheck::fields(mutation.entity, mutation.fields); !problem.isEmpty())
        return rejected(seq, u"invalid"_s, problem);
    if (identity.role != Identity::Role::Organiser)
        return rejected(seq, u"not_allowed"_s, u"Only organisers publish the programme."_s);
    if (mutation.operation != Operation::insert)
        return rejected(seq, u"not_allowed"_s, u"A release is never changed or removed."_s);
    if (existing)
        return applied(seq); // published already
    const auto refusal = m_releases.publishDrafts(
        mutation.id, mutation.fields.value(Release::note).toString(), identity.contactId);
    if (!refusal.reason.isEmpty())
        return rejected(seq, refusal.reason, refusal.message);
    // In the same transaction: no release without its entry in the audit log.
    if (!AuditLog(m_db).record(
            AuditLog::organiserActor(identity), u"publish release"_s, mutation.id))
        return rejected(seq, u"retry"_s, u"The server could not store this change now."_s);
    return applied(seq);
}

bool SyncStore::removableBy(const Identity &identity, const QString &entity)
{
    if (identity.role == Identity::Role::Organiser)
        return entity == Records::Place::entity || entity == OrganiserNote::entity
            || entity == Contact::entity || entity == DraftKeptText::entity
            || entity == Announcement::entity || entity == Material::entity;
    return entity == Step::entity || entity == KeptText::entity || entity == Attachment::entity
        || entity == Material::entity;
}

QString SyncStore::municipalityOfProject(const QString &projectId) const
{
    // A project's id follows from its municipality's (Ids::projectIdFor).
    QSqlQuery query(m_db);
    query.prepare(u"SELECT id FROM rows WHERE entity = ? AND deleted = 0"_s);
    query.addBindValue(Municipality::entity);
    query.exec();
    while (query.next()) {
        if (Ids::projectIdFor(query.value(0).toString()) == projectId)
            return query.value(0).toString();
    }
    return {};
}

QString SyncStore::nameOf(const QString &contactId) const
{
    // The name the person gave their contact row, else the one they were invited with.
    if (const auto contact = rowOf(Contact::entity, contactId); contact && !contact->deleted) {
        const QString name = contact->fields.value(Contact::name).toString().trimmed();
        if (!name.isEmpty())
            return name;
    }
    return personColumn(u"name"_s, contactId).value_or(QString());
}

QString SyncStore::municipalityOfPerson(const QString &contactId) const
{
    return personColumn(u"municipality_id"_s, contactId).value_or(QString());
}

bool SyncStore::isPerson(const QString &contactId) const
{
    return personColumn(u"id"_s, contactId).has_value();
}

std::optional<QString> SyncStore::personColumn(
    const QString &column, const QString &contactId) const
{
    // Asked for every contact a first sync sends: prepared once per connection.
    auto query = m_statements.use(u"SELECT %1 FROM people WHERE id = ?"_s.arg(column));
    query->bindValue(0, contactId);
    if (!query->exec() || !query->next())
        return std::nullopt;
    return query->value(0).toString();
}

MutationResult SyncStore::apply(
    const Identity &identity, const QString &clientKey, const Mutation &mutation)
{
    if (!ServerDatabase::beginWriting(m_db))
        return rejected(mutation.seq, u"retry"_s, u"The server could not store this change now."_s);
    QSqlQuery query(m_db);
    query.prepare(u"SELECT last_seq FROM client_mutations WHERE client_key = ?"_s);
    query.addBindValue(clientKey);
    const qint64 lastSeq = query.exec() && query.next() ? query.value(0).toLongLong() : 0;
    query.finish();
    if (mutation.seq <= lastSeq) {
        // Seen before: answer as the first time, change nothing.
        query.prepare(u"SELECT reason, message FROM mutation_rejections "
                      "WHERE client_key = ? AND seq = ?"_s);
        query.addBindValue(clientKey);
        query.addBindValue(mutation.seq);
        const MutationResult earlier = query.exec() && query.next()
            ? rejected(mutation.seq, query.value(0).toString(), query.value(1).toString())
            : applied(mutation.seq);
        query.finish();
        rollbackWrites();
        return earlier;
    }
    // A person's own rows (notes, their photos) are stored under their writer's id: another
    // person's row of the same id is another row, so that no one can take, remove or probe it.
    const QString rowId = storedId(mutation.entity, mutation.id, identity.contactId);
    const auto existing = stored(mutation.entity, rowId);
    StoredRow row;
    // A release writes its rows itself (the dates, the drafts, the release).
    const bool release = mutation.entity == Release::entity;
    MutationResult result = release ? publishRelease(identity, mutation, existing)
                                    : decide(identity, mutation, existing, &row);
    bool ok = result.reason != "retry"_L1;
    if (ok && result.status == "applied"_L1 && !release && !withinQuota(row, existing))
        result = rejected(mutation.seq, u"quota_full"_s,
            u"Your municipality has used all the room the server keeps for it (%1 MB); the "
            "organisers or the operator can help."_s.arg((m_quotaBytes + megabyte - 1) / megabyte));
    if (ok && result.status == "applied"_L1 && existing && !existing->deleted && !release) {
        QList<ReplacedText> replaced;
        for (const auto &[field, text] : unseenTexts(mutation, existing->fields))
            replaced.append({ field, text, existing->fields.value(authorKey(field)).toString() });
        if (!replaced.isEmpty()) {
            ok = keepReplacedTexts(clientKey, mutation, row, replaced);
            result.reason = u"conflict_kept"_s;
            result.message = u"Someone else had changed this text meanwhile; their text is "
                             "kept with the %1."_s.arg(mutation.entity);
        }
    }
    if (ok && result.status == "applied"_L1 && !release
        && !(existing && row.fields == existing->fields && row.deleted == existing->deleted
            && row.municipalityId == existing->municipalityId))
        ok = write(mutation.entity, rowId, row);
    // A removed step's kept texts go with it, on every device.
    if (ok && result.status == "applied"_L1 && row.deleted && mutation.entity == Step::entity)
        ok = removeKeptTextsOf(mutation.id);
    if (ok && result.status == "rejected"_L1) {
        query.prepare(u"INSERT INTO mutation_rejections (client_key, seq, reason, message) "
                      "VALUES (?, ?, ?, ?)"_s);
        query.addBindValue(clientKey);
        query.addBindValue(mutation.seq);
        query.addBindValue(result.reason);
        query.addBindValue(result.message);
        ok = query.exec();
    }
    // The client's position advances in the same transaction as the effect, also for a
    // rejected mutation, so that it never blocks the ones behind it.
    if (ok) {
        query.prepare(u"INSERT INTO client_mutations (client_key, last_seq) VALUES (?, ?) "
                      "ON CONFLICT (client_key) DO UPDATE SET last_seq = excluded.last_seq"_s);
        query.addBindValue(clientKey);
        query.addBindValue(mutation.seq);
        ok = query.exec();
    }
    CrashPoint::reached("sync-before-commit");
    if (!ok || !commitWrites()) {
        rollbackWrites();
        return rejected(mutation.seq, u"retry"_s, u"The server could not store this change now."_s);
    }
    return result;
}

bool SyncStore::keepReplacedTexts(const QString &clientKey, const Mutation &mutation,
    const StoredRow &row, const QList<ReplacedText> &replaced)
{
    // A draft's texts are kept for the organisers, a project's for its participants.
    const bool draft = mutation.entity == DateDraft::entity;
    const QString projectId = mutation.entity == Project::entity
        ? mutation.id
        : row.fields.value(Step::projectId).toString();
    for (const auto &text : replaced) {
        StoredRow record { row.municipalityId, false,
            { { KeptText::keptEntity, mutation.entity }, { KeptText::rowId, mutation.id },
                { KeptText::field, text.field }, { KeptText::text, text.text },
                { KeptText::authorContactId, text.authorContactId },
                { KeptText::replacedAt, QDateTime::currentDateTimeUtc().toString(Qt::ISODate) } } };
        if (!draft)
            record.fields.insert(KeptText::projectId, projectId);
        if (!write(draft ? DraftKeptText::entity : KeptText::entity,
                Ids::conflictIdFor(clientKey, mutation.seq, text.field), record))
            return false;
    }
    return true;
}

bool SyncStore::removeKeptTextsOf(const QString &stepId)
{
    QSqlQuery query(m_db);
    query.prepare(u"SELECT id, municipality_id, fields FROM rows WHERE entity = ? "
                  "AND deleted = 0 AND fields LIKE ?"_s);
    query.addBindValue(KeptText::entity);
    query.addBindValue(u"%\""_s + KeptText::rowId + u"\":\""_s + stepId + u"\"%"_s);
    if (!query.exec())
        return false;
    QList<std::pair<QString, StoredRow>> kept;
    while (query.next()) {
        const StoredRow record { query.value(1).toString(), true,
            QJsonDocument::fromJson(query.value(2).toString().toUtf8()).object() };
        if (record.fields.value(KeptText::rowId).toString() == stepId)
            kept.append({ query.value(0).toString(), record });
    }
    query.finish();
    for (const auto &[id, record] : kept) {
        if (!write(KeptText::entity, id, record))
            return false;
    }
    return true;
}

int SyncStore::purgeTombstones(const QDateTime &before)
{
    if (!ServerDatabase::beginWriting(m_db))
        return -1;
    const auto known = horizons().value_or(QHash<QString, qint64>());
    QSqlQuery query(m_db);
    query.prepare(u"SELECT scope, max(version), count(*) FROM rows WHERE deleted = 1 "
                  "AND changed_at < ? GROUP BY scope"_s);
    query.addBindValue(before.toMSecsSinceEpoch());
    bool ok = query.exec();
    QHash<QString, qint64> forgotten;
    int count = 0;
    while (ok && query.next()) {
        forgotten.insert(query.value(0).toString(),
            qMax(known.value(query.value(0).toString()), query.value(1).toLongLong()));
        count += query.value(2).toInt();
    }
    query.finish();
    for (auto it = forgotten.cbegin(); ok && it != forgotten.cend(); ++it) {
        query.prepare(u"INSERT INTO store_meta (key, value) VALUES (?, ?) "
                      "ON CONFLICT (key) DO UPDATE SET value = excluded.value"_s);
        query.addBindValue(u"horizon:"_s + it.key());
        query.addBindValue(QString::number(it.value()));
        ok = query.exec();
    }
    if (ok) {
        // Forgotten with their contents, known still by record and id (not a person's).
        query.prepare(u"INSERT INTO removed_rows (entity, id) SELECT entity, id FROM rows "
                      "WHERE deleted = 1 AND changed_at < ? AND entity <> ? AND scope NOT LIKE "
                      "'private:%' ON CONFLICT DO NOTHING"_s);
        query.addBindValue(before.toMSecsSinceEpoch());
        query.addBindValue(QString(Contact::entity));
        ok = query.exec();
    }
    if (ok) {
        query.prepare(u"DELETE FROM rows WHERE deleted = 1 AND changed_at < ?"_s);
        query.addBindValue(before.toMSecsSinceEpoch());
        ok = query.exec();
    }
    if (!ok || !m_db.commit()) {
        m_db.rollback();
        return -1;
    }
    // What was removed is not left in SQLite's write-ahead log either (secure_delete, on for
    // the server's SQLite connections, has cleared it in the store's pages).
    if (m_db.driverName() == "QSQLITE"_L1)
        QSqlQuery(m_db).exec(u"PRAGMA wal_checkpoint(TRUNCATE)"_s);
    return count;
}

QByteArray SyncStore::scopeState(const QString &scope) const
{
    QSqlQuery query(m_db);
    query.prepare(u"SELECT max(version), count(*) FROM rows WHERE scope = ?"_s);
    query.addBindValue(scope);
    if (!query.exec() || !query.next())
        return {}; // never the state of a file built: built anew
    return QByteArray::number(query.value(0).toLongLong()) + ':'
        + QByteArray::number(query.value(1).toLongLong());
}

QList<SyncStore::Row> SyncStore::rowsOf(const QString &entity) const
{
    QList<Row> rows;
    QSqlQuery query(m_db);
    query.prepare(u"SELECT id, version, deleted, fields, changed_at FROM rows WHERE entity = ? "
                  "ORDER BY version"_s);
    query.addBindValue(entity);
    query.exec();
    while (query.next()) {
        const qint64 changedAt = query.value(4).toLongLong();
        rows.append(
            { query.value(0).toString(), query.value(1).toLongLong(), query.value(2).toInt() != 0,
                QJsonDocument::fromJson(query.value(3).toString().toUtf8()).object(),
                changedAt > 0 ? QDateTime::fromMSecsSinceEpoch(changedAt, Qt::UTC) : QDateTime() });
    }
    return rows;
}

std::optional<QHash<QString, qint64>> SyncStore::horizons() const
{
    QHash<QString, qint64> result;
    auto query
        = m_statements.use(u"SELECT key, value FROM store_meta WHERE key LIKE 'horizon:%'"_s);
    if (!query->exec())
        return std::nullopt;
    while (query->next())
        result.insert(query->value(0).toString().mid(8), query->value(1).toLongLong());
    return result;
}

std::optional<SyncStore::ScopeVersions> SyncStore::scopeVersions(
    const QStringList &storedScopes) const
{
    ScopeVersions versions;
    QSqlDatabase db = m_db; // the same connection; a read transaction does not change the store
    const bool reading = db.transaction();
    versions.storeVersion = currentVersion();
    const auto horizonsRead = horizons();
    versions.horizons = horizonsRead.value_or(QHash<QString, qint64>());
    auto query = m_statements.use(u"SELECT max(version) FROM rows WHERE scope = ?"_s);
    bool ok = versions.storeVersion >= 0 && horizonsRead;
    for (const QString &scope : storedScopes) {
        query->bindValue(0, scope);
        ok = ok && query->exec() && query->next();
        if (!ok)
            break;
        versions.newest.insert(scope, query->value(0).toLongLong());
    }
    query->finish();
    if (reading)
        db.commit();
    if (!ok)
        return std::nullopt;
    return versions;
}

std::optional<QList<Change>> SyncStore::changesSince(
    const Identity &identity, const QString &scope, qint64 cursor, int limit, bool *more) const
{
    QList<Change> changes;
    QList<qsizetype> contactsToFilter; ///< contacts of others whose details may be withheld
    if (!downloads(identity, scope))
        return changes;
    // Qt reads a text column from SQLite as UTF-16, which SQLite converts from the UTF-8 it
    // stores, and the answer needs UTF-8 again: read as a blob, the stored bytes come as
    // they are (a tenth of a first sync's time on the server).
    static const QString sqlite = u"SELECT entity, id, version, deleted, CAST(fields AS BLOB) "
                                  "FROM rows WHERE scope = ? AND version > ? ORDER BY version "
                                  "LIMIT ?"_s;
    static const QString postgres = u"SELECT entity, id, version, deleted, fields FROM rows "
                                    "WHERE scope = ? AND version > ? ORDER BY version LIMIT ?"_s;
    auto query = m_statements.use(m_db.driverName() == "QSQLITE"_L1 ? sqlite : postgres);
    query->bindValue(0, storedScope(scope, identity.contactId));
    query->bindValue(1, cursor);
    query->bindValue(2, limit + 1);
    if (!query->exec())
        return std::nullopt;
    while (query->next()) {
        if (changes.size() == limit) {
            *more = true;
            break;
        }
        Change change { scope, query->value(2).toLongLong(), query->value(0).toString(),
            query->value(1).toString(), query->value(3).toInt() != 0, {} };
        if (scope == Scope::personal) // stored under its writer's id
            change.id = change.id.mid(change.id.indexOf(u'/') + 1);
        const QByteArray fields = query->value(4).toByteArray(); // UTF-8 from either store
        // A participant's phone and e-mail reach others only if they share them; every other
        // row goes out as stored.
        const bool filtered = change.entity == Contact::entity && change.id != identity.contactId
            && identity.role != Identity::Role::Organiser;
        if (!filtered && !change.deleted)
            change.storedFields = fields;
        if (filtered) {
            change.fields = QJsonDocument::fromJson(fields).object();
            if (!change.deleted)
                contactsToFilter.append(changes.size());
        }
        // An announcement for one municipality reaches nobody else: to the others it is a
        // row they never had (their cursor moves on, nothing of it is sent).
        if (change.entity == Announcement::entity && identity.role != Identity::Role::Organiser
            && !change.deleted) {
            const QString town = QJsonDocument::fromJson(fields)
                                     .object()
                                     .value(Announcement::municipalityId)
                                     .toString();
            if (!town.isEmpty() && town != identity.municipalityId) {
                change.deleted = true;
                change.storedFields.clear();
            }
        }
        if (change.deleted)
            change.fields = {};
        changes.append(change);
    }
    // A person's own details are shared only when they chose to; a contact of the programme
    // (published by its organisers) is shared unless said otherwise. (Asked once the rows are
    // read: PostgreSQL takes no second statement while one still hands out rows.)
    query->finish();
    for (const qsizetype index : std::as_const(contactsToFilter)) {
        Change &contact = changes[index];
        const bool published = !isPerson(contact.id);
        QJsonObject fields = contact.fields.toObject();
        if (!fields.value(Contact::sharePhone).toBool(published))
            fields.remove(Contact::phone);
        if (!fields.value(Contact::shareEmail).toBool(published))
            fields.remove(Contact::email);
        contact.fields = fields;
    }
    return changes;
}

bool SyncStore::withinQuota(const StoredRow &row, const std::optional<StoredRow> &existing)
{
    if (m_quotaBytes <= 0 || row.deleted || row.municipalityId.isEmpty())
        return true;
    const auto size = [](const QJsonObject &fields) {
        return qint64(QJsonDocument(fields).toJson(QJsonDocument::Compact).size());
    };
    const qint64 growth = size(row.fields) - (existing ? size(existing->fields) : 0);
    if (growth <= 0)
        return true; // what gets smaller is always taken
    auto used = m_usage.find(row.municipalityId);
    if (used == m_usage.end()) {
        QSqlQuery query(m_db);
        query.prepare(u"SELECT coalesce(sum(length(fields)), 0) FROM rows "
                      "WHERE municipality_id = ?"_s);
        query.addBindValue(row.municipalityId);
        if (!query.exec() || !query.next())
            return true; // a failing read fails the write after it
        used = m_usage.insert(row.municipalityId, query.value(0).toLongLong());
    }
    if (*used + growth > m_quotaBytes)
        return false;
    *used += growth;
    return true;
}

std::optional<SyncResponse> SyncStore::sync(const Identity &identity, const SyncRequest &request)
{
    m_usage.clear(); // read again: other instances write too
    SyncResponse response;
    response.storeId = m_storeId;
    // A client id is only ever one device's: the token's device is part of the key.
    const QString clientKey = identity.deviceId + u'/' + request.clientId;
    // A change that could not be stored now holds back the ones behind it: the client's
    // position (the last sequence number applied) must never pass a change still to come,
    // or that change, sent again, would be taken for one seen before and never stored.
    bool holdBack = false;
    for (const auto &mutation : request.mutations) {
        const MutationResult result = holdBack
            ? rejected(mutation.seq, u"retry"_s, u"The server could not store this change now."_s)
            : apply(identity, clientKey, mutation);
        holdBack = holdBack || result.reason == "retry"_L1;
        response.results.append(result);
    }
    // One read transaction for what the answer reads: a consistent view, and one lock
    // instead of one per statement.
    const bool reading = m_db.transaction();
    const auto finishReading = qScopeGuard([&] {
        if (reading)
            m_db.commit();
    });
    response.storeVersion = currentVersion();
    const auto horizonsRead = horizons();
    if (response.storeVersion < 0 || !horizonsRead)
        return std::nullopt;
    response.horizons = horizonsFor(*horizonsRead, identity.contactId);
    int budget = request.limit;
    for (const auto &scope : SyncRequest::scopes()) {
        const qint64 cursor = request.cursors.value(scope, 0);
        bool more = false;
        const auto changes = changesSince(identity, scope, cursor, budget, &more);
        if (!changes)
            return std::nullopt;
        response.changes += *changes;
        response.cursors.insert(scope, changes->isEmpty() ? cursor : changes->last().version);
        budget -= int(changes->size());
        response.more
            = response.more || more || (budget <= 0 && scope != SyncRequest::scopes().last());
        if (budget <= 0)
            break;
    }
    return response;
}
