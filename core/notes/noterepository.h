// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "rowfields.h"
#include "statementcache.h"

#include <QDateTime>
#include <QJsonObject>
#include <QSqlDatabase>

#include <optional>

class Database;

/// A person's own note on a date, linked to a step of their project or not.
struct DateNote
{
    QString id;
    QString eventId;
    QString stepId;
    QString text;
};

/// Owns the SQL of the notes on dates: a device holds the notes of the person it belongs to.
/// Every save goes into the change history in the same transaction, to reach the person's
/// other devices.
class NoteRepository
{
public:
    explicit NoteRepository(Database &database);

    std::optional<DateNote> note(const QString &eventId) const;
    /// The notes that point to the step @p stepId.
    QList<DateNote> notesOnStep(const QString &stepId) const;
    /// Saves the note on @p eventId; an empty text removes it, unless photos or files are on
    /// it (then it stays, empty). A new note's id follows from @p contactId, so that the
    /// person's devices write the same note.
    bool save(const QString &contactId, const QString &eventId, const QString &text,
        const QString &stepId, const QDateTime &now);
    /// The id of the note on @p eventId, saved empty first if there is none, for a photo or
    /// file to be put on it; empty on failure.
    QString noteForFiles(const QString &contactId, const QString &eventId, const QDateTime &now);

    /// Stores the person's note as the server sends it (from another of their devices).
    bool applyIncoming(
        const QString &id, bool deleted, const RowFields &fields, const QDateTime &now);

private:
    /// Whether photos or files are on note @p noteId (table note_attachments, FileRecords').
    bool hasFiles(const QString &noteId) const;
    /// Writes the note, new or changed, with the change for the person's other devices.
    bool write(const std::optional<DateNote> &before, const QString &contactId,
        const QString &eventId, const QString &text, const QString &stepId, const QDateTime &now);

    QSqlDatabase m_db;
    StatementCache m_statements { m_db };
};
