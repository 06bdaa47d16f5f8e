// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "programmefile.h"
#include "rowfields.h"
#include "statementcache.h"

#include <QHash>
#include <QJsonObject>
#include <QSqlDatabase>

#include <optional>

class Database;

/// Owns the SQL of the programme: its dates, places, and the organisers' contacts.
class ProgrammeRepository
{
public:
    explicit ProgrammeRepository(Database &database);

    /// Stores a programme file's content in one transaction: dates by id (a date the file no
    /// longer lists stays, a cancelled one stays cancelled), places and organisers' contacts
    /// updated, those the file no longer names removed.
    bool replace(const ProgrammeData &data, QString *error);
    bool isEmpty() const;
    /// A fingerprint of the programme file the dates were last imported from.
    QString importedFileHash() const;
    bool setImportedFileHash(const QString &hash);

    /// Every date ordered by start, cancelled ones too (they stay, shown as cancelled).
    QList<ProgrammeDate> events() const;
    /// The published date @p id, without the marks of what the participant has seen.
    std::optional<ProgrammeDate> event(const QString &id) const;
    /// The participant has seen a change: the mark goes.
    bool markSeen(const QString &eventId);
    QHash<QString, Place> places() const;

    /// Stores a date as the server sends it, at the server's @p version of it (the date's
    /// SEQUENCE in calendars, the same as in the server's calendar feed); a new, moved,
    /// confirmed, cancelled or reinstated date is marked so until seen.
    bool applyIncomingDate(
        const QString &id, bool deleted, const RowFields &fields, qint64 version);
    /// Stores a place as the server sends it; a removed place that a date still names stays.
    bool applyIncomingPlace(const QString &id, bool deleted, const RowFields &fields);

private:
    QSqlDatabase m_db;
    mutable StatementCache m_statements { m_db };
};
