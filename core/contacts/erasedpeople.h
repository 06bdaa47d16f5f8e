// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "statementcache.h"

#include <QSqlDatabase>

class Database;

/// People the server erased (Records::Erasure): the device drops their contact row and every
/// mention of their id, and keeps only the list of erasures (hashes of ids, never the ids).
/// What they wrote into a project stays, without author ("former participant" on screen).
class ErasedPeople
{
public:
    explicit ErasedPeople(Database &database);

    /// Applies erasure @p key (the SHA-256 of the person's id, in hex); false if the replica
    /// could not be written.
    bool apply(const QString &key);
    /// Whether apply() erased someone since this object was made (the caller then wipes the
    /// write-ahead log after its commit).
    bool erasedSomeone() const { return m_erasedSomeone; }

private:
    QSqlDatabase m_db;
    StatementCache m_statements;
    bool m_erasedSomeone = false;
};
