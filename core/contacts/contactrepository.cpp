// SPDX-License-Identifier: GPL-3.0-or-later
#include "contactrepository.h"

#include "changelog.h"
#include "database.h"
#include "incomingrow.h"
#include "records.h"
#include "transaction.h"

#include <QSqlQuery>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace {
const QString contactColumns = u"id, role, name, function_de, function_en, organisation, "
                               "municipality_id, phone, email, share_phone, share_email"_s;

Contact contactFromRow(const QSqlQuery &query)
{
    Contact contact;
    contact.id = query.value(0).toString();
    Contact::roleFromName(query.value(1).toString(), &contact.role);
    contact.name = query.value(2).toString();
    contact.function = { query.value(3).toString(), query.value(4).toString() };
    contact.organisation = query.value(5).toString();
    contact.municipalityId = query.value(6).toString();
    contact.phone = query.value(7).toString();
    contact.email = query.value(8).toString();
    contact.sharePhone = query.value(9).toBool();
    contact.shareEmail = query.value(10).toBool();
    return contact;
}

QString newId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}
}

ContactRepository::ContactRepository(Database &database)
    : m_db(database.connection())
{
}

QList<Contact> ContactRepository::contacts() const
{
    QList<Contact> contacts;
    QSqlQuery query(m_db);
    query.exec(u"SELECT %1 FROM contacts ORDER BY name COLLATE NOCASE"_s.arg(contactColumns));
    while (query.next())
        contacts.append(contactFromRow(query));
    return contacts;
}

std::optional<Contact> ContactRepository::contact(const QString &id) const
{
    QSqlQuery query(m_db);
    query.prepare(u"SELECT %1 FROM contacts WHERE id = ?"_s.arg(contactColumns));
    query.addBindValue(id);
    if (query.exec() && query.next())
        return contactFromRow(query);
    return std::nullopt;
}

QList<Contact> ContactRepository::participantsOf(const QString &municipalityId) const
{
    QList<Contact> contacts;
    QSqlQuery query(m_db);
    query.prepare(u"SELECT %1 FROM contacts WHERE municipality_id = ? AND role = 'participant' "
                  "ORDER BY name COLLATE NOCASE"_s.arg(contactColumns));
    query.addBindValue(municipalityId);
    query.exec();
    while (query.next())
        contacts.append(contactFromRow(query));
    return contacts;
}

QList<Municipality> ContactRepository::municipalities() const
{
    QList<Municipality> result;
    QSqlQuery query(m_db);
    query.exec(u"SELECT id, name FROM municipalities ORDER BY name COLLATE NOCASE"_s);
    while (query.next())
        result.append({ query.value(0).toString(), query.value(1).toString() });
    return result;
}

std::optional<Municipality> ContactRepository::municipality(const QString &id) const
{
    QSqlQuery query(m_db);
    query.prepare(u"SELECT id, name FROM municipalities WHERE id = ?"_s);
    query.addBindValue(id);
    if (query.exec() && query.next())
        return Municipality { query.value(0).toString(), query.value(1).toString() };
    return std::nullopt;
}

QString ContactRepository::addMunicipality(const QString &name, const QDateTime &now)
{
    const Municipality municipality { newId(), name.trimmed() };
    Transaction transaction(m_db);
    if (!transaction.isActive())
        return {};
    if (!storeMunicipality(municipality)
        || !ChangeLog(m_db).record(Records::Municipality::entity, municipality.id,
            Records::Operation::insert, { { Records::Municipality::name, municipality.name } }, now)
        || !transaction.commit())
        return {};
    return municipality.id;
}

QString ContactRepository::addParticipant(
    const QString &name, const QString &municipalityId, const QDateTime &now)
{
    Contact contact;
    contact.id = newId();
    contact.role = Contact::Role::Participant;
    contact.name = name.trimmed();
    contact.municipalityId = municipalityId;
    Transaction transaction(m_db);
    if (!transaction.isActive())
        return {};
    if (!storeContact(contact)
        || !ChangeLog(m_db).record(Records::Contact::entity, contact.id, Records::Operation::insert,
            { { Records::Contact::name, contact.name },
                { Records::Contact::municipalityId, municipalityId },
                { Records::Contact::role, Records::Contact::roleParticipant } },
            now)
        || !transaction.commit())
        return {};
    return contact.id;
}

bool ContactRepository::setOwnDetails(const QString &contactId, const QString &phone,
    const QString &email, bool sharePhone, bool shareEmail, const QDateTime &now)
{
    Transaction transaction(m_db);
    if (!transaction.isActive())
        return false;
    QSqlQuery query(m_db);
    query.prepare(u"UPDATE contacts SET phone = coalesce(?, ''), email = coalesce(?, ''), "
                  u"share_phone = ?, share_email = ? "
                  "WHERE id = ? AND role = 'participant'"_s);
    query.addBindValue(phone.trimmed());
    query.addBindValue(email.trimmed());
    query.addBindValue(sharePhone);
    query.addBindValue(shareEmail);
    query.addBindValue(contactId);
    return query.exec() && query.numRowsAffected() == 1
        && ChangeLog(m_db).record(Records::Contact::entity, contactId, Records::Operation::update,
            { { Records::Contact::phone, phone.trimmed() },
                { Records::Contact::email, email.trimmed() },
                { Records::Contact::sharePhone, sharePhone },
                { Records::Contact::shareEmail, shareEmail } },
            now)
        && transaction.commit();
}

