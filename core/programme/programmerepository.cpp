// SPDX-License-Identifier: GPL-3.0-or-later
#include "programmerepository.h"

#include "database.h"
#include "incomingrow.h"
#include "records.h"
#include "transaction.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace {
QString toJson(const QStringList &list)
{
    return QString::fromUtf8(
        QJsonDocument(QJsonArray::fromStringList(list)).toJson(QJsonDocument::Compact));
}

QStringList fromJson(const QString &json)
{
    QStringList list;
    const auto array = QJsonDocument::fromJson(json.toUtf8()).array();
    for (const auto &value : array)
        list.append(value.toString());
    return list;
}

QString placeholders(qsizetype count)
{
    QStringList marks(count, u"?"_s);
    return marks.join(u',');
}

bool exec(QSqlQuery &query, QString *error)
{
    if (query.exec())
        return true;
    *error = query.lastError().text();
    return false;
}
}

ProgrammeRepository::ProgrammeRepository(Database &database)
    : m_db(database.connection())
{
}

bool ProgrammeRepository::isEmpty() const
{
    QSqlQuery query(m_db);
    return !query.exec(u"SELECT 1 FROM events LIMIT 1"_s) || !query.next();
}

bool ProgrammeRepository::replace(const ProgrammeData &data, QString *error)
{
    Transaction transaction(m_db);
    if (!transaction.isActive()) {
        *error = m_db.lastError().text();
        return false;
    }
    QSqlQuery query(m_db);
    for (const auto &place : data.places) {
        query.prepare(u"INSERT INTO places (id, name_de, name_en, city, online, address) "
                      "VALUES (?, ?, coalesce(?, ''), coalesce(?, ''), ?, coalesce(?, '')) "
                      "ON CONFLICT(id) DO UPDATE SET name_de=excluded.name_de, "
                      "name_en=excluded.name_en, city=excluded.city, online=excluded.online, "
                      "address=excluded.address"_s);
        query.addBindValue(place.id);
        query.addBindValue(place.name.de);
        query.addBindValue(place.name.en);
        query.addBindValue(place.city);
        query.addBindValue(place.online);
        query.addBindValue(place.address);
        if (!exec(query, error))
            return false;
    }
    QStringList eventIds;
    for (const auto &event : data.events) {
        eventIds.append(event.id);
        query.prepare(
            u"INSERT INTO events (id, kind, module_number, number, title_de, title_en, "
            "starts_at, ends_at, all_day, approximate, place_id, video_url, tentative, "
            "topics_de, topics_en, note_de, note_en, room) "
            "VALUES (?, ?, ?, ?, ?, coalesce(?, ''), ?, ?, ?, ?, ?, coalesce(?, ''), ?, ?, ?, "
            "coalesce(?, ''), coalesce(?, ''), coalesce(?, '')) ON CONFLICT(id) DO UPDATE SET "
            "kind=excluded.kind, module_number=excluded.module_number, "
            "number=excluded.number, title_de=excluded.title_de, "
            "title_en=excluded.title_en, starts_at=excluded.starts_at, "
            "ends_at=excluded.ends_at, all_day=excluded.all_day, "
            "approximate=excluded.approximate, place_id=excluded.place_id, "
            "video_url=excluded.video_url, tentative=excluded.tentative, "
            "topics_de=excluded.topics_de, topics_en=excluded.topics_en, "
            "note_de=excluded.note_de, note_en=excluded.note_en, room=excluded.room, "
            // What a calendar must show raises the date's SEQUENCE (RFC 5545, 3.8.7.4).
            "calendar_sequence = events.calendar_sequence + (events.starts_at IS NOT "
            "excluded.starts_at OR events.ends_at IS NOT excluded.ends_at OR events.all_day IS "
            "NOT excluded.all_day OR events.place_id IS NOT excluded.place_id OR "
            "events.title_de IS NOT excluded.title_de OR events.title_en IS NOT "
            "excluded.title_en OR events.tentative IS NOT excluded.tentative OR events.room "
            "IS NOT excluded.room)"_s);
        query.addBindValue(event.id);
        query.addBindValue(ProgrammeDate::kindName(event.kind));
        query.addBindValue(event.moduleNumber);
        query.addBindValue(event.number);
        query.addBindValue(event.title.de);
        query.addBindValue(event.title.en);
        query.addBindValue(event.startsAt.toMSecsSinceEpoch());
        query.addBindValue(event.endsAt.toMSecsSinceEpoch());
        query.addBindValue(event.allDay);
        query.addBindValue(event.approximate);
        query.addBindValue(event.placeId.isEmpty() ? QVariant() : QVariant(event.placeId));
        query.addBindValue(event.videoUrl);
        query.addBindValue(event.tentative);
        query.addBindValue(toJson(event.topics.de));
        query.addBindValue(toJson(event.topics.en));
        query.addBindValue(event.note.de);
        query.addBindValue(event.note.en);
        query.addBindValue(event.room);
        if (!exec(query, error))
            return false;
    }
    query.prepare(u"DELETE FROM events WHERE id NOT IN (%1)"_s.arg(placeholders(eventIds.size())));
    for (const auto &id : std::as_const(eventIds))
        query.addBindValue(id);
    if (!exec(query, error))
        return false;

    for (const auto &contact : data.contacts) {
        query.prepare(
            u"INSERT INTO contacts (id, role, name, function_de, function_en, "
            "organisation, phone, email) VALUES (?, ?, ?, coalesce(?, ''), coalesce(?, ''), "
            "coalesce(?, ''), coalesce(?, ''), coalesce(?, '')) ON CONFLICT(id) DO "
            "UPDATE SET role=excluded.role, name=excluded.name, "
            "function_de=excluded.function_de, function_en=excluded.function_en, "
            "organisation=excluded.organisation, phone=excluded.phone, "
            "email=excluded.email WHERE contacts.role <> 'participant'"_s);
        query.addBindValue(contact.id);
        query.addBindValue(Contact::roleName(contact.role));
        query.addBindValue(contact.name);
        query.addBindValue(contact.function.de);
        query.addBindValue(contact.function.en);
        query.addBindValue(contact.organisation);
        query.addBindValue(contact.phone);
        query.addBindValue(contact.email);
        if (!exec(query, error))
            return false;
    }
    // Places and staff the file no longer names go; participants are never the file's.
    QStringList placeIds;
    for (const auto &place : data.places)
        placeIds.append(place.id);
    query.prepare(u"DELETE FROM places WHERE id NOT IN (%1) "
                  "AND id NOT IN (SELECT place_id FROM events WHERE place_id IS NOT NULL)"_s.arg(
                      placeholders(placeIds.size())));
    for (const auto &id : std::as_const(placeIds))
        query.addBindValue(id);
    if (!exec(query, error))
        return false;
    QStringList contactIds;
    for (const auto &contact : data.contacts)
        contactIds.append(contact.id);
    query.prepare(u"DELETE FROM contacts WHERE role IN ('organiser', 'facilitator') "
                  "AND id NOT IN (%1)"_s.arg(placeholders(contactIds.size())));
    for (const auto &id : std::as_const(contactIds))
        query.addBindValue(id);
    if (!exec(query, error))
        return false;
    if (!transaction.commit()) {
        *error = m_db.lastError().text();
        return false;
    }
    return true;
}

