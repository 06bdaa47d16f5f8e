// SPDX-License-Identifier: GPL-3.0-or-later
// The records that carry a file: photos and files on a project's log entries and steps, and
// the programme's pool of materials. A record names its file by its SHA-256 and may do so
// only once its own device sent the file whole (FileStore): no one gains a file's contents by
// naming a hash they heard of, and no record points at a file the store lacks.
#include "filestore.h"
#include "ids.h"
#include "recordcheck.h"
#include "records.h"
#include "syncstore.h"

#include <QDateTime>
#include <QJsonDocument>

using namespace Qt::StringLiterals;
using namespace Records;

namespace {
QString now()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
}
}

std::optional<MutationResult> SyncStore::fileNotReceived(
    const Identity &identity, const Mutation &mutation) const
{
    const QString hash = mutation.fields.value(FileFields::hash).toString();
    const auto received = m_files ? m_files->receivedFrom(identity.deviceId, hash) : std::nullopt;
    if (!received)
        return MutationResult::rejected(mutation.seq, u"file_missing"_s,
            u"The server does not have this file whole from this device: send the file first."_s);
    if (received->size != mutation.fields.value(FileFields::size).toInteger()
        || received->mediaType != mutation.fields.value(FileFields::mediaType).toString())
        return MutationResult::rejected(mutation.seq, u"invalid"_s,
            u"The size and kind named differ from the file that was sent."_s);
    return std::nullopt;
}

MutationResult SyncStore::removal(const Identity &identity, qint64 seq,
    const std::optional<StoredRow> &existing, StoredRow *row, bool allowed, const QString &refusal)
{
    if (!existing) { // removed on a device before a restore lost the row: it stays removed
        row->deleted = true;
        row->municipalityId = identity.municipalityId;
        return MutationResult::applied(seq);
    }
    if (existing->deleted) { // removed already: stays as it is
        *row = *existing;
        return MutationResult::applied(seq);
    }
    if (!allowed)
        return MutationResult::rejected(seq, u"not_allowed"_s, refusal);
    *row = *existing;
    row->deleted = true;
    return MutationResult::applied(seq);
}

MutationResult SyncStore::decideAttachment(const Identity &identity, const Mutation &mutation,
    const std::optional<StoredRow> &existing, StoredRow *row) const
{
    const qint64 seq = mutation.seq;
    const QString &op = mutation.operation;
    const bool exists = existing && !existing->deleted;
    if (op == Operation::update)
        return MutationResult::rejected(
            seq, u"not_allowed"_s, u"An attachment is never changed; remove it and add another."_s);
    if (op == Operation::remove) {
        if (identity.role == Identity::Role::Organiser)
            return MutationResult::rejected(
                seq, u"not_allowed"_s, u"Only the person who added a file removes it."_s);
        return removal(identity, seq, existing, row,
            existing
                && existing->fields.value(Attachment::authorContactId).toString()
                    == identity.contactId,
            u"Only the person who added a file removes it."_s);
    }
    if (existing && existing->deleted)
        return MutationResult::rejected(
            seq, u"not_found"_s, u"This attachment was removed meanwhile."_s);
    if (exists) { // the same attachment sent again (after a restore, say): it stays as it is
        *row = *existing;
        return MutationResult::applied(seq);
    }
    if (identity.role == Identity::Role::Organiser)
        return MutationResult::rejected(seq, u"not_allowed"_s,
            u"Only the participants of a municipality add files to its project."_s);
    if (QString problem = RecordCheck::row(mutation.entity, mutation.fields); !problem.isEmpty())
        return MutationResult::rejected(seq, u"invalid"_s, problem);
    // What it belongs to must be a log entry or step of the asking participant's project.
    const bool onEntry = !mutation.fields.value(Attachment::logEntryId).toString().isEmpty();
    const auto parent = stored(onEntry ? LogEntry::entity : Step::entity,
        mutation.fields.value(onEntry ? Attachment::logEntryId : Attachment::stepId).toString());
    if (!parent || parent->deleted)
        return MutationResult::rejected(seq, u"not_found"_s,
            onEntry ? u"This log entry does not exist (any more)."_s
                    : u"This step does not exist (any more)."_s);
    const QString project = parent->fields.value(Step::projectId).toString();
    if (parent->municipalityId != identity.municipalityId
        || project != Ids::projectIdFor(identity.municipalityId))
        return MutationResult::rejected(
            seq, u"not_allowed"_s, u"You can only add files to your own municipality's project."_s);
    if (const auto missing = fileNotReceived(identity, mutation))
        return *missing;
    row->fields = mutation.fields;
    row->fields.insert(Attachment::projectId, project);
    row->fields.insert(Attachment::authorContactId, identity.contactId);
    row->fields.insert(Attachment::addedAt, now());
    row->municipalityId = identity.municipalityId;
    row->deleted = false;
    return MutationResult::applied(seq);
}

bool SyncStore::noteHasFiles(const QString &contactId, const QString &noteId) const
{
    // Among the person's own rows only. LIKE finds the candidates by the note's id as the
    // record stores it (compact JSON); an id's "_" is a wildcard there, so each candidate's
    // note is read back and compared.
    auto query = m_statements.use(u"SELECT fields FROM rows WHERE scope = ? AND "
                                  "entity = ? AND deleted = 0 AND fields LIKE ?"_s);
    query->bindValue(0, storedScope(Scope::personal, contactId));
    query->bindValue(1, QString(NoteAttachment::entity));
    query->bindValue(
        2, u"%\"%1\":\"%2\"%"_s.arg(QLatin1StringView(NoteAttachment::noteId), noteId));
    bool has = false;
    if (query->exec()) {
        while (!has && query->next())
            has = QJsonDocument::fromJson(query->value(0).toByteArray())
                      .object()
                      .value(NoteAttachment::noteId)
                      .toString()
                == noteId;
    }
    query->finish();
    return has;
}

