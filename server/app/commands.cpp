// SPDX-License-Identifier: GPL-3.0-or-later
#include "commands.h"

#include "accessjournal.h"
#include "accessstore.h"
#include "auditlog.h"
#include "console.h"
#include "dataprotectiondocument.h"
#include "filestore.h"
#include "filetypes.h"
#include "invitationlink.h"
#include "personaldatadocument.h"
#include "personexport.h"
#include "programmeimport.h"
#include "programmeretention.h"
#include "records.h"
#include "serverdatabase.h"
#include "serversettings.h"
#include "syncstore.h"
#include "tlsfiles.h"

#include <QDir>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QSqlQuery>
#include <QSslCertificate>
#include <cstdio>

using namespace Qt::StringLiterals;
using Console::fail;
using Console::say;

const char Commands::usage[] = R"(Commands:
  serve                         answer the app (HTTPS; see --listen, --certificate, --plain-http);
                                SIGHUP reads the certificate and key again
  import-programme FILE [NOTE]  load or update the programme from a programme data file,
                                published as one release with NOTE for everyone (a date
                                the file leaves out stays; a cancelled one stays cancelled)
  add-municipality NAME         add a municipality; prints its id
  invite-participant MUNICIPALITY-ID NAME
                                add a participant; prints their one-time sign-in code
  invite-organiser NAME         add an organiser (an existing contact of that name becomes
                                them); prints their one-time sign-in code
  invite-device PERSON-ID       a one-time sign-in code for another device of a person
                                (codes are valid 30 days unless --valid-days says otherwise)
  invitations                   codes not used yet: id, person, when each expires
  end-invitation ID             a code not used yet (ID from invitations), or every one of a
                                person (their PERSON-ID), can no longer be used
  list [--json]                 municipalities, people with their devices (id, name, signed
                                in, last sync) and open invitations
  revoke-device DEVICE-ID       sign a device out (ids from list)
  revoke-person PERSON-ID       sign a person out on all devices
  export-person PERSON-ID FILE  everything stored about a person: FILE.json (documented in
                                docs/data-protection.md) and FILE.pdf to read, in their
                                language (--language de|en)
  forget-person PERSON-ID       erase a person (or a contact of the programme) for good: their
                                sign-in, devices, contact details and notes; what they wrote
                                into projects stays without their name (--remove-writings:
                                removed too); a restored backup erases them again
  move-person PERSON-ID MUNICIPALITY-ID
                                a participant changes to another municipality
  close-programme [DAY|open]    the programme is over (on DAY, YYYY-MM-DD, default today):
                                its personal data is erased --retention-days after (default
                                183); "open" takes that back
  data-protection               the record of processing, deletion concept and technical and
                                organisational measures for a data-protection officer
                                (Markdown, German), with this server's periods
  audit [--json]                what organisers and the operator did: when, who, what, to
                                whom (ids only), kept --audit-days (default 90)
  forget-deletions DAYS         forget deletions older than DAYS days (serve does this
                                daily for 90 days); devices behind them download again
  backup FILE                   write a consistent copy of an SQLite store
  mark-restored                 after restoring a store by other means (pg_dump, a file
                                copy): tell devices to send again what it lacks

Every command reads the configuration file (--config) as serve does and says on standard
error which store it opened.)";

