// SPDX-License-Identifier: GPL-3.0-or-later
#include "venuerepository.h"

#include "changelog.h"
#include "database.h"
#include "programmewire.h"
#include "records.h"
#include "transaction.h"

#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace {
namespace Fields = Records::VenueInfo;

/// The row's columns in the order of its fields on the wire.
QStringList columns()
{
    QStringList list;
    for (const auto &field : Records::find(Fields::entity)->fields)
        list.append(Records::columnOf(field.name));
    return list;
}

QVariantList valuesOf(const RowFields &fields)
{
    QVariantList values;
    // A field the row does not carry is an empty text (the columns are NOT NULL).
    for (const auto &field : Records::find(Fields::entity)->fields)
        values.append(fields.value(field.name).toString(u""_s));
    return values;
}
}

VenueRepository::VenueRepository(Database &database)
    : m_db(database.connection())
{
}

std::optional<StoredVenue> VenueRepository::venue() const
{
    QSqlQuery &query = m_statements.prepared(
        u"SELECT id, %1 FROM venue_info ORDER BY id LIMIT 1"_s.arg(columns().join(u", "_s)));
    if (!query.exec() || !query.next())
        return std::nullopt;
    QJsonObject fields;
    const auto &specs = Records::find(Fields::entity)->fields;
    for (int i = 0; i < specs.size(); ++i)
        fields.insert(specs.at(i).name, query.value(i + 1).toString());
    StoredVenue stored { query.value(0).toString(), ProgrammeWire::venueFrom(fields) };
    query.finish();
    return stored;
}

bool VenueRepository::replace(const QString &id, const VenueInfo &venue)
{
    return applyIncoming(id, false, ProgrammeWire::fieldsOf(venue));
}

bool VenueRepository::save(const QString &id, const VenueInfo &venue, const QDateTime &now)
{
    const auto before = this->venue();
    const QJsonObject old
        = before && before->id == id ? ProgrammeWire::fieldsOf(before->venue) : QJsonObject();
    const QJsonObject wanted = ProgrammeWire::fieldsOf(venue);
    QJsonObject changed;
    QJsonObject base;
    for (auto it = wanted.begin(); it != wanted.end(); ++it) {
        if (old.value(it.key()) != it.value()) {
            changed.insert(it.key(), it.value());
            base.insert(it.key(), old.value(it.key()).toString());
        }
    }
    if (changed.isEmpty())
        return true;
    Transaction transaction(m_db);
    return transaction.isActive() && applyIncoming(id, false, wanted)
        && ChangeLog(m_db).record(Fields::entity, id,
            old.isEmpty() ? Records::Operation::insert : Records::Operation::update,
            old.isEmpty() ? wanted : changed, now, old.isEmpty() ? QJsonObject() : base)
        && transaction.commit();
}

bool VenueRepository::applyIncoming(const QString &id, bool deleted, const RowFields &fields)
{
    if (deleted)
        return m_statements.run(u"DELETE FROM venue_info WHERE id = ?"_s, { id });
    const QStringList names = columns();
    QStringList updates;
    for (const QString &column : names)
        updates.append(u"%1 = excluded.%1"_s.arg(column));
    QVariantList values { id };
    values += valuesOf(fields);
    return m_statements.run(u"INSERT INTO venue_info (id, %1) VALUES (?%2) ON CONFLICT(id) "
                            "DO UPDATE SET %3"_s.arg(names.join(u", "_s),
                                u", ?"_s.repeated(names.size()), updates.join(u", "_s)),
        values);
}
