// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "identity.h"
#include "personerasure.h"
#include "preparedstatements.h"

#include <QDateTime>
#include <QList>
#include <QSqlDatabase>

#include <functional>
#include <optional>

#include "syncstore.h"

class AccessJournal;
class QSqlQuery;
class ServerDatabase;

/// People, their one-time invitation codes and their devices' tokens. Codes and tokens are
/// random and stored only as SHA-256 hashes.
class AccessStore
{
public:
    AccessStore(ServerDatabase &database, SyncStore &rows);

    /// Why something was refused: a code the app words in its language (docs/sync-protocol.md)
    /// and a sentence for the operator's shell.
    struct Refusal
    {
        QString code; ///< "empty_name", "long_name", "exists", "no_municipality", …
        QString text;
    };

    /// Adds a municipality (also sent to every device); returns its id, or empty with
    /// *problem saying why: "empty_name", "long_name", "exists" (one of that name), "store".
    QString addMunicipality(const QString &name, Refusal *problem = nullptr);
    /// Adds a person and returns a one-time code for their first device, or empty with
    /// *problem saying why. A participant needs a municipality that exists; an organiser has
    /// none, and one who is a contact of the programme already (the same name, not yet signed
    /// in) becomes that contact. Refusals: "empty_name", "long_name", "valid_days",
    /// "no_municipality", "signs_in_already" (an organiser of that name), "same_name" (several
    /// contacts of that name), "store".
    QString invite(Identity::Role role, const QString &municipalityId, const QString &name,
        QString *personId = nullptr, Refusal *problem = nullptr, int validDays = defaultValidDays);

    /// A one-time code for another device of a person already invited (a participant's
    /// office PC beside their phone), or empty if there is no such person or they were
    /// revoked.
    QString inviteDevice(const QString &personId, int validDays = defaultValidDays);
    /// When the invitation of @p code ends, as stored (invalid if there is none).
    QDateTime expiryOf(const QString &code) const;

    /// How long a code can be used unless said otherwise.
    static constexpr int defaultValidDays = 30;
    /// The longest an operator may let a code be valid.
    static constexpr int maximumValidDays = 365;
    /// Longer than any token handed out: not looked up at all.
    static constexpr int maximumTokenLength = 200;
    /// The longest name of a person or a municipality.
    static constexpr int maximumNameLength = 100;

    /// An invitation not used yet.
    struct Invitation
    {
        QString id; ///< the start of its code's hash: names it without giving the code away
        QString personId;
        QString personName;
        QString role;
        QString municipalityId;
        QDateTime createdAt; ///< invalid for codes from before dates were kept
        QDateTime expiresAt; ///< invalid: does not expire (made before codes expired)
        bool expired = false;
    };
    /// Every invitation neither used nor ended, expired ones included, the oldest first.
    QList<Invitation> openInvitations() const;
    /// Ends invitation @p id (or every open one of person @p id): its code is of no use any
    /// more. False if there was none.
    bool endInvitation(const QString &id);

    struct Redeemed
    {
        QString token;
        Identity identity;
    };
    /// Exchanges an unused code for a device token; the code is used up. None if the code is
    /// of no use, or, with *@p failed set, if the store could not be written (the code stays
    /// as it was).
    std::optional<Redeemed> redeem(
        const QString &code, const QString &deviceName, bool *failed = nullptr);
    /// The identity a token stands for, unless the device or the person was revoked.
    std::optional<Identity> identityFor(const QString &token) const;
    /// What a token is that identityFor() did not take: a device's that was revoked, one the
    /// store does not know, or one it could not tell (the store could not be read, or the
    /// token is a valid device's and reading it failed a moment before).
    enum class TokenStatus { Revoked, Unknown, Unreadable };
    TokenStatus statusOf(const QString &token) const;

    bool revokeDevice(const QString &deviceId);
    bool revokePerson(const QString &personId);
    /// A participant changes municipality (a new job): from the next request on, their devices
    /// write the new municipality's project; their contact row says so to every device.
    bool movePerson(const QString &personId, const QString &municipalityId);

    /// Erases person (or contact of the programme) @p personId for good (PersonErasure) and
    /// writes it to the journal, dropping what the journal held of them, so that a restore
    /// erases them again. Returns false with *@p problem: "unknown", "store".
    bool forgetPerson(
        const QString &personId, PersonErasure::Writings writings, Refusal *problem = nullptr);
    /// The same for every one of @p ids at once (a closed programme's retention has passed):
    /// one transaction, one rewrite of the journal; false if the store could not be written.
    bool forgetPeople(const QStringList &ids, PersonErasure::Writings writings);

    struct Person
    {
        QString id;
        QString role;
        QString municipalityId;
        QString name;
        bool revoked = false;
        int devices = 0;
    };
    QList<Person> people() const;

    /// A device signed in and not signed out.
    struct Device
    {
        QString id;
        QString personId;
        QString name; ///< what the device called itself ("Android 14")
        QDateTime signedInAt; ///< invalid for devices from before this was kept
        QDate lastSyncOn; ///< the day it last synced; invalid if never since this was kept
    };
    /// Every device signed in now, of people not signed out, the oldest first.
    QList<Device> devices() const;

    /// Keeps @p day as the day device @p deviceId last synced (a later day only).
    bool noteSync(const QString &deviceId, const QDate &day);

    static QString hash(const QString &secret);
    /// Told after a device or a person was signed out (QuietSyncs forgets the tokens it knows).
    void setRevocationListener(std::function<void()> listener) { m_revoked = std::move(listener); }
    /// Where each decision is written once committed (none: nowhere).
    void setJournal(AccessJournal *journal);
    /// Applies @p journal's decisions again (after a restore): what the store lacks is added,
    /// a revocation or a code used or ended stays so. Returns how many entries were applied,
    /// or -1 with *@p error set; *@p error also says if lines could not be read.
    int replay(AccessJournal &journal, QString *error);
    /// The same for every way of typing one code (spaces, case): its hash, to count the
    /// tries of a code without keeping the code.
    static QString codeKey(const QString &code);

private:
    static constexpr int invitationIdLength = 16;
    /// Writes the rows of @p table whose @p column is @p value to the journal.
    bool journalRows(const QString &table, const QString &column, const QString &value);
    /// Warns if a decision could not be written to the journal.
    void journaled(bool written) const;
    /// Erasures the store lists that @p journal lacks (made through another instance, with a
    /// journal of its own): the journal forgets those people too and lists them.
    void learnErasures(
        AccessJournal &journal, const QHash<QString, PersonErasure::Writings> &known);
    /// Erases @p ids in the transaction the caller opened, commits, then writes the journal.
    bool eraseInTransaction(const QStringList &ids, PersonErasure::Writings writings);
    /// Writes the synced row @p entity @p id (a municipality, a contact) to the journal.
    bool journalSyncRow(const QString &entity, const QString &id);
    /// Tells the listener if @p done; returns @p done.
    bool revoked(bool done) const;
    /// Stores @p code's invitation for @p personId (not revoked), valid @p validDays days.
    static bool storeInvitation(
        QSqlQuery &query, const QString &code, const QString &personId, int validDays);
    /// Contacts of the programme (not participants) named @p name who do not sign in yet.
    QList<SyncStore::Row> staffContactsNamed(const QString &name) const;
    /// The id of an organiser named @p name who signs in already, or empty.
    QString organiserNamed(const QString &name) const;

    QSqlDatabase m_db;
    mutable PreparedStatements m_statements { m_db };
    SyncStore &m_rows;
    std::function<void()> m_revoked;
    AccessJournal *m_journal = nullptr;
};