namespace {
/// The link a person opens instead of typing (see protocol/invitationlink.h): this server's
/// address (--public-address, else the --listen one), @p code and, for a self-signed
/// certificate, its fingerprint. Empty with @p error set when the address is not https://.
QString invitationLinkFor(const ServerSettings &settings, const QString &code, QString *error)
{
    InvitationLink link;
    link.server = QUrl(settings.isSet(u"public-address"_s)
            ? settings.value(u"public-address"_s)
            : u"https://%1/"_s.arg(settings.value(u"listen"_s)));
    link.code = code;
    if (link.server.scheme() != u"https"_s || link.server.host().isEmpty()) {
        *error = u"--public-address needs the address people reach the server at, starting "
                 "with https://."_s;
        return {};
    }
    if (settings.isOn(u"plain-http"_s))
        return link.toString(); // behind a proxy with a certificate everyone trusts
    const QString certificate = settings.certificateFile();
    // The certificate serve will use, made now if it does not exist yet.
    if (!settings.isSet(u"certificate"_s)
        && !TlsFiles::ensureSelfSigned(certificate, settings.keyFile(), error))
        return {};
    const auto found = QSslCertificate::fromPath(certificate);
    if (found.isEmpty()) {
        *error = u"No link for the app: the certificate %1 cannot be read, so the link could "
                 "not say which one to trust."_s.arg(certificate);
        return {};
    }
    // A certificate from a public authority is checked as every browser does; only a
    // self-signed one needs its fingerprint in the link.
    if (found.constFirst().isSelfSigned())
        link.fingerprint = TlsFiles::fingerprint(certificate);
    return link.toString();
}

QString day(const QDateTime &when)
{
    return when.isValid() ? when.toUTC().date().toString(Qt::ISODate) : QString();
}

/// Everything `list` shows, as JSON: municipalities, people with their devices, invitations.
QJsonObject listing(SyncStore &store, AccessStore &access)
{
    QJsonArray municipalities;
    QHash<QString, QString> townNames;
    for (const auto &row : store.rowsOf(Records::Municipality::entity)) {
        if (row.deleted)
            continue;
        const QString name = row.fields.value(Records::Municipality::name).toString();
        townNames.insert(row.id, name);
        municipalities.append(QJsonObject { { u"id"_s, row.id }, { u"name"_s, name } });
    }
    QHash<QString, QJsonArray> devicesOf;
    for (const auto &device : access.devices()) {
        devicesOf[device.personId].append(QJsonObject { { u"id"_s, device.id },
            { u"name"_s, device.name }, { u"signedIn"_s, day(device.signedInAt) },
            { u"lastSync"_s, device.lastSyncOn.toString(Qt::ISODate) } });
    }
    QJsonArray people;
    for (const auto &person : access.people()) {
        people.append(QJsonObject { { u"id"_s, person.id }, { u"name"_s, person.name },
            { u"role"_s, person.role }, { u"municipalityId"_s, person.municipalityId },
            { u"municipality"_s, townNames.value(person.municipalityId) },
            { u"signedOut"_s, person.revoked }, { u"devices"_s, devicesOf.value(person.id) } });
    }
    QJsonArray invitations;
    for (const auto &invitation : access.openInvitations()) {
        invitations.append(QJsonObject { { u"id"_s, invitation.id },
            { u"personId"_s, invitation.personId }, { u"name"_s, invitation.personName },
            { u"role"_s, invitation.role }, { u"expires"_s, day(invitation.expiresAt) },
            { u"expired"_s, invitation.expired } });
    }
    return { { u"municipalities"_s, municipalities }, { u"people"_s, people },
        { u"invitations"_s, invitations } };
}

/// The listing as tables for a terminal.
void printListing(const QJsonObject &list)
{
    say(u"Municipalities:"_s);
    for (const auto &each : list.value("municipalities"_L1).toArray()) {
        const auto town = each.toObject();
        say(u"  %1  %2"_s.arg(town.value("id"_L1).toString(), town.value("name"_L1).toString()));
    }
    say(u"People (id, role, name, municipality) and their devices (id, name, signed in, last "
        "sync):"_s);
    for (const auto &each : list.value("people"_L1).toArray()) {
        const auto person = each.toObject();
        say(u"  %1  %2  %3  %4%5"_s.arg(person.value("id"_L1).toString(),
            person.value("role"_L1).toString(), person.value("name"_L1).toString(),
            person.value("municipality"_L1).toString(),
            person.value("signedOut"_L1).toBool() ? u"  (signed out)"_s : QString()));
        for (const auto &device : person.value("devices"_L1).toArray()) {
            const auto it = device.toObject();
            say(u"      device %1  %2  signed in %3  last sync %4"_s.arg(
                it.value("id"_L1).toString(), it.value("name"_L1).toString(u"-"_s),
                it.value("signedIn"_L1).toString(u"-"_s),
                it.value("lastSync"_L1).toString().isEmpty() ? u"-"_s
                                                             : it.value("lastSync"_L1).toString()));
        }
    }
    say(u"Open invitations (id, person, name, role, expires):"_s);
    for (const auto &each : list.value("invitations"_L1).toArray()) {
        const auto invitation = each.toObject();
        say(u"  %1  %2  %3  %4  %5%6"_s.arg(invitation.value("id"_L1).toString(),
            invitation.value("personId"_L1).toString(), invitation.value("name"_L1).toString(),
            invitation.value("role"_L1).toString(), invitation.value("expires"_L1).toString(u"-"_s),
            invitation.value("expired"_L1).toBool() ? u" (expired)"_s : QString()));
    }
}

/// Writes the contents of every file @p listed in an export into @p folder (readable by the
/// operator alone), part by part, never a whole file in memory; false if one cannot be.
bool writeFiles(const FileStore &store, const QJsonArray &listed, const QString &folder)
{
    if (listed.isEmpty())
        return true;
    if (!QDir().mkpath(folder)
        || !QFile::setPermissions(
            folder, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner))
        return false;
    constexpr qint64 part = 1 << 20;
    int number = 0;
    for (const auto &each : listed) {
        const QJsonObject file = each.toObject();
        const QString hash = file.value("hash"_L1).toString();
        const qint64 size = file.value("size"_L1).toInteger();
        QSaveFile out(QDir(folder).filePath(u"%1-%2"_s.arg(++number).arg(
            FileTypes::safeFileName(file.value("fileName"_L1).toString()))));
        if (!out.open(QIODevice::WriteOnly)
            || !out.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner))
            return false;
        for (qint64 position = 0; position < size; position += part) {
            const QByteArray data = store.read(hash, position, qMin(part, size - position));
            if (data.isEmpty() || out.write(data) != data.size())
                return false;
        }
        if (!out.commit())
            return false;
    }
    return true;
}

