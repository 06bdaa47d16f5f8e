// SPDX-License-Identifier: GPL-3.0-or-later
#include "calendarfeeds.h"

#include "accessstore.h"
#include "serverdatabase.h"

#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

CalendarFeeds::CalendarFeeds(ServerDatabase &database)
    : m_db(database.connection())
{
}

QString CalendarFeeds::create(const QString &personId, const QString &language)
{
    QByteArray bytes(32, Qt::Uninitialized);
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(bytes.data()), 8);
    const QString secret = QString::fromLatin1(
        bytes.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
    QSqlQuery query(m_db);
    query.prepare(u"INSERT INTO calendar_feeds (person_id, secret_hash, language) VALUES (?, ?, ?) "
                  "ON CONFLICT (person_id) DO UPDATE SET secret_hash = excluded.secret_hash, "
                  "language = excluded.language"_s);
    query.addBindValue(personId);
    query.addBindValue(AccessStore::hash(secret));
    query.addBindValue(language);
    return query.exec() ? secret : QString();
}

bool CalendarFeeds::revoke(const QString &personId)
{
    QSqlQuery query(m_db);
    query.prepare(u"DELETE FROM calendar_feeds WHERE person_id = ?"_s);
    query.addBindValue(personId);
    return query.exec() && query.numRowsAffected() == 1;
}

std::optional<CalendarFeeds::Feed> CalendarFeeds::find(const QString &secret) const
{
    if (!looksLikeSecret(secret))
        return std::nullopt;
    QSqlQuery query(m_db);
    query.prepare(u"SELECT calendar_feeds.person_id, calendar_feeds.language FROM calendar_feeds "
                  "JOIN people ON people.id = calendar_feeds.person_id "
                  "WHERE calendar_feeds.secret_hash = ? AND people.revoked = 0"_s);
    query.addBindValue(AccessStore::hash(secret));
    if (!query.exec() || !query.next())
        return std::nullopt;
    return Feed { query.value(0).toString(), query.value(1).toString() };
}

bool CalendarFeeds::looksLikeSecret(const QString &secret)
{
    static const QRegularExpression shape(u"^[A-Za-z0-9_-]{43}$"_s);
    return shape.match(secret).hasMatch();
}
