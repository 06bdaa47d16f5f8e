// SPDX-License-Identifier: GPL-3.0-or-later
#include "noterepository.h"

#include "changelog.h"
#include "database.h"
#include "ids.h"
#include "incomingrow.h"
#include "records.h"
#include "transaction.h"

#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;
namespace Note = Records::DateNote;

NoteRepository::NoteRepository(Database &database)
    : m_db(database.connection())
{
}

std::optional<DateNote> NoteRepository::note(const QString &eventId) const
{
    QSqlQuery query(m_db);
    query.prepare(u"SELECT id, event_id, step_id, text FROM notes WHERE event_id = ? "
                  "ORDER BY updated_at DESC LIMIT 1"_s);
    query.addBindValue(eventId);
    if (!query.exec() || !query.next())
        return std::nullopt;
    return DateNote { query.value(0).toString(), query.value(1).toString(),
        query.value(2).toString(), query.value(3).toString() };
}

QList<DateNote> NoteRepository::notesOnStep(const QString &stepId) const
{
    QList<DateNote> notes;
    QSqlQuery query(m_db);
    query.prepare(u"SELECT id, event_id, step_id, text FROM notes WHERE step_id = ? AND "
                  "step_id != '' ORDER BY updated_at"_s);
    query.addBindValue(stepId);
    if (!query.exec())
        return notes;
    while (query.next())
        notes.append({ query.value(0).toString(), query.value(1).toString(),
            query.value(2).toString(), query.value(3).toString() });
    return notes;
}

bool NoteRepository::hasFiles(const QString &noteId) const
{
    QSqlQuery query(m_db);
    query.prepare(u"SELECT 1 FROM note_attachments WHERE note_id = ? LIMIT 1"_s);
    query.addBindValue(noteId);
    return query.exec() && query.next();
}

bool NoteRepository::save(const QString &contactId, const QString &eventId, const QString &text,
    const QString &stepId, const QDateTime &now)
{
    const auto before = note(eventId);
    // An emptied note goes, unless photos or files are on it: they keep it, empty.
    const bool removing = text.trimmed().isEmpty() && !(before && hasFiles(before->id));
    if (!removing) {
        if (before && before->text == text && before->stepId == stepId)
            return true;
        return write(before, contactId, eventId, text, stepId, now);
    }
    if (!before)
        return true;
    Transaction transaction(m_db);
    if (!transaction.isActive()) {
        qWarning("notes: %s", qPrintable(m_db.lastError().text()));
        return false;
    }
    QSqlQuery query(m_db);
    query.prepare(u"DELETE FROM notes WHERE id = ?"_s);
    query.addBindValue(before->id);
    return query.exec()
        && ChangeLog(m_db).record(Note::entity, before->id, Records::Operation::remove, {}, now)
        && transaction.commit();
}

QString NoteRepository::noteForFiles(
    const QString &contactId, const QString &eventId, const QDateTime &now)
{
    if (const auto before = note(eventId))
        return before->id;
    return write(std::nullopt, contactId, eventId, {}, {}, now) ? Ids::noteIdFor(contactId, eventId)
                                                                : QString();
}

bool NoteRepository::write(const std::optional<DateNote> &before, const QString &contactId,
    const QString &eventId, const QString &text, const QString &stepId, const QDateTime &now)
{
    Transaction transaction(m_db);
    if (!transaction.isActive()) {
        qWarning("notes: %s", qPrintable(m_db.lastError().text()));
        return false;
    }
    QSqlQuery query(m_db);
    ChangeLog changes(m_db);
    const QString id = before ? before->id : Ids::noteIdFor(contactId, eventId);
    query.prepare(u"INSERT INTO notes (id, event_id, step_id, text, updated_at) VALUES (?,?,?,?,?) "
                  "ON CONFLICT(id) DO UPDATE SET step_id = excluded.step_id, "
                  "text = excluded.text, updated_at = excluded.updated_at"_s);
    query.addBindValue(id);
    query.addBindValue(eventId);
    query.addBindValue(stepId.isEmpty() ? u""_s : stepId); // not NULL
    query.addBindValue(text.isNull() ? u""_s : text); // not NULL
    query.addBindValue(now.toMSecsSinceEpoch());
    if (!query.exec()) {
        qWarning("notes: %s", qPrintable(query.lastError().text()));
        return false;
    }
    // Only what changed, with the text it replaced: the server keeps both texts if another
    // device of the person changed it meanwhile.
    QJsonObject payload;
    QJsonObject base;
    if (!before) {
        payload = { { Note::eventId, eventId }, { Note::stepId, stepId }, { Note::text, text } };
    } else {
        if (before->text != text) {
            payload.insert(Note::text, text);
            base.insert(Note::text, before->text);
        }
        if (before->stepId != stepId)
            payload.insert(Note::stepId, stepId);
    }
    return changes.record(Note::entity, id,
               before ? Records::Operation::update : Records::Operation::insert, payload, now, base)
        && transaction.commit();
}

bool NoteRepository::applyIncoming(
    const QString &id, bool deleted, const RowFields &fields, const QDateTime &now)
{
    using namespace IncomingRow;
    if (deleted)
        return m_statements.run(u"DELETE FROM notes WHERE id = ?"_s, { id });
    return m_statements.run(
        u"INSERT INTO notes (id, event_id, step_id, text, updated_at) VALUES (?,?,?,?,?) "
        "ON CONFLICT(id) DO UPDATE SET step_id = excluded.step_id, text = excluded.text, "
        "updated_at = excluded.updated_at"_s,
        { id, text(fields, Records::DateNote::eventId), text(fields, Records::DateNote::stepId),
            text(fields, Records::DateNote::text), now.toMSecsSinceEpoch() });
}