bool ContactRepository::saveContact(const Contact &contact, const QDateTime &now, bool *recorded)
{
    if (recorded)
        *recorded = false;
    namespace Person = Records::Contact;
    const auto before = this->contact(contact.id);
    const bool participant = before && before->role == Contact::Role::Participant;
    // A new contact starts empty: everything given differs from it and is sent.
    Contact stored = before.value_or(Contact { contact.id, contact.role, {}, {}, {}, {}, {}, {} });
    QJsonObject changed;
    const auto take = [&changed](QLatin1StringView field, QString *was, const QString &value) {
        if (*was != value) {
            changed.insert(field, value);
            *was = value;
        }
    };
    take(Person::name, &stored.name, contact.name.trimmed());
    if (!participant) {
        if (!before || stored.role != contact.role) {
            stored.role = contact.role;
            changed.insert(Person::role, Contact::roleName(contact.role));
        }
        take(Person::functionDe, &stored.function.de, contact.function.de.trimmed());
        take(Person::functionEn, &stored.function.en, contact.function.en.trimmed());
        take(Person::organisation, &stored.organisation, contact.organisation.trimmed());
        take(Person::phone, &stored.phone, contact.phone.trimmed());
        take(Person::email, &stored.email, contact.email.trimmed());
    }
    if (changed.isEmpty())
        return true;
    Transaction transaction(m_db);
    const bool saved = transaction.isActive() && storeContact(stored)
        && ChangeLog(m_db).record(Person::entity, contact.id,
            before ? Records::Operation::update : Records::Operation::insert, changed, now)
        && transaction.commit();
    if (recorded)
        *recorded = saved;
    return saved;
}

bool ContactRepository::storeMunicipality(const Municipality &municipality)
{
    QSqlQuery query(m_db);
    query.prepare(u"INSERT INTO municipalities (id, name) VALUES (?, ?) "
                  "ON CONFLICT(id) DO UPDATE SET name = excluded.name"_s);
    query.addBindValue(municipality.id);
    query.addBindValue(municipality.name);
    return query.exec();
}

bool ContactRepository::storeContact(const Contact &contact)
{
    QSqlQuery query(m_db);
    query.prepare(u"INSERT INTO contacts (%1) VALUES (?, ?, ?, coalesce(?, ''), coalesce(?, ''), "
                  "coalesce(?, ''), ?, coalesce(?, ''), coalesce(?, ''), ?, ?) "
                  "ON CONFLICT(id) DO UPDATE SET role=excluded.role, name=excluded.name, "
                  "function_de=excluded.function_de, function_en=excluded.function_en, "
                  "organisation=excluded.organisation, municipality_id=excluded.municipality_id, "
                  "phone=excluded.phone, email=excluded.email, share_phone=excluded.share_phone, "
                  "share_email=excluded.share_email"_s.arg(contactColumns));
    query.addBindValue(contact.id);
    query.addBindValue(Contact::roleName(contact.role));
    query.addBindValue(contact.name);
    query.addBindValue(contact.function.de);
    query.addBindValue(contact.function.en);
    query.addBindValue(contact.organisation);
    query.addBindValue(
        contact.municipalityId.isEmpty() ? QVariant() : QVariant(contact.municipalityId));
    query.addBindValue(contact.phone);
    query.addBindValue(contact.email);
    query.addBindValue(contact.sharePhone);
    query.addBindValue(contact.shareEmail);
    return query.exec();
}

bool ContactRepository::applyIncomingContact(
    const QString &id, bool deleted, const RowFields &fields)
{
    using namespace IncomingRow;
    namespace Person = Records::Contact;
    if (deleted)
        return m_statements.run(
            u"DELETE FROM contacts WHERE id = ? AND NOT EXISTS (SELECT 1 FROM steps "
            "WHERE owner_contact_id = contacts.id) AND NOT EXISTS (SELECT 1 FROM "
            "log_entries WHERE author_contact_id = contacts.id)"_s,
            { id });
    // Without a choice stated, a participant's details count as not shared (as the server
    // treats them); the programme's contacts (organisers, facilitators) as published.
    const bool published
        = fields.value(Person::role).toString(Person::roleParticipant) != Person::roleParticipant;
    return m_statements.run(
        u"INSERT INTO contacts (id, role, name, function_de, function_en, organisation, "
        "municipality_id, phone, email, share_phone, share_email) "
        "VALUES (?,?,?,?,?,?,?,?,?,?,?) ON CONFLICT(id) DO UPDATE SET "
        "role=excluded.role, name=excluded.name, function_de=excluded.function_de, "
        "function_en=excluded.function_en, organisation=excluded.organisation, "
        "municipality_id=excluded.municipality_id, phone=excluded.phone, "
        "email=excluded.email, share_phone=excluded.share_phone, "
        "share_email=excluded.share_email"_s,
        { id, fields.value(Person::role).toString(Person::roleParticipant),
            text(fields, Person::name), text(fields, Person::functionDe),
            text(fields, Person::functionEn), text(fields, Person::organisation),
            nullable(text(fields, Person::municipalityId)), text(fields, Person::phone),
            text(fields, Person::email), fields.value(Person::sharePhone).toBool(published),
            fields.value(Person::shareEmail).toBool(published) });
}

bool ContactRepository::applyIncomingMunicipality(const QString &id, const RowFields &fields)
{
    return m_statements.run(u"INSERT INTO municipalities (id, name) VALUES (?, ?) "
                            "ON CONFLICT(id) DO UPDATE SET name = excluded.name"_s,
        { id, IncomingRow::text(fields, Records::Municipality::name) });
}
