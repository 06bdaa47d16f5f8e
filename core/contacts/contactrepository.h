// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "contact.h"
#include "rowfields.h"
#include "statementcache.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QSqlDatabase>

class Database;

/// Owns the SQL of people and municipalities. Changes made on this device are recorded in the
/// local change history in the same transaction.
class ContactRepository
{
public:
    explicit ContactRepository(Database &database);

    QList<Contact> contacts() const;
    std::optional<Contact> contact(const QString &id) const;
    QList<Municipality> municipalities() const; ///< ordered by name
    std::optional<Municipality> municipality(const QString &id) const;
    QList<Contact> participantsOf(const QString &municipalityId) const;

    /// Adds a municipality entered on this device; returns its new id, or empty on error.
    QString addMunicipality(const QString &name, const QDateTime &now);
    /// Adds a participant entered on this device; returns the new id, or empty on error.
    QString addParticipant(
        const QString &name, const QString &municipalityId, const QDateTime &now);
    /// A participant's own phone and e-mail, and which of them the cohort may see.
    bool setOwnDetails(const QString &contactId, const QString &phone, const QString &email,
        bool sharePhone, bool shareEmail, const QDateTime &now);

    /// An organiser's change to a contact, or a new one: organisers, facilitators and speakers
    /// entirely, a participant's name only (the rest is the participant's own). Stores it and
    /// records only the fields that differ from what the device had; true and nothing
    /// recorded when nothing differs (*recorded says which).
    bool saveContact(const Contact &contact, const QDateTime &now, bool *recorded = nullptr);

    /// Stores a municipality/contact as received (demo cohort, later the server), without
    /// recording a local change.
    bool storeMunicipality(const Municipality &municipality);
    bool storeContact(const Contact &contact);

    /// Stores a contact as the server sends it; a removed contact that a step or log entry
    /// here still names stays, unseen.
    bool applyIncomingContact(const QString &id, bool deleted, const RowFields &fields);
    /// Stores a municipality as the server sends it.
    bool applyIncomingMunicipality(const QString &id, const RowFields &fields);

private:
    QSqlDatabase m_db;
    StatementCache m_statements { m_db };
};
