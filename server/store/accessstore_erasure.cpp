// SPDX-License-Identifier: GPL-3.0-or-later
// AccessStore: a person erased for good (docs/data-protection.md, "Erasure").
#include "accessjournal.h"
#include "accessstore.h"
#include "records.h"
#include "serverdatabase.h"

#include <QJsonObject>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace {
/// Whether a journal entry holds anything of person @p personId (their row, a code or a
/// device of theirs, their contact row).
bool mentions(const QJsonObject &entry, const QString &personId)
{
    const QJsonObject row = entry.value("row"_L1).toObject();
    return row.value("id"_L1).toString() == personId
        || row.value("person_id"_L1).toString() == personId;
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
    PersonErasure erasure(m_rows);
    if (!erasure.erase(personId, writings) || !m_rows.commitWrites()) {
        m_rows.rollbackWrites();
        return refuse(u"store"_s, u"The store could not be written; nothing was erased."_s);
    }
    if (m_journal)
        journaled(m_journal->rewrite(
            [&personId](const QJsonObject &kept) { return !mentions(kept, personId); },
            erasureEntry(PersonErasure::keyOf(personId), writings)));
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
                erasureEntry(key, PersonErasure::Writings::KeepWithoutAuthor)))
            qWarning("storage failure: an erasure could not be written to the access journal %s",
                qPrintable(journal.path()));
    }
}
