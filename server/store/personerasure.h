// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QSqlDatabase>
#include <QString>

class SyncStore;

/// Erases a person from the store (GDPR Art. 17), inside a transaction the caller opened:
/// their sign-in, devices, invitations, calendar address, contact row and own notes are
/// deleted outright (no tombstone names them); what they wrote into their municipality's
/// project stays with the author left empty ("former participant" on screen), or is removed
/// too; every other mention of their id is cleared. An erasure row named by the hash of the
/// id tells every device to drop what it holds of them, and is the list a restored store is
/// erased again from (AccessStore::replay).
class PersonErasure
{
public:
    explicit PersonErasure(SyncStore &rows);

    /// What happens to the texts the person wrote into shared projects.
    enum class Writings {
        KeepWithoutAuthor, ///< log entries, kept texts, organisers' notes stay, authorless
        Remove, ///< removed like any row (a tombstone without content)
    };

    /// The key an erased person is listed under: the SHA-256 of their id, in hex.
    static QString keyOf(const QString &personId);
    /// How logs name an erased person: "erased " and the start of their key.
    static QString erasedName(const QString &personId);

    /// Erases person @p personId; false if the store could not be written (the caller rolls
    /// back). Erasing someone the store does not know only lists them.
    bool erase(const QString &personId, Writings writings);
    /// Erases again every person or contact in the store whose key is in @p keys (a store
    /// restored from a backup made before they were erased). Returns how many were found, or
    /// -1 if the store could not be written.
    int eraseAgain(const QHash<QString, Writings> &keys);

    /// Makes what was deleted unreadable in the store's files (SQLite: the write-ahead log
    /// truncated; PostgreSQL: the tables vacuumed). Outside any transaction.
    static void wipeFreedSpace(QSqlDatabase db);

private:
    bool run(const QString &sql, const QVariantList &values);
    /// Removes (or clears the author of) every row person @p personId wrote.
    bool handleWritings(const QString &personId, Writings writings);
    /// Clears every remaining field that holds @p personId (and an author's name with it).
    bool clearMentions(const QString &personId);

    SyncStore &m_rows;
    QSqlDatabase m_db;
};