bool ProgrammeRepository::markSeen(const QString &eventId)
{
    QSqlQuery query(m_db);
    // A cancelled date stays for the calendar files (see calendarEvents()), out of the lists.
    query.prepare(u"UPDATE events SET change_kind = '', previous_starts_at = NULL WHERE id = ?"_s);
    query.addBindValue(eventId);
    return query.exec();
}

QString ProgrammeRepository::importedFileHash() const
{
    QSqlQuery query(m_db);
    if (query.exec(u"SELECT value FROM replica_meta WHERE key = 'programme_file_sha256'"_s)
        && query.next())
        return query.value(0).toString();
    return {};
}

bool ProgrammeRepository::setImportedFileHash(const QString &hash)
{
    QSqlQuery query(m_db);
    query.prepare(u"INSERT INTO replica_meta (key, value) VALUES ('programme_file_sha256', ?) "
                  "ON CONFLICT(key) DO UPDATE SET value = excluded.value"_s);
    query.addBindValue(hash);
    return query.exec();
}

QList<ProgrammeDate> ProgrammeRepository::events(bool withSeenCancellations) const
{
    QList<ProgrammeDate> events;
    QSqlQuery query(m_db);
    query.exec(u"SELECT id, kind, module_number, number, title_de, title_en, starts_at, ends_at, "
               "all_day, approximate, place_id, video_url, tentative, topics_de, topics_en, "
               "note_de, note_en, change_kind, previous_starts_at, cancelled, calendar_sequence, "
               "room FROM events %1 ORDER BY starts_at, id"_s.arg(withSeenCancellations
                       ? QString()
                       : u"WHERE cancelled = 0 OR change_kind = 'cancelled'"_s));
    while (query.next()) {
        ProgrammeDate event;
        event.id = query.value(0).toString();
        ProgrammeDate::kindFromName(query.value(1).toString(), &event.kind);
        event.moduleNumber = query.value(2).toInt();
        event.number = query.value(3).toInt();
        event.title = { query.value(4).toString(), query.value(5).toString() };
        event.startsAt = QDateTime::fromMSecsSinceEpoch(query.value(6).toLongLong(), Qt::UTC);
        event.endsAt = QDateTime::fromMSecsSinceEpoch(query.value(7).toLongLong(), Qt::UTC);
        event.allDay = query.value(8).toBool();
        event.approximate = query.value(9).toBool();
        event.placeId = query.value(10).toString();
        event.videoUrl = query.value(11).toString();
        event.tentative = query.value(12).toBool();
        event.topics
            = { fromJson(query.value(13).toString()), fromJson(query.value(14).toString()) };
        event.note = { query.value(15).toString(), query.value(16).toString() };
        event.change = query.value(17).toString();
        if (!query.value(18).isNull())
            event.previousStartsAt
                = QDateTime::fromMSecsSinceEpoch(query.value(18).toLongLong(), Qt::UTC);
        event.cancelled = query.value(19).toBool();
        event.calendarSequence = query.value(20).toInt();
        event.room = query.value(21).toString();
        events.append(event);
    }
    return events;
}

