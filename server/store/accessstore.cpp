// SPDX-License-Identifier: GPL-3.0-or-later
#include "accessstore.h"

#include "accessjournal.h"
#include "records.h"
#include "serverdatabase.h"
#include "syncstore.h"

#include <QCryptographicHash>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace {
QString newId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

/// A code people type: 12 letters and digits without look-alikes, in groups of four.
QString newCode()
{
    static const QString alphabet = u"ABCDEFGHJKLMNPQRSTUVWXYZ23456789"_s;
    QString code;
    auto *random = QRandomGenerator::system();
    for (int i = 0; i < 12; ++i) {
        if (i > 0 && i % 4 == 0)
            code += u'-';
        code += alphabet.at(int(random->bounded(quint32(alphabet.size()))));
    }
    return code;
}

QString newToken()
{
    QByteArray bytes(32, Qt::Uninitialized);
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(bytes.data()), 8);
    return QString::fromLatin1(
        bytes.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

/// The code as newCode() wrote it, however it was typed: in any case, with or without the
/// dashes, with spaces or other dashes between the groups ("abcd efgh jklm", "ABCD–EFGH–JKLM").
QString normalisedCode(const QString &code)
{
    QString result;
    for (const QChar c : code) {
        if (c.isLetterOrNumber())
            result += c.toUpper();
    }
    if (result.size() == 12) {
        result.insert(8, u'-');
        result.insert(4, u'-');
    }
    return result;
}
}

AccessStore::AccessStore(ServerDatabase &database, SyncStore &rows)
    : m_db(database.connection())
    , m_rows(rows)
{
}

QString AccessStore::hash(const QString &secret)
{
    return QString::fromLatin1(
        QCryptographicHash::hash(secret.toUtf8(), QCryptographicHash::Sha256).toHex());
}

QString AccessStore::addMunicipality(const QString &name, Refusal *problem)
{
    const auto refuse = [problem](const QString &code, const QString &text) {
        if (problem)
            *problem = { code, text };
        return QString();
    };
    const QString simplified = name.simplified();
    if (simplified.isEmpty())
        return refuse(u"empty_name"_s, u"The name is empty."_s);
    if (simplified.size() > maximumNameLength)
        return refuse(
            u"long_name"_s, u"A name has at most %1 characters."_s.arg(maximumNameLength));
    for (const auto &row : m_rows.rowsOf(Records::Municipality::entity)) {
        if (!row.deleted
            && row.fields.value(Records::Municipality::name)
                    .toString()
                    .simplified()
                    .compare(simplified, Qt::CaseInsensitive)
                == 0)
            return refuse(u"exists"_s, u"There is a municipality of that name already."_s);
    }
    const QString id = newId();
    if (!m_rows.storeRow(
            Records::Municipality::entity, id, id, { { Records::Municipality::name, simplified } }))
        return refuse(u"store"_s, u"The municipality could not be stored."_s);
    journaled(journalSyncRow(Records::Municipality::entity, id));
    return id;
}

