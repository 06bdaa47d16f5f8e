// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

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
    /// Saves the note on @p eventId; an empty text removes it. A new note's id follows from
    /// @p contactId, so that the person's devices write the same note.
    bool save(const QString &contactId, const QString &eventId, const QString &text,
        const QString &stepId, const QDateTime &now);

    /// Stores the person's note as the server sends it (from another of their devices).
    bool applyIncoming(
        const QString &id, bool deleted, const QJsonObject &fields, const QDateTime &now);

private:
    QSqlDatabase m_db;
    StatementCache m_statements { m_db };
};