QHash<QString, Place> ProgrammeRepository::places() const
{
    QHash<QString, Place> places;
    QSqlQuery query(m_db);
    query.exec(u"SELECT id, name_de, name_en, city, online, address FROM places"_s);
    while (query.next()) {
        Place place { query.value(0).toString(),
            { query.value(1).toString(), query.value(2).toString() }, query.value(3).toString(),
            query.value(4).toBool(), query.value(5).toString() };
        places.insert(place.id, place);
    }
    return places;
}

bool ProgrammeRepository::applyIncomingDate(
    const QString &id, bool deleted, const QJsonObject &fields, qint64 version)
{
    using namespace IncomingRow;
    namespace Date = Records::ProgrammeDate;
    QSqlQuery &old = m_statements.prepared(
        u"SELECT starts_at, ends_at, coalesce(place_id, ''), change_kind, previous_starts_at "
        "FROM events WHERE id = ?"_s);
    old.addBindValue(id);
    const bool exists = old.exec() && old.next();
    const qint64 oldStart = exists ? old.value(0).toLongLong() : 0;
    const qint64 oldEnd = exists ? old.value(1).toLongLong() : 0;
    const QString oldPlace = exists ? old.value(2).toString() : QString();
    const QString oldChange = exists ? old.value(3).toString() : QString();
    const QVariant oldPrevious = exists ? old.value(4) : QVariant();
    old.finish();
    if (deleted) {
        // Kept, marked cancelled, until the participant has seen it.
        return m_statements.run(u"UPDATE events SET change_kind = 'cancelled', cancelled = 1, "
                                "calendar_sequence = max(calendar_sequence, ?) WHERE id = ?"_s,
            { version, id });
    }
    const qint64 start = instant(fields, Date::startsAt);
    const qint64 end = instant(fields, Date::endsAt);
    QString change = oldChange;
    QVariant previous = oldPrevious;
    if (!exists) {
        change = u"new"_s;
    } else if (start != oldStart || end != oldEnd || text(fields, Date::placeId) != oldPlace) {
        if (oldChange.isEmpty() || oldChange == "cancelled"_L1) {
            change = u"moved"_s;
            previous = oldStart; // the time the participant last saw
        }
    }
    return m_statements.run(
        u"INSERT INTO events (id, kind, module_number, number, title_de, title_en, "
        "starts_at, ends_at, all_day, approximate, place_id, video_url, tentative, "
        "topics_de, topics_en, note_de, note_en, change_kind, previous_starts_at, room, "
        "calendar_sequence) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?) "
        "ON CONFLICT(id) DO UPDATE SET "
        "kind=excluded.kind, module_number=excluded.module_number, "
        "number=excluded.number, title_de=excluded.title_de, title_en=excluded.title_en, "
        "starts_at=excluded.starts_at, ends_at=excluded.ends_at, "
        "all_day=excluded.all_day, approximate=excluded.approximate, "
        "place_id=excluded.place_id, video_url=excluded.video_url, "
        "tentative=excluded.tentative, topics_de=excluded.topics_de, "
        "topics_en=excluded.topics_en, note_de=excluded.note_de, note_en=excluded.note_en, "
        "change_kind=excluded.change_kind, previous_starts_at=excluded.previous_starts_at, "
        "room=excluded.room, cancelled=0, "
        "calendar_sequence=max(events.calendar_sequence, excluded.calendar_sequence)"_s,
        { id, text(fields, Date::kind), fields.value(Date::moduleNumber).toInt(),
            fields.value(Date::number).toInt(), text(fields, Date::titleDe),
            text(fields, Date::titleEn), start, end, fields.value(Date::allDay).toBool(),
            fields.value(Date::approximate).toBool(), nullable(text(fields, Date::placeId)),
            text(fields, Date::videoUrl), fields.value(Date::tentative).toBool(),
            list(fields, Date::topicsDe), list(fields, Date::topicsEn), text(fields, Date::noteDe),
            text(fields, Date::noteEn), change, previous, text(fields, Date::room), version });
}

bool ProgrammeRepository::applyIncomingPlace(
    const QString &id, bool deleted, const QJsonObject &fields)
{
    using namespace IncomingRow;
    if (deleted) {
        // A removed place that a date here still names stays, unseen.
        return m_statements.run(
            u"DELETE FROM places WHERE id = ? AND NOT EXISTS (SELECT 1 FROM events "
            "WHERE place_id = places.id)"_s,
            { id });
    }
    return m_statements.run(
        u"INSERT INTO places (id, name_de, name_en, city, online, address) VALUES (?,?,?,?,?,?) "
        "ON CONFLICT(id) DO UPDATE SET name_de=excluded.name_de, name_en=excluded.name_en, "
        "city=excluded.city, online=excluded.online, address=excluded.address"_s,
        { id, text(fields, Records::Place::nameDe), text(fields, Records::Place::nameEn),
            text(fields, Records::Place::city), fields.value(Records::Place::online).toBool(),
            text(fields, Records::Place::address) });
}
