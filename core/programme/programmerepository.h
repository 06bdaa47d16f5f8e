// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "programmefile.h"
#include "statementcache.h"

#include <QHash>
#include <QJsonObject>
#include <QSqlDatabase>

class Database;

/// Owns the SQL of the programme: its dates, places, and the organisers' contacts.
class ProgrammeRepository
{
public:
    explicit ProgrammeRepository(Database &database);

    /// Stores a programme file's content in one transaction: dates and places that are no longer
    /// in the file are removed, the others updated; organisers' contacts are updated.
    bool replace(const ProgrammeData &data, QString *error);
    bool isEmpty() const;
    /// A fingerprint of the programme file the dates were last imported from.
    QString importedFileHash() const;
    bool setImportedFileHash(const QString &hash);

    /// Ordered by start; a cancelled date only until the participant has seen it, unless
    /// @p withSeenCancellations (calendar files must say a date is cancelled).
    QList<ProgrammeDate> events(bool withSeenCancellations = false) const;
    /// The participant has seen a change: the mark goes (a cancelled date leaves the lists).
    bool markSeen(const QString &eventId);
    QHash<QString, Place> places() const;

    /// Stores a date as the server sends it, at the server's @p version of it (the date's
    /// SEQUENCE in calendars, the same as in the server's calendar feed); a moved or new date
    /// is marked so until seen, a removed one is kept as cancelled until seen.
    bool applyIncomingDate(
        const QString &id, bool deleted, const QJsonObject &fields, qint64 version);
    /// Stores a place as the server sends it; a removed place that a date still names stays.
    bool applyIncomingPlace(const QString &id, bool deleted, const QJsonObject &fields);

private:
    QSqlDatabase m_db;
    StatementCache m_statements { m_db };
};
