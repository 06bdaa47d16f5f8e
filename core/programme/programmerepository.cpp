// SPDX-License-Identifier: GPL-3.0-or-later
#include "programmerepository.h"

#include "database.h"
#include "daterow.h"
#include "incomingrow.h"
#include "programmewire.h"
#include "records.h"
#include "transaction.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace {
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

/// The columns of a date as the app shows it: the shared ones, then the unseen change and the
/// calendar's sequence number.
QString shownColumns()
{
    return u"id, %1, change_kind, previous_starts_at, calendar_sequence"_s.arg(DateRow::columns());
}

ProgrammeDate shownDate(const QSqlQuery &query)
{
    ProgrammeDate event = DateRow::read(query);
    const int more = DateRow::count() + 1;
    event.change = query.value(more).toString();
    if (!query.value(more + 1).isNull())
        event.previousStartsAt
            = QDateTime::fromMSecsSinceEpoch(query.value(more + 1).toLongLong(), Qt::UTC);
    event.calendarSequence = query.value(more + 2).toInt();
    return event;
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
    // Dates by id: a moved date stays the same date. A date the file no longer lists stays
    // (the organisers cancel a date, they do not delete it), and a cancelled date stays
    // cancelled, as on the server (docs/programme-format.md).
    for (const auto &event : data.events) {
        query.prepare(u"INSERT INTO events (id, %1) VALUES (?, %2) ON CONFLICT(id) DO UPDATE SET "
                      "%3, cancelled = max(events.cancelled, excluded.cancelled), "
                      "cancel_reason = CASE WHEN events.cancelled THEN events.cancel_reason "
                      "ELSE excluded.cancel_reason END, "
                      // What a calendar must show raises the date's SEQUENCE (RFC 5545, 3.8.7.4).
                      "calendar_sequence = events.calendar_sequence + (events.starts_at IS NOT "
                      "excluded.starts_at OR events.ends_at IS NOT excluded.ends_at OR "
                      "events.all_day IS NOT excluded.all_day OR events.place_id IS NOT "
                      "excluded.place_id OR events.title_de IS NOT excluded.title_de OR "
                      "events.title_en IS NOT excluded.title_en OR events.tentative IS NOT "
                      "excluded.tentative OR events.room IS NOT excluded.room OR "
                      "excluded.cancelled > events.cancelled)"_s.arg(DateRow::columns(),
                          DateRow::placeholders(), DateRow::updateFromExcluded()));
        query.addBindValue(event.id);
        for (const auto &value : DateRow::values(event))
            query.addBindValue(value);
        if (!exec(query, error))
            return false;
    }

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

QList<ProgrammeDate> ProgrammeRepository::events() const
{
    QList<ProgrammeDate> events;
    QSqlQuery query(m_db);
    query.exec(u"SELECT %1 FROM events ORDER BY starts_at, id"_s.arg(shownColumns()));
    while (query.next())
        events.append(shownDate(query));
    return events;
}

std::optional<ProgrammeDate> ProgrammeRepository::event(const QString &id) const
{
    QSqlQuery &query
        = m_statements.prepared(u"SELECT %1 FROM events WHERE id = ?"_s.arg(shownColumns()));
    query.addBindValue(id);
    if (!query.exec() || !query.next())
        return std::nullopt;
    ProgrammeDate event = shownDate(query);
    query.finish();
    return event;
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
    const QString &id, bool deleted, const RowFields &fields, qint64 version)
{
    QSqlQuery &old = m_statements.prepared(
        u"SELECT starts_at, ends_at, coalesce(place_id, ''), change_kind, previous_starts_at, "
        "tentative, cancelled FROM events WHERE id = ?"_s);
    old.addBindValue(id);
    const bool exists = old.exec() && old.next();
    const qint64 oldStart = exists ? old.value(0).toLongLong() : 0;
    const qint64 oldEnd = exists ? old.value(1).toLongLong() : 0;
    const QString oldPlace = exists ? old.value(2).toString() : QString();
    const QString oldChange = exists ? old.value(3).toString() : QString();
    const QVariant oldPrevious = exists ? old.value(4) : QVariant();
    const bool wasTentative = exists && old.value(5).toBool();
    const bool wasCancelled = exists && old.value(6).toBool();
    old.finish();
    if (deleted) {
        // Kept, marked cancelled (a date removed before releases existed).
        return m_statements.run(u"UPDATE events SET change_kind = 'cancelled', cancelled = 1, "
                                "calendar_sequence = max(calendar_sequence, ?) WHERE id = ?"_s,
            { version, id });
    }
    const ProgrammeDate date = ProgrammeWire::eventFrom(id, fields.toObject());
    const qint64 start = date.startsAt.toMSecsSinceEpoch();
    QString change = oldChange;
    QVariant previous = oldPrevious;
    if (!exists) {
        change = u"new"_s;
    } else if (date.cancelled != wasCancelled) {
        change = date.cancelled ? u"cancelled"_s : u"reinstated"_s;
    } else if (start != oldStart || date.endsAt.toMSecsSinceEpoch() != oldEnd
        || date.placeId != oldPlace) {
        if (oldChange.isEmpty() || oldChange == "cancelled"_L1 || oldChange == "confirmed"_L1) {
            change = u"moved"_s;
            previous = oldStart; // the time the participant last saw
        }
    } else if (wasTentative && !date.tentative && oldChange.isEmpty()) {
        change = u"confirmed"_s;
    }
    QVariantList values { id };
    values += DateRow::values(date);
    values += QVariantList { change, previous, version };
    return m_statements.run(
        u"INSERT INTO events (id, %1, change_kind, previous_starts_at, "
        "calendar_sequence) VALUES (?, %2, ?, ?, ?) ON CONFLICT(id) DO UPDATE "
        "SET %3, change_kind = excluded.change_kind, previous_starts_at = "
        "excluded.previous_starts_at, calendar_sequence = "
        "max(events.calendar_sequence, excluded.calendar_sequence)"_s.arg(
            DateRow::columns(), DateRow::placeholders(), DateRow::updateFromExcluded()),
        values);
}

bool ProgrammeRepository::applyIncomingPlace(
    const QString &id, bool deleted, const RowFields &fields)
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
