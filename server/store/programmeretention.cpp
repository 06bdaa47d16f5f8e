// SPDX-License-Identifier: GPL-3.0-or-later
#include "programmeretention.h"

#include "accessstore.h"
#include "records.h"

#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace {
const QString closedKey = u"programme_closed_on"_s;
}

ProgrammeRetention::ProgrammeRetention(const QSqlDatabase &db, AccessStore &access)
    : m_db(db)
    , m_access(access)
{
}

bool ProgrammeRetention::close(const QDate &day)
{
    QSqlQuery query(m_db);
    if (!day.isValid()) {
        query.prepare(u"DELETE FROM store_meta WHERE key = ?"_s);
        query.addBindValue(closedKey);
        return query.exec();
    }
    query.prepare(u"INSERT INTO store_meta (key, value) VALUES (?, ?) "
                  "ON CONFLICT (key) DO UPDATE SET value = excluded.value"_s);
    query.addBindValue(closedKey);
    query.addBindValue(day.toString(Qt::ISODate));
    return query.exec();
}

std::optional<QDate> ProgrammeRetention::closedOn() const
{
    QSqlQuery query(m_db);
    query.prepare(u"SELECT value FROM store_meta WHERE key = ?"_s);
    query.addBindValue(closedKey);
    if (!query.exec() || !query.next())
        return std::nullopt;
    const QDate day = QDate::fromString(query.value(0).toString(), Qt::ISODate);
    return day.isValid() ? std::optional(day) : std::nullopt;
}

QDate ProgrammeRetention::erasesOn(int days) const
{
    const auto closed = closedOn();
    return closed ? closed->addDays(days) : QDate();
}

int ProgrammeRetention::eraseIfDue(const QDate &today, int days)
{
    const QDate due = erasesOn(days);
    if (!due.isValid() || today < due)
        return 0;
    QStringList ids;
    QSqlQuery query(m_db);
    query.prepare(
        u"SELECT id FROM people UNION SELECT id FROM rows WHERE entity = ? AND deleted = 0"_s);
    query.addBindValue(Records::Contact::entity);
    if (!query.exec())
        return -1;
    while (query.next())
        ids.append(query.value(0).toString());
    query.finish();
    if (ids.isEmpty())
        return 0;
    return m_access.forgetPeople(ids, PersonErasure::Writings::KeepWithoutAuthor) ? int(ids.size())
                                                                                  : -1;
}