QString AccessStore::invite(Identity::Role role, const QString &municipalityId, const QString &name,
    QString *personId, Refusal *problem, int validDays)
{
    const bool participant = role == Identity::Role::Participant;
    const auto refuse = [problem](const QString &code, const QString &text) {
        if (problem)
            *problem = { code, text };
        return QString();
    };
    if (name.trimmed().isEmpty())
        return refuse(u"empty_name"_s, u"The name is empty."_s);
    if (name.trimmed().size() > maximumNameLength)
        return refuse(
            u"long_name"_s, u"A name has at most %1 characters."_s.arg(maximumNameLength));
    if (validDays < 1 || validDays > maximumValidDays)
        return refuse(
            u"valid_days"_s, u"A code is valid from 1 to %1 days."_s.arg(maximumValidDays));
    if (participant && !m_rows.rowOf(Records::Municipality::entity, municipalityId))
        return refuse(u"no_municipality"_s,
            u"There is no municipality with the id \"%1\" (see list)."_s.arg(
                municipalityId.left(60)));
    // An organiser who is already a contact of the programme (from its file, or added in the
    // app) signs in as that contact, not as a second one of the same name.
    QString id = newId();
    std::optional<SyncStore::Row> existing;
    if (!participant) {
        if (const QString signedIn = organiserNamed(name); !signedIn.isEmpty())
            return refuse(u"signs_in_already"_s,
                u"An organiser named \"%1\" signs in already; for another device of "
                "hers or his use invite-device %2."_s.arg(name.trimmed().left(100), signedIn));
        const auto matches = staffContactsNamed(name);
        if (matches.size() > 1)
            return refuse(u"same_name"_s,
                u"%1 contacts are named \"%2\"; give one of them another name in "
                "the app first."_s.arg(matches.size())
                    .arg(name.trimmed().left(100)));
        if (!matches.isEmpty()) {
            existing = matches.constFirst();
            id = existing->id;
        }
    }
    const QString code = newCode();
    if (!ServerDatabase::beginWriting(m_db))
        return refuse(u"store"_s, u"The store is busy."_s);
    QSqlQuery query(m_db);
    query.prepare(u"INSERT INTO people (id, role, municipality_id, name) "
                  "VALUES (?, ?, coalesce(?, ''), ?)"_s);
    query.addBindValue(id);
    const QLatin1StringView roleName
        = participant ? Records::Contact::roleParticipant : Records::Contact::roleOrganiser;
    query.addBindValue(roleName);
    query.addBindValue(participant ? municipalityId : QString(u""_s));
    query.addBindValue(
        existing ? existing->fields.value(Records::Contact::name).toString() : name.trimmed());
    bool ok = query.exec();
    ok = ok && storeInvitation(query, code, id, validDays);
    // The person's contact row, which they fill in themselves; an existing contact stays as
    // it is (its role, function and organisation), and the details the programme published
    // for it stay shared, now that it is a person's who could choose otherwise.
    const bool published = existing && !existing->fields.contains(Records::Contact::sharePhone);
    ok = ok
        && (!published
            || m_rows.storeRowInTransaction(Records::Contact::entity, id, QString(),
                { { Records::Contact::sharePhone, true },
                    { Records::Contact::shareEmail, true } }));
    ok = ok
        && (existing
            || m_rows.storeRowInTransaction(Records::Contact::entity, id,
                participant ? municipalityId : QString(),
                { { Records::Contact::name, name.trimmed() }, { Records::Contact::role, roleName },
                    { Records::Contact::municipalityId, participant ? municipalityId : QString() },
                    // Shared only once the person chooses to (in the app's profile).
                    { Records::Contact::sharePhone, false },
                    { Records::Contact::shareEmail, false } }));
    if (!ok || !m_rows.commitWrites()) {
        m_rows.rollbackWrites();
        return refuse(u"store"_s, u"The invitation could not be stored."_s);
    }
    journaled(journalRows(u"people"_s, u"id"_s, id)
        && journalRows(u"invitations"_s, u"code_hash"_s, hash(code))
        && (existing || journalSyncRow(Records::Contact::entity, id)));
    if (personId)
        *personId = id;
    return code;
}

QList<SyncStore::Row> AccessStore::staffContactsNamed(const QString &name) const
{
    QList<SyncStore::Row> matches;
    for (const auto &row : m_rows.rowsOf(Records::Contact::entity)) {
        const QString role = row.fields.value(Records::Contact::role).toString();
        if (!row.deleted && role != Records::Contact::roleParticipant
            && row.fields.value(Records::Contact::name)
                    .toString()
                    .simplified()
                    .compare(name.simplified(), Qt::CaseInsensitive)
                == 0
            && !m_rows.isPerson(row.id))
            matches.append(row);
    }
    return matches;
}

QString AccessStore::organiserNamed(const QString &name) const
{
    QSqlQuery query(m_db);
    query.prepare(u"SELECT id, name FROM people WHERE role = ? AND revoked = 0"_s);
    query.addBindValue(Records::Contact::roleOrganiser);
    query.exec();
    while (query.next()) {
        if (query.value(1).toString().simplified().compare(name.simplified(), Qt::CaseInsensitive)
            == 0)
            return query.value(0).toString();
    }
    return {};
}

