// SPDX-License-Identifier: GPL-3.0-or-later
// AccessStore: a person erased for good (docs/data-protection.md, "Erasure").
#include "accessjournal.h"
#include "accessstore.h"
#include "records.h"
#include "serverdatabase.h"

#include <QJsonObject>
#include <QSet>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace {
/// Whether a journal entry holds anything of one of @p people (their row, a code or a
/// device of theirs, their contact row).
bool mentions(const QJsonObject &entry, const QSet<QString> &people)
{
    const QJsonObject row = entry.value("row"_L1).toObject();
    return people.contains(row.value("id"_L1).toString())
        || people.contains(row.value("person_id"_L1).toString());
}

/// The same for a person known only by their key (PersonErasure::keyOf).
bool mentionsKey(const QJsonObject &entry, const QString &key)
{
    const QJsonObject row = entry.value("row"_L1).toObject();
    for (const auto field : { "id"_L1, "person_id"_L1 }) {
        const QString id = row.value(field).toString();
        if (!id.isEmpty() && PersonErasure::keyOf(id) == key)
            return true;
    }
    return false;
}

QJsonObject erasureEntry(const QString &key, PersonErasure::Writings writings)
{
    return { { u"at"_s, QDateTime::currentDateTimeUtc().toString(Qt::ISODate) },
        { u"table"_s, u"erasures"_s },
        { u"row"_s,
            QJsonObject { { u"key"_s, key },
                { u"writings"_s,
                    writings == PersonErasure::Writings::Remove ? u"removed"_s : u"kept"_s } } } };
}
}

bool AccessStore::forgetPerson(
    const QString &personId, PersonErasure::Writings writings, Refusal *problem)
{
    const auto refuse = [problem](const QString &code, const QString &text) {
        if (problem)
            *problem = { code, text };
        return false;
    };
    if (!ServerDatabase::beginWriting(m_db))
        return refuse(u"store"_s, u"The store is busy or cannot be written."_s);
    QSqlQuery query(m_db);
    query.prepare(u"SELECT 1 FROM people WHERE id = ? UNION ALL "
                  "SELECT 1 FROM rows WHERE entity = ? AND id = ? AND deleted = 0"_s);
    query.addBindValue(personId);
    query.addBindValue(Records::Contact::entity);
    query.addBindValue(personId);
    const bool known = query.exec() && query.next();
    query.finish();
    if (!known) {
        m_rows.rollbackWrites();
        return refuse(u"unknown"_s, u"There is no person or contact with this id."_s);
    }
    if (!eraseInTransaction({ personId }, writings))
        return refuse(u"store"_s, u"The store could not be written; nothing was erased."_s);
    return true;
}

bool AccessStore::forgetPeople(const QStringList &ids, PersonErasure::Writings writings)
{
    return ServerDatabase::beginWriting(m_db) && eraseInTransaction(ids, writings);
}

bool AccessStore::eraseInTransaction(const QStringList &ids, PersonErasure::Writings writings)
{
    PersonErasure erasure(m_rows);
    const bool erased = std::all_of(
        ids.cbegin(), ids.cend(), [&](const QString &id) { return erasure.erase(id, writings); });
    if (!erased || !m_rows.commitWrites()) {
        m_rows.rollbackWrites();
        return false;
    }
    // Once for all of them: the journal written anew, the freed space wiped.
    if (m_journal) {
        QList<QJsonObject> entries;
        for (const QString &id : ids)
            entries.append(erasureEntry(PersonErasure::keyOf(id), writings));
        const QSet<QString> people(ids.cbegin(), ids.cend());
        journaled(m_journal->rewrite(
            [&people](const QJsonObject &kept) { return !mentions(kept, people); }, entries));
    }
    PersonErasure::wipeFreedSpace(m_db);
    revoked(true); // tokens quiet syncs remember are read again
    return true;
}

void AccessStore::learnErasures(
    AccessJournal &journal, const QHash<QString, PersonErasure::Writings> &known)
{
    QSqlQuery query(m_db);
    query.prepare(u"SELECT id FROM rows WHERE entity = ?"_s);
    query.addBindValue(Records::Erasure::entity);
    if (!query.exec())
        return;
    QStringList keys;
    while (query.next()) {
        if (!known.contains(query.value(0).toString()))
            keys.append(query.value(0).toString());
    }
    query.finish();
    for (const QString &key : std::as_const(keys)) {
        if (!journal.rewrite([&key](const QJsonObject &kept) { return !mentionsKey(kept, key); },
                { erasureEntry(key, PersonErasure::Writings::KeepWithoutAuthor) }))
            qWarning("storage failure: an erasure could not be written to the access journal %s",
                qPrintable(journal.path()));
    }
}