/// Writes @p file.json and @p file.pdf with everything the store holds about @p personId.
int exportPerson(SyncStore &store, const FileStore &fileStore, const QString &personId,
    const QString &file, const QString &language)
{
    const auto data = PersonExport(store).of(personId);
    if (!data)
        return fail(
            u"No person or contact with the id \"%1\" (see list)."_s.arg(personId.left(60)));
    if (!language.isEmpty() && language != "de"_L1 && language != "en"_L1)
        return fail(u"--language must be de or en."_s);
    const QString chosen = !language.isEmpty()
        ? language
        : data->value("calendarSubscription"_L1).toObject().value("language"_L1).toString(u"de"_s);
    const PersonalDataDocument document(*data, chosen);
    const QList<std::pair<QString, QByteArray>> files {
        { file + u".json"_s, QJsonDocument(*data).toJson(QJsonDocument::Indented) },
        { file + u".pdf"_s, document.pdf() }
    };
    for (const auto &[path, content] : files) {
        QSaveFile out(path);
        if (!out.open(QIODevice::WriteOnly) || out.write(content) != content.size()
            || !out.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner)
            || !out.commit())
            return fail(u"Cannot write %1."_s.arg(path));
    }
    const QJsonArray listed = data->value("files"_L1).toArray();
    if (!writeFiles(fileStore, listed, file + u"-files"_s))
        return fail(u"Cannot write the person's files into %1-files."_s.arg(file));
    say(u"Written: %1.json and %1.pdf (%2)%3, readable by you alone. They hold personal data: "
        "hand them to the person by a safe way and delete them afterwards."_s.arg(file, chosen,
            listed.isEmpty()
                ? QString()
                : u" and the %1 files they added in %2-files"_s.arg(listed.size()).arg(file)));
    return 0;
}

QString nameOf(AccessStore &access, const QString &id)
{
    for (const auto &person : access.people()) {
        if (person.id == id)
            return person.name;
    }
    return {};
}
}

namespace {
/// The commands that change or hand out what the store holds, as the audit log names them.
const QStringList &auditedCommands()
{
    static const QStringList commands { u"import-programme"_s, u"add-municipality"_s,
        u"invite-participant"_s, u"invite-organiser"_s, u"invite-device"_s, u"end-invitation"_s,
        u"revoke-device"_s, u"revoke-person"_s, u"move-person"_s, u"forget-person"_s,
        u"export-person"_s, u"forget-deletions"_s, u"backup"_s, u"mark-restored"_s,
        u"close-programme"_s };
    return commands;
}
}