MutationResult SyncStore::decideNoteAttachment(const Identity &identity, const Mutation &mutation,
    const std::optional<StoredRow> &existing, StoredRow *row) const
{
    // Stored under its owner's id (storedId): @p existing is always the asking person's own.
    const qint64 seq = mutation.seq;
    const QString &op = mutation.operation;
    if (identity.contactId.isEmpty())
        return MutationResult::rejected(
            seq, u"not_allowed"_s, u"Notes and their files are a person's own."_s);
    row->municipalityId = identity.municipalityId;
    if (op == Operation::update)
        return MutationResult::rejected(
            seq, u"not_allowed"_s, u"An attachment is never changed; remove it and add another."_s);
    if (op == Operation::remove) {
        *row = existing ? *existing : StoredRow { identity.municipalityId, true, {} };
        row->fields.insert(NoteAttachment::ownerContactId, identity.contactId);
        row->deleted = true;
        return MutationResult::applied(seq);
    }
    if (existing && existing->deleted)
        return MutationResult::rejected(
            seq, u"not_found"_s, u"This attachment was removed meanwhile."_s);
    if (existing) { // the same attachment sent again (after a restore, say): it stays as it is
        *row = *existing;
        return MutationResult::applied(seq);
    }
    if (QString problem = RecordCheck::row(mutation.entity, mutation.fields); !problem.isEmpty())
        return MutationResult::rejected(seq, u"invalid"_s, problem);
    const QString noteId = mutation.fields.value(NoteAttachment::noteId).toString();
    const auto note
        = stored(DateNote::entity, storedId(DateNote::entity, noteId, identity.contactId));
    if (!note || note->deleted)
        return MutationResult::rejected(
            seq, u"not_found"_s, u"This note does not exist (any more)."_s);
    if (const auto missing = fileNotReceived(identity, mutation))
        return *missing;
    row->fields = mutation.fields;
    row->fields.insert(NoteAttachment::ownerContactId, identity.contactId);
    row->fields.insert(NoteAttachment::addedAt, now());
    row->deleted = false;
    return MutationResult::applied(seq);
}

MutationResult SyncStore::decideMaterial(const Identity &identity, const Mutation &mutation,
    const std::optional<StoredRow> &existing, StoredRow *row) const
{
    const qint64 seq = mutation.seq;
    const QString &op = mutation.operation;
    const bool organiser = identity.role == Identity::Role::Organiser;
    const bool exists = existing && !existing->deleted;
    const bool own = exists
        && existing->fields.value(Material::authorContactId).toString() == identity.contactId;
    if (identity.contactId.isEmpty())
        return MutationResult::rejected(
            seq, u"not_allowed"_s, u"Materials are posted by the programme's people."_s);
    if (op == Operation::remove) {
        return removal(identity, seq, existing, row, own || organiser,
            u"A material is removed by the person who posted it or by organisers."_s);
    }
    if (existing && existing->deleted)
        return MutationResult::rejected(
            seq, u"not_found"_s, u"This material was removed meanwhile."_s);
    if (op == Operation::insert && exists) { // the same material sent again: it stays as it is
        *row = *existing;
        return MutationResult::applied(seq);
    }
    if (op == Operation::update) {
        if (!exists)
            return MutationResult::rejected(
                seq, u"not_found"_s, u"This material does not exist (any more)."_s);
        if (!own && !organiser)
            return MutationResult::rejected(seq, u"not_allowed"_s,
                u"A material is changed by the person who posted it or by organisers."_s);
        for (const auto field :
            { FileFields::hash, FileFields::size, FileFields::mediaType, FileFields::fileName }) {
            if (mutation.fields.contains(field)
                && mutation.fields.value(field) != existing->fields.value(field))
                return MutationResult::rejected(seq, u"invalid"_s,
                    u"A material's file stays as posted; post the new file as a material of "
                    "its own."_s);
        }
        *row = *existing;
        for (auto it = mutation.fields.begin(); it != mutation.fields.end(); ++it)
            row->fields.insert(it.key(), it.value());
        if (QString problem = RecordCheck::row(mutation.entity, row->fields); !problem.isEmpty())
            return MutationResult::rejected(seq, u"invalid"_s, problem);
        return MutationResult::applied(seq);
    }
    if (QString problem = RecordCheck::row(mutation.entity, mutation.fields); !problem.isEmpty())
        return MutationResult::rejected(seq, u"invalid"_s, problem);
    if (!mutation.fields.value(FileFields::hash).toString().isEmpty()) {
        if (const auto missing = fileNotReceived(identity, mutation))
            return *missing;
    }
    row->fields = mutation.fields;
    row->fields.insert(Material::authorContactId, identity.contactId);
    row->fields.insert(Material::authorName, nameOf(identity.contactId));
    row->fields.insert(Material::addedAt, now());
    row->municipalityId = identity.municipalityId;
    row->deleted = false;
    return MutationResult::applied(seq);
}
