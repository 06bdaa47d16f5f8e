// SPDX-License-Identifier: GPL-3.0-or-later
#include "erasedpeople.h"

#include "database.h"

#include <QCryptographicHash>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

ErasedPeople::ErasedPeople(Database &database)
    : m_db(database.connection())
    , m_statements(m_db)
{
}

bool ErasedPeople::apply(const QString &key)
{
    if (!m_statements.run(u"INSERT OR IGNORE INTO erasures (id) VALUES (?)"_s, { key }))
        return false;
    QSqlQuery query(m_db);
    if (!query.exec(u"SELECT id FROM contacts"_s))
        return false;
    QString erased;
    while (query.next() && erased.isEmpty()) {
        const QString id = query.value(0).toString();
        if (QLatin1StringView(
                QCryptographicHash::hash(id.toUtf8(), QCryptographicHash::Sha256).toHex())
            == key)
            erased = id;
    }
    query.finish();
    if (erased.isEmpty())
        return true; // never known here
    m_erasedSomeone = true;
    // Every place a replica keeps a person's id; the server sends the same rows rewritten.
    const QString statements[] = {
        u"UPDATE log_entries SET author_contact_id = NULL, author_name = '' "
        "WHERE author_contact_id = ?"_s,
        u"UPDATE steps SET owner_contact_id = NULL WHERE owner_contact_id = ?"_s,
        u"UPDATE conflicts SET author_contact_id = '' WHERE author_contact_id = ?"_s,
        u"UPDATE draft_kept_texts SET author_contact_id = '' WHERE author_contact_id = ?"_s,
        u"UPDATE comments SET author_contact_id = '' WHERE author_contact_id = ?"_s,
        u"UPDATE releases SET author_contact_id = '' WHERE author_contact_id = ?"_s,
        u"UPDATE announcements SET author_contact_id = '' WHERE author_contact_id = ?"_s,
        u"DELETE FROM local_changes WHERE entity = 'contact' AND row_id = ?"_s,
        u"DELETE FROM sent_changes WHERE entity = 'contact' AND row_id = ?"_s,
        u"DELETE FROM contacts WHERE id = ?"_s,
    };
    for (const QString &sql : statements) {
        if (!m_statements.run(sql, { erased }))
            return false;
    }
    return true;
}