int Commands::run(const QStringList &arguments, const ServerSettings &settings,
    ServerDatabase &database, SyncStore &store, AccessStore &access, AccessJournal &journal)
{
    // What the command acted on: the id it was given, or the one it made.
    QString subject = arguments.value(1);
    const int exitCode = runOne(arguments, settings, database, store, access, journal, &subject);
    const QString &command = arguments.first();
    if (exitCode == 0 && auditedCommands().contains(command)) {
        if (command == "forget-person"_L1)
            subject = PersonErasure::erasedName(arguments.at(1));
        else if (command == "import-programme"_L1 || command == "backup"_L1)
            subject.clear(); // a file, not an id
        if (!AuditLog(database.connection())
                 .record(AuditLog::operatorActor(),
                     command.section(u'-', 0, 0) + u' ' + command.section(u'-', 1),
                     subject.left(100)))
            Console::note(u"Warning: the audit log could not be written."_s);
    }
    return exitCode;
}

int Commands::runOne(const QStringList &arguments, const ServerSettings &settings,
    ServerDatabase &database, SyncStore &store, AccessStore &access, AccessJournal &journal,
    QString *subject)
{
    const QString command = arguments.first();
    auto needs = [&arguments](int count) { return arguments.size() == count + 1; };
    bool validDaysNumber = false;
    const int validDays = settings.value(u"valid-days"_s).toInt(&validDaysNumber);
    if (!validDaysNumber || validDays < 1 || validDays > AccessStore::maximumValidDays)
        return fail(u"--valid-days needs a whole number from 1 to %1."_s.arg(
            AccessStore::maximumValidDays));
    const auto sayCode = [&](const QString &code) {
        say(u"Sign-in code (valid once, until %1): %2"_s.arg(
            access.expiryOf(code).toLocalTime().date().toString(Qt::ISODate), code));
        QString error;
        const QString link = invitationLinkFor(settings, code, &error);
        say(link.isEmpty() ? error : u"Link for the app: %1"_s.arg(link));
    };
    if (command == "import-programme"_L1 && (needs(1) || needs(2))) {
        const auto imported = ProgrammeImport::run(
            arguments.at(1), store, needs(2) ? arguments.at(2) : ProgrammeImport::defaultNote());
        if (!imported.error.isEmpty())
            return fail(imported.error);
        say(ProgrammeImport::describe(imported));
        return 0;
    }
    if (command == "add-municipality"_L1 && needs(1)) {
        AccessStore::Refusal problem;
        const QString id = access.addMunicipality(arguments.at(1), &problem);
        if (id.isEmpty())
            return fail(u"The municipality could not be added: %1"_s.arg(problem.text));
        say(id);
        *subject = id;
        Console::note(u"Added the municipality \"%1\"."_s.arg(arguments.at(1).trimmed()));
        return 0;
    }
    if ((command == "invite-participant"_L1 && needs(2))
        || (command == "invite-organiser"_L1 && needs(1))) {
        const bool participant = command == "invite-participant"_L1;
        AccessStore::Refusal problem;
        QString personId;
        const QString code = participant ? access.invite(Identity::Role::Participant,
                                 arguments.at(1), arguments.at(2), &personId, &problem, validDays)
                                         : access.invite(Identity::Role::Organiser, {},
                                             arguments.at(1), &personId, &problem, validDays);
        if (code.isEmpty())
            return fail(u"The invitation could not be made: %1"_s.arg(problem.text));
        Console::note(u"Invited %1 (person %2)."_s.arg(arguments.last().trimmed(), personId));
        *subject = personId;
        sayCode(code);
        return 0;
    }
    if (command == "invite-device"_L1 && needs(1)) {
        const QString code = access.inviteDevice(arguments.at(1), validDays);
        if (code.isEmpty())
            return fail(u"No such person, or they were signed out for good (see list)."_s);
        Console::note(u"A code for another device of %1."_s.arg(nameOf(access, arguments.at(1))));
        sayCode(code);
        return 0;
    }
    if (command == "invitations"_L1 && needs(0)) {
        const auto open = access.openInvitations();
        for (const auto &invitation : open)
            say(u"%1  %2  %3  %4  %5"_s.arg(invitation.id, invitation.personId,
                invitation.personName, invitation.role,
                invitation.expired
                    ? u"expired %1"_s.arg(invitation.expiresAt.date().toString(Qt::ISODate))
                    : invitation.expiresAt.isValid()
                    ? u"valid until %1"_s.arg(invitation.expiresAt.date().toString(Qt::ISODate))
                    : u"no expiry (made before codes expired)"_s));
        if (open.isEmpty())
            say(u"No invitation waits to be used."_s);
        return 0;
    }
    if (command == "end-invitation"_L1 && needs(1))
        return access.endInvitation(arguments.at(1))
            ? (say(u"Ended: that code can no longer be used."_s), 0)
            : fail(u"No open invitation with that id or person id (see invitations)."_s);
    if (command == "list"_L1 && needs(0)) {
        const QJsonObject list = listing(store, access);
        if (settings.isOn(u"json"_s))
            say(QString::fromUtf8(QJsonDocument(list).toJson(QJsonDocument::Indented)).trimmed());
        else
            printListing(list);
        return 0;
    }
    if (command == "revoke-device"_L1 && needs(1))
        return access.revokeDevice(arguments.at(1))
            ? (say(u"Signed out: device %1 can no longer sync."_s.arg(arguments.at(1))), 0)
            : fail(u"No device with the id \"%1\" (see list)."_s.arg(arguments.at(1).left(60)));
    if (command == "revoke-person"_L1 && needs(1)) {
        const QString name = nameOf(access, arguments.at(1));
        return access.revokePerson(arguments.at(1))
            ? (say(u"Signed out: %1 on all devices."_s.arg(name)), 0)
            : fail(u"No person with the id \"%1\" (see list)."_s.arg(arguments.at(1).left(60)));
    }
    if (command == "export-person"_L1 && needs(2))
        return exportPerson(store, FileStore(database), arguments.at(1), arguments.at(2),
            settings.value(u"language"_s));
    if (command == "forget-person"_L1 && needs(1)) {
        const QString name = nameOf(access, arguments.at(1));
        AccessStore::Refusal refusal;
        const bool removeWritings = settings.isOn(u"remove-writings"_s);
        if (!access.forgetPerson(arguments.at(1),
                removeWritings ? PersonErasure::Writings::Remove
                               : PersonErasure::Writings::KeepWithoutAuthor,
                &refusal))
            return fail(refusal.code == "unknown"_L1
                    ? u"No person or contact with the id \"%1\" (see list)."_s.arg(
                        arguments.at(1).left(60))
                    : refusal.text);
        say(u"Erased%1 for good: sign-in, devices, contact details and notes; what they wrote "
            "into projects %2. Devices drop them at their next sync; a restored backup erases "
            "them again."_s.arg(name.isEmpty() ? QString() : u" "_s + name,
                removeWritings ? u"was removed"_s : u"stays without their name"_s));
        return 0;
    }
    if (command == "move-person"_L1 && needs(2))
        return access.movePerson(arguments.at(1), arguments.at(2))
            ? (say(u"Moved %1 to the other municipality."_s.arg(nameOf(access, arguments.at(1)))),
                0)
            : fail(u"No such participant or municipality (see list)."_s);
    if (command == "close-programme"_L1 && (needs(0) || needs(1))) {
        const QString when = arguments.value(1);
        const QDate day = when.isEmpty() ? QDate::currentDate()
            : when == "open"_L1          ? QDate()
                                         : QDate::fromString(when, Qt::ISODate);
        if (!when.isEmpty() && when != "open"_L1 && !day.isValid())
            return fail(
                u"DAY must be a date as YYYY-MM-DD, or \"open\", not \"%1\"."_s.arg(when.left(40)));
        ProgrammeRetention retention(database.connection(), access);
        if (!retention.close(day))
            return fail(u"The store could not be written."_s);
        bool ok = false;
        const int days = settings.value(u"retention-days"_s).toInt(&ok);
        *subject = day.isValid() ? day.toString(Qt::ISODate) : u"open"_s;
        if (!day.isValid()) {
            say(u"The programme is open again: nothing will be erased."_s);
            return 0;
        }
        say(u"Closed on %1: serve erases the programme's personal data on %2 (%3 days later)."_s
                .arg(day.toString(Qt::ISODate),
                    retention.erasesOn(ok ? days : ProgrammeRetention::defaultDays)
                        .toString(Qt::ISODate))
                .arg(ok ? days : ProgrammeRetention::defaultDays));
        return 0;
    }
    if (command == "data-protection"_L1 && needs(0)) {
        bool retentionOk = false;
        bool auditOk = false;
        const DataProtectionDocument::Periods periods {
            settings.value(u"retention-days"_s).toInt(&retentionOk),
            settings.value(u"audit-days"_s).toInt(&auditOk), SyncStore::tombstoneDays
        };
        if (!retentionOk || !auditOk)
            return fail(u"--retention-days and --audit-days need whole numbers."_s);
        std::fputs(DataProtectionDocument::markdown(periods).toUtf8().constData(), stdout);
        return 0;
    }
    if (command == "audit"_L1 && needs(0)) {
        const auto entries = AuditLog(database.connection()).entries();
        if (settings.isOn(u"json"_s)) {
            QJsonArray list;
            for (const auto &entry : entries)
                list.append(QJsonObject { { u"at"_s, entry.at.toString(Qt::ISODate) },
                    { u"actor"_s, entry.actor }, { u"action"_s, entry.action },
                    { u"subject"_s, entry.subject } });
            say(QString::fromUtf8(QJsonDocument(list).toJson(QJsonDocument::Indented)).trimmed());
            return 0;
        }
        for (const auto &entry : entries)
            say(u"%1  %2  %3  %4"_s.arg(
                entry.at.toString(Qt::ISODate), entry.actor, entry.action, entry.subject));
        if (entries.isEmpty())
            say(u"The audit log is empty."_s);
        return 0;
    }
    if (command == "forget-deletions"_L1 && needs(1)) {
        bool isNumber = false;
        const int days = arguments.at(1).toInt(&isNumber);
        if (!isNumber || days < 0 || days > 3650)
            return fail(u"DAYS must be a whole number from 0 to 3650, not \"%1\"."_s.arg(
                arguments.at(1).left(40)));
        const int count = store.purgeTombstones(QDateTime::currentDateTimeUtc().addDays(-days));
        if (count < 0)
            return fail(u"The deletions could not be forgotten: the store is busy or broken."_s);
        say(u"Forgot %1 deletion(s) older than %2 day(s)."_s.arg(count).arg(days));
        return 0;
    }
    if (command == "backup"_L1 && needs(1)) {
        if (database.isPostgres())
            return fail(u"For PostgreSQL use pg_dump; it takes a consistent copy while serving."_s);
        QSqlQuery query(database.connection());
        query.prepare(u"VACUUM INTO ?"_s);
        query.addBindValue(arguments.at(1));
        if (!query.exec())
            return fail(u"The backup failed: the file may exist already."_s);
        // Once restored, the copy is a store of its own: devices that talked to the
        // original notice, send again what it lacks and drop what it never had.
        ServerDatabase copy(u"sqlite:"_s + arguments.at(1));
        if (!copy.isOpen() || !copy.renewStoreId())
            return fail(u"The backup was written but could not be marked as a copy."_s);
        QFile::setPermissions(arguments.at(1), QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        say(u"Backup written: %1"_s.arg(arguments.at(1)));
        return 0;
    }
    if (command == "mark-restored"_L1 && needs(0)) {
        // Instances serving now would go on with the old identity: stop them first.
        if (database.othersServing())
            return fail(u"The store is being served: stop every instance first (systemctl stop "
                        "ews-server), then run mark-restored, then start them again."_s);
        if (!database.renewStoreId())
            return fail(u"The store could not be marked."_s);
        QString problem;
        const int applied = access.replay(journal, &problem);
        if (applied < 0)
            return fail(problem);
        if (!problem.isEmpty())
            Console::note(u"Warning: "_s + problem);
        say(u"Marked as restored: devices will send again what it lacks. %1 access decision(s) "
            "of this server's journal (%2) applied again; on several hosts, each instance "
            "applies its own when it starts."_s.arg(applied)
                .arg(journal.path()));
        return 0;
    }
    return fail(u"Unknown command or wrong number of arguments: %1. Run with --help."_s.arg(
        arguments.join(u' ')));
}