bool AccessStore::storeInvitation(
    QSqlQuery &query, const QString &code, const QString &personId, int validDays)
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    query.prepare(u"INSERT INTO invitations (code_hash, person_id, created_at, expires_at) "
                  "SELECT ?, id, ?, ? FROM people WHERE id = ? AND revoked = 0"_s);
    query.addBindValue(hash(code));
    query.addBindValue(now.toMSecsSinceEpoch());
    query.addBindValue(now.addDays(validDays).toMSecsSinceEpoch());
    query.addBindValue(personId);
    return query.exec() && query.numRowsAffected() == 1;
}

QString AccessStore::inviteDevice(const QString &personId, int validDays)
{
    if (validDays < 1 || validDays > maximumValidDays)
        return {};
    const QString code = newCode();
    QSqlQuery query(m_db);
    if (!storeInvitation(query, code, personId, validDays))
        return {};
    journaled(journalRows(u"invitations"_s, u"code_hash"_s, hash(code)));
    return code;
}

QDateTime AccessStore::expiryOf(const QString &code) const
{
    QSqlQuery query(m_db);
    query.prepare(u"SELECT expires_at FROM invitations WHERE code_hash = ?"_s);
    query.addBindValue(codeKey(code));
    return query.exec() && query.next() && query.value(0).toLongLong() > 0
        ? QDateTime::fromMSecsSinceEpoch(query.value(0).toLongLong(), Qt::UTC)
        : QDateTime();
}

QList<AccessStore::Invitation> AccessStore::openInvitations() const
{
    QList<Invitation> list;
    QSqlQuery query(m_db);
    query.prepare(u"SELECT i.code_hash, i.person_id, p.name, p.role, p.municipality_id, "
                  "i.created_at, i.expires_at FROM invitations i JOIN people p "
                  "ON p.id = i.person_id WHERE i.used = 0 AND i.ended = 0 AND p.revoked = 0 "
                  "ORDER BY i.created_at, i.code_hash"_s);
    query.exec();
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    const auto instant = [](qint64 ms) {
        return ms > 0 ? QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC) : QDateTime();
    };
    while (query.next()) {
        const qint64 expires = query.value(6).toLongLong();
        list.append({ query.value(0).toString().left(invitationIdLength), query.value(1).toString(),
            query.value(2).toString(), query.value(3).toString(), query.value(4).toString(),
            instant(query.value(5).toLongLong()), instant(expires),
            expires > 0 && expires <= now });
    }
    return list;
}

bool AccessStore::endInvitation(const QString &id)
{
    // An invitation's id is the start of its code's hash (hex); a person's id ends all theirs.
    static const QRegularExpression hashStart(u"^[0-9a-f]{%1}$"_s.arg(invitationIdLength));
    QSqlQuery query(m_db);
    if (hashStart.match(id).hasMatch()) {
        query.prepare(u"UPDATE invitations SET ended = 1 WHERE used = 0 AND ended = 0 "
                      "AND substr(code_hash, 1, %1) = ?"_s.arg(invitationIdLength));
    } else {
        query.prepare(
            u"UPDATE invitations SET ended = 1 WHERE used = 0 AND ended = 0 AND person_id = ?"_s);
    }
    query.addBindValue(id);
    if (!query.exec() || query.numRowsAffected() == 0)
        return false;
    journaled(journalRows(u"invitations"_s,
        hashStart.match(id).hasMatch() ? u"substr(code_hash, 1, %1)"_s.arg(invitationIdLength)
                                       : u"person_id"_s,
        id));
    return true;
}

QString AccessStore::codeKey(const QString &code)
{
    return hash(normalisedCode(code));
}

