// SPDX-License-Identifier: GPL-3.0-or-later
#include "announcementrepository.h"

#include "changelog.h"
#include "database.h"
#include "incomingrow.h"
#include "records.h"
#include "transaction.h"

#include <QSqlQuery>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace {
namespace Fields = Records::Announcement;

QList<Announcement> read(QSqlQuery &query)
{
    QList<Announcement> list;
    while (query.next()) {
        list.append({ query.value(0).toString(), query.value(1).toString(),
            query.value(2).toString(), query.value(3).toString(), query.value(6).toString(),
            QDateTime::fromString(query.value(4).toString(), Qt::ISODate),
            query.value(5).toBool() });
    }
    return list;
}

/// With the author's name, as the contacts have it.
const QString selected
    = u"SELECT a.id, a.text, a.municipality_id, a.author_contact_id, a.published_at, a.seen, "
      "coalesce(c.name, '') FROM announcements a LEFT JOIN contacts c "
      "ON c.id = a.author_contact_id"_s;
}

AnnouncementRepository::AnnouncementRepository(Database &database)
    : m_db(database.connection())
{
}

QList<Announcement> AnnouncementRepository::announcements() const
{
    QSqlQuery query(m_db);
    query.exec(selected + u" ORDER BY a.published_at = '', a.published_at DESC, a.id"_s);
    return read(query);
}

QList<Announcement> AnnouncementRepository::unseen(const QString &municipalityId) const
{
    QSqlQuery query(m_db);
    query.prepare(selected
        + u" WHERE a.seen = 0 AND (? = '' OR a.municipality_id IN ('', ?)) "
          "ORDER BY a.published_at DESC, a.id"_s);
    const QString town = municipalityId.isEmpty() ? u""_s : municipalityId;
    query.addBindValue(town);
    query.addBindValue(town);
    query.exec();
    return read(query);
}

bool AnnouncementRepository::markAllSeen()
{
    return m_statements.run(u"UPDATE announcements SET seen = 1 WHERE seen = 0"_s, QVariantList());
}

QString AnnouncementRepository::write(
    const QString &text, const QString &municipalityId, const QDateTime &now)
{
    const QString id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    Transaction transaction(m_db);
    const bool stored = transaction.isActive()
        && m_statements.run(u"INSERT INTO announcements (id, text, municipality_id, seen) "
                            "VALUES (?, ?, ?, 1)"_s,
            { id, text, municipalityId.isEmpty() ? u""_s : municipalityId })
        && ChangeLog(m_db).record(Fields::entity, id, Records::Operation::insert,
            { { Fields::text, text }, { Fields::municipalityId, municipalityId } }, now)
        && transaction.commit();
    return stored ? id : QString();
}

bool AnnouncementRepository::withdraw(const QString &id, const QDateTime &now)
{
    Transaction transaction(m_db);
    return transaction.isActive()
        && m_statements.run(u"DELETE FROM announcements WHERE id = ?"_s, { id })
        && ChangeLog(m_db).record(Fields::entity, id, Records::Operation::remove, {}, now)
        && transaction.commit();
}

bool AnnouncementRepository::applyIncoming(
    const QString &id, bool deleted, const RowFields &fields, bool asNews)
{
    using namespace IncomingRow;
    if (deleted)
        return m_statements.run(u"DELETE FROM announcements WHERE id = ?"_s, { id });
    // Seen already stays seen (the writer's own, or one arriving again).
    return m_statements.run(
        u"INSERT INTO announcements (id, text, municipality_id, author_contact_id, "
        "published_at, seen) VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT(id) DO UPDATE SET "
        "text = excluded.text, municipality_id = excluded.municipality_id, "
        "author_contact_id = excluded.author_contact_id, published_at = excluded.published_at"_s,
        { id, text(fields, Fields::text), text(fields, Fields::municipalityId),
            text(fields, Fields::authorContactId), text(fields, Fields::publishedAt), !asNews });
}
