// SPDX-License-Identifier: GPL-3.0-or-later
// AccessStore: its decisions written to the access journal, and applied again from it after
// a restore (docs/operating.md, "Backup and restore").
#include "accessjournal.h"
#include "accessstore.h"
#include "serverdatabase.h"

#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>

using namespace Qt::StringLiterals;

namespace {
/// The access tables as the journal keeps them: each one's key, its columns, and the flags
/// that only ever go from 0 to 1 (a revocation, a code used or ended stays, whatever a
/// restored backup says).
struct JournalTable
{
    QString key;
    QStringList columns;
    QStringList flags;
};

const QHash<QString, JournalTable> &journalTables()
{
    static const QHash<QString, JournalTable> tables {
        { u"people"_s,
            { u"id"_s, { u"id"_s, u"role"_s, u"municipality_id"_s, u"name"_s, u"revoked"_s },
                { u"revoked"_s } } },
        { u"invitations"_s,
            { u"code_hash"_s,
                { u"code_hash"_s, u"person_id"_s, u"used"_s, u"created_at"_s, u"expires_at"_s,
                    u"ended"_s },
                { u"used"_s, u"ended"_s } } },
        { u"devices"_s,
            { u"id"_s,
                { u"id"_s, u"person_id"_s, u"token_hash"_s, u"name"_s, u"revoked"_s,
                    u"created_at"_s },
                { u"revoked"_s } } },
    };
    return tables;
}
}

void AccessStore::setJournal(AccessJournal *journal)
{
    m_journal = journal;
}

bool AccessStore::journalRows(const QString &table, const QString &column, const QString &value)
{
    if (!m_journal)
        return true;
    const JournalTable &known = journalTables()[table];
    QSqlQuery query(m_db);
    query.prepare(
        u"SELECT %1 FROM %2 WHERE %3 = ?"_s.arg(known.columns.join(u", "_s), table, column));
    query.addBindValue(value);
    if (!query.exec())
        return false;
    bool ok = true;
    while (query.next()) {
        QJsonObject row;
        for (int i = 0; i < known.columns.size(); ++i)
            row.insert(known.columns.at(i), QJsonValue::fromVariant(query.value(i)));
        ok = m_journal->record({ { u"at"_s, QDateTime::currentDateTimeUtc().toString(Qt::ISODate) },
                 { u"table"_s, table }, { u"row"_s, row } })
            && ok;
    }
    return ok;
}

bool AccessStore::journalSyncRow(const QString &entity, const QString &id)
{
    if (!m_journal)
        return true;
    const auto row = m_rows.rowOf(entity, id);
    if (!row)
        return false;
    QSqlQuery query(m_db);
    query.prepare(u"SELECT municipality_id FROM rows WHERE entity = ? AND id = ?"_s);
    query.addBindValue(entity);
    query.addBindValue(id);
    const QString municipality
        = query.exec() && query.next() ? query.value(0).toString() : QString();
    return m_journal->record({ { u"at"_s, QDateTime::currentDateTimeUtc().toString(Qt::ISODate) },
        { u"table"_s, u"rows"_s },
        { u"row"_s,
            QJsonObject { { u"entity"_s, entity }, { u"id"_s, id },
                { u"municipality_id"_s, municipality }, { u"fields"_s, row->fields } } } });
}

int AccessStore::replay(AccessJournal &journal, QString *error)
{
    int skipped = 0;
    const auto entries = journal.entries(&skipped);
    int applied = 0;
    if (!ServerDatabase::beginWriting(m_db)) {
        *error = u"The store is busy."_s;
        return -1;
    }
    QSqlQuery query(m_db);
    QHash<QString, PersonErasure::Writings> erased;
    for (const auto &entry : entries) {
        const QString table = entry.value("table"_L1).toString();
        const QJsonObject row = entry.value("row"_L1).toObject();
        if (table == "erasures"_L1) {
            erased.insert(row.value("key"_L1).toString(),
                row.value("writings"_L1).toString() == "removed"_L1
                    ? PersonErasure::Writings::Remove
                    : PersonErasure::Writings::KeepWithoutAuthor);
            continue;
        }
        if (table == "rows"_L1) {
            // A municipality or a contact the decision made: stored again if the store lacks
            // it (a newer version of it, from the devices, wins).
            const QString entity = row.value("entity"_L1).toString();
            const QString id = row.value("id"_L1).toString();
            if (!m_rows.rowOf(entity, id)) {
                if (!m_rows.storeRowInTransaction(entity, id,
                        row.value("municipality_id"_L1).toString(),
                        row.value("fields"_L1).toObject())) {
                    *error = u"A row of the journal could not be stored again."_s;
                    m_rows.rollbackWrites();
                    return -1;
                }
                ++applied;
            }
            continue;
        }
        if (!journalTables().contains(table))
            continue; // written by a newer server; it applies it itself
        const JournalTable &known = journalTables()[table];
        // A row the store lacks is added as it was; of a row it has, only the flags that
        // go one way are taken (several instances' journals may hold older copies of a row,
        // and none may undo what another decided).
        QStringList updates;
        for (const QString &flag : known.flags)
            updates.append(
                u"%1 = CASE WHEN %2.%1 > excluded.%1 THEN %2.%1 ELSE excluded.%1 END"_s.arg(
                    flag, table));
        QStringList marks(known.columns.size(), u"?"_s);
        query.prepare(u"INSERT INTO %1 (%2) VALUES (%3) ON CONFLICT (%4) DO UPDATE SET %5"_s.arg(
            table, known.columns.join(u", "_s), marks.join(u", "_s), known.key,
            updates.join(u", "_s)));
        for (const QString &column : known.columns)
            query.addBindValue(row.value(column).toVariant());
        if (!query.exec()) {
            *error = u"A decision of the journal could not be applied again: %1"_s.arg(
                query.lastError().text());
            m_rows.rollbackWrites();
            return -1;
        }
        ++applied;
    }
    // People erased after the backup was made are erased again before anyone is served.
    PersonErasure erasure(m_rows);
    const int erasedAgain = erased.isEmpty() ? 0 : erasure.eraseAgain(erased);
    if (erasedAgain < 0) {
        *error = u"A person erased before could not be erased again."_s;
        m_rows.rollbackWrites();
        return -1;
    }
    applied += erasedAgain;
    if (!m_rows.commitWrites()) {
        *error = u"The journal's decisions could not be stored."_s;
        m_rows.rollbackWrites();
        return -1;
    }
    if (skipped > 0)
        *error = u"%1 line(s) of the journal could not be read (a line cut short by a crash is "
                 "one)."_s.arg(skipped);
    if (erasedAgain > 0)
        PersonErasure::wipeFreedSpace(m_db);
    learnErasures(journal, erased);
    if (applied > 0)
        revoked(true); // what quiet syncs remember of tokens is read again
    return applied;
}