std::optional<AccessStore::Redeemed> AccessStore::redeem(
    const QString &code, const QString &deviceName, bool *failed)
{
    const auto failure = [&] {
        m_rows.rollbackWrites();
        if (failed)
            *failed = true;
        return std::nullopt;
    };
    if (failed)
        *failed = false;
    if (!ServerDatabase::beginWriting(m_db))
        return failure();
    QSqlQuery query(m_db);
    // Taking the code and marking it used is one step: two devices racing get one token.
    query.prepare(u"UPDATE invitations SET used = 1 WHERE code_hash = ? AND used = 0 "
                  "AND ended = 0 AND (expires_at = 0 OR expires_at > ?) RETURNING person_id"_s);
    query.addBindValue(codeKey(code));
    query.addBindValue(QDateTime::currentMSecsSinceEpoch());
    if (!query.exec())
        return failure();
    if (!query.next()) {
        m_rows.rollbackWrites();
        return std::nullopt;
    }
    const QString personId = query.value(0).toString();
    query.finish();
    Redeemed result;
    result.token = newToken();
    query.prepare(u"INSERT INTO devices (id, person_id, token_hash, name, created_at) "
                  "VALUES (?, ?, ?, coalesce(?, ''), ?)"_s);
    const QString deviceId = newId();
    query.addBindValue(deviceId);
    query.addBindValue(personId);
    query.addBindValue(hash(result.token));
    query.addBindValue(deviceName.left(100));
    query.addBindValue(QDateTime::currentMSecsSinceEpoch());
    if (!query.exec())
        return failure();
    // Read before the commit: a code used up is never one whose token did not reach the device.
    const auto identity = identityFor(result.token);
    if (!identity || !m_rows.commitWrites())
        return failure();
    journaled(journalRows(u"invitations"_s, u"code_hash"_s, codeKey(code))
        && journalRows(u"devices"_s, u"id"_s, deviceId));
    result.identity = *identity;
    return result;
}

std::optional<Identity> AccessStore::identityFor(const QString &token) const
{
    if (token.isEmpty() || token.size() > maximumTokenLength)
        return std::nullopt;
    auto query = m_statements.use(
        u"SELECT devices.id, people.role, people.municipality_id, people.id "
        "FROM devices JOIN people ON people.id = devices.person_id "
        "WHERE devices.token_hash = ? AND devices.revoked = 0 AND people.revoked = 0"_s);
    query->bindValue(0, hash(token));
    if (!query->exec() || !query->next())
        return std::nullopt;
    return Identity { query->value(0).toString(),
        query->value(1).toString() == Records::Contact::roleOrganiser ? Identity::Role::Organiser
                                                                      : Identity::Role::Participant,
        query->value(2).toString(), query->value(3).toString() };
}

AccessStore::TokenStatus AccessStore::statusOf(const QString &token) const
{
    if (token.isEmpty() || token.size() > maximumTokenLength)
        return TokenStatus::Unknown;
    QSqlQuery query(m_db);
    query.prepare(u"SELECT devices.revoked + people.revoked FROM devices "
                  "JOIN people ON people.id = devices.person_id WHERE devices.token_hash = ?"_s);
    query.addBindValue(hash(token));
    if (!query.exec())
        return TokenStatus::Unreadable;
    if (!query.next())
        return TokenStatus::Unknown;
    // Not revoked: a device's valid token whose reading failed (an outage beginning or ending).
    return query.value(0).toInt() > 0 ? TokenStatus::Revoked : TokenStatus::Unreadable;
}

bool AccessStore::revokeDevice(const QString &deviceId)
{
    QSqlQuery query(m_db);
    query.prepare(u"UPDATE devices SET revoked = 1 WHERE id = ?"_s);
    query.addBindValue(deviceId);
    const bool done = query.exec() && query.numRowsAffected() == 1;
    if (done) {
        journaled(journalRows(u"devices"_s, u"id"_s, deviceId));
        // The person's last device signed out: their calendar address ends with it.
        query.prepare(u"DELETE FROM calendar_feeds WHERE person_id = "
                      "(SELECT person_id FROM devices WHERE id = ?) AND NOT EXISTS (SELECT 1 "
                      "FROM devices WHERE person_id = calendar_feeds.person_id AND revoked = 0)"_s);
        query.addBindValue(deviceId);
        query.exec();
    }
    return revoked(done);
}

bool AccessStore::revokePerson(const QString &personId)
{
    QSqlQuery query(m_db);
    query.prepare(u"UPDATE people SET revoked = 1 WHERE id = ?"_s);
    query.addBindValue(personId);
    const bool done = query.exec() && query.numRowsAffected() == 1;
    if (done) {
        journaled(journalRows(u"people"_s, u"id"_s, personId));
        query.prepare(u"DELETE FROM calendar_feeds WHERE person_id = ?"_s);
        query.addBindValue(personId);
        query.exec();
    }
    return revoked(done);
}

void AccessStore::journaled(bool written) const
{
    // Committed, and valid, but a restore would undo it: the operator must know.
    if (!written)
        qWarning("storage failure: a decision could not be written to the access journal %s",
            qPrintable(m_journal->path()));
}

bool AccessStore::revoked(bool done) const
{
    if (done && m_revoked)
        m_revoked();
    return done;
}

bool AccessStore::movePerson(const QString &personId, const QString &municipalityId)
{
    if (!ServerDatabase::beginWriting(m_db))
        return false;
    QSqlQuery query(m_db);
    query.prepare(u"SELECT 1 FROM rows WHERE entity = ? AND id = ? AND deleted = 0"_s);
    query.addBindValue(Records::Municipality::entity);
    query.addBindValue(municipalityId);
    bool ok = query.exec() && query.next();
    query.finish();
    if (ok) {
        query.prepare(u"UPDATE people SET municipality_id = ? "
                      "WHERE id = ? AND role = 'participant'"_s);
        query.addBindValue(municipalityId);
        query.addBindValue(personId);
        ok = query.exec() && query.numRowsAffected() == 1;
    }
    ok = ok
        && m_rows.storeRowInTransaction(Records::Contact::entity, personId, municipalityId,
            { { Records::Contact::municipalityId, municipalityId } });
    if (!ok || !m_rows.commitWrites()) {
        m_rows.rollbackWrites();
        return false;
    }
    return true;
}

QList<AccessStore::Person> AccessStore::people() const
{
    QList<Person> result;
    QSqlQuery query(m_db);
    query.exec(u"SELECT people.id, people.role, people.municipality_id, people.name, "
               "people.revoked, (SELECT count(*) FROM devices WHERE devices.person_id = people.id "
               "AND devices.revoked = 0) FROM people ORDER BY people.name"_s);
    while (query.next()) {
        result.append(
            { query.value(0).toString(), query.value(1).toString(), query.value(2).toString(),
                query.value(3).toString(), query.value(4).toInt() != 0, query.value(5).toInt() });
    }
    return result;
}

QList<AccessStore::Device> AccessStore::devices() const
{
    QList<Device> result;
    QSqlQuery query(m_db);
    query.exec(u"SELECT devices.id, devices.person_id, devices.name, devices.created_at, "
               "devices.last_sync_on FROM devices JOIN people ON people.id = devices.person_id "
               "WHERE devices.revoked = 0 AND people.revoked = 0 "
               "ORDER BY devices.created_at, devices.id"_s);
    while (query.next()) {
        const qint64 created = query.value(3).toLongLong();
        result.append(
            { query.value(0).toString(), query.value(1).toString(), query.value(2).toString(),
                created > 0 ? QDateTime::fromMSecsSinceEpoch(created, Qt::UTC) : QDateTime(),
                QDate::fromString(query.value(4).toString(), Qt::ISODate) });
    }
    return result;
}

bool AccessStore::noteSync(const QString &deviceId, const QDate &day)
{
    QSqlQuery query(m_db);
    query.prepare(u"UPDATE devices SET last_sync_on = ? WHERE id = ? AND last_sync_on < ?"_s);
    const QString text = day.toString(Qt::ISODate);
    query.addBindValue(text);
    query.addBindValue(deviceId);
    query.addBindValue(text);
    return query.exec();
}
