// SPDX-License-Identifier: GPL-3.0-or-later
// ews-server: the EWS companion's sync server and its operator commands.
#include "accessstore.h"
#include "apishared.h"
#include "httpserver.h"
#include "invitationlink.h"
#include "livenews.h"
#include "programmeimport.h"
#include "records.h"
#include "serverdatabase.h"
#include "serverworker.h"
#include "syncstore.h"
#include "tlsfiles.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QSqlQuery>
#include <QSslCertificate>
#include <QStandardPaths>
#include <QTimer>

#include <cstdio>

using namespace Qt::StringLiterals;

namespace {
void say(const QString &text)
{
    std::printf("%s\n", qPrintable(text));
    std::fflush(stdout);
}

int fail(const QString &text)
{
    std::fprintf(stderr, "%s\n", qPrintable(text));
    return 1;
}

const char usage[] = R"(Commands:
  serve                         answer the app (HTTPS; see --listen, --certificate, --plain-http)
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
  list                          people, their role, municipality and devices
  revoke-device DEVICE-ID       sign a device out
  revoke-person PERSON-ID       sign a person out on all devices
  move-person PERSON-ID MUNICIPALITY-ID
                                a participant changes to another municipality
  forget-deletions DAYS         forget deletions older than DAYS days (serve does this
                                daily for 90 days); devices behind them download again
  backup FILE                   write a consistent copy of an SQLite store
  mark-restored                 after restoring a store by other means (pg_dump, a file
                                copy): tell devices to send again what it lacks)";

/// The link a person opens instead of typing (see protocol/invitationlink.h): this server's
/// address (--public-address, else the --listen one), @p code and, for a self-signed
/// certificate, its fingerprint. Empty with @p error set when the address is not https://.
QString invitationLinkFor(
    const QCommandLineParser &parser, const QString &dataDir, const QString &code, QString *error)
{
    InvitationLink link;
    link.server
        = QUrl(parser.isSet(u"public-address"_s) ? parser.value(u"public-address"_s)
                                                 : u"https://%1/"_s.arg(parser.value(u"listen"_s)));
    link.code = code;
    if (link.server.scheme() != u"https"_s || link.server.host().isEmpty()) {
        *error = u"--public-address needs the address people reach the server at, starting "
                 "with https://."_s;
        return {};
    }
    if (parser.isSet(u"plain-http"_s))
        return link.toString(); // behind a proxy with a certificate everyone trusts
    const QString certificate = parser.isSet(u"certificate"_s)
        ? parser.value(u"certificate"_s)
        : QDir(dataDir).filePath(u"tls/certificate.pem"_s);
    // The certificate serve will use, made now if it does not exist yet.
    if (!parser.isSet(u"certificate"_s)
        && !TlsFiles::ensureSelfSigned(
            certificate, QDir(dataDir).filePath(u"tls/key.pem"_s), error))
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

/// Forgets deletions older than @p days and says how many.
int forgetDeletions(SyncStore &store, int days)
{
    const int count = store.purgeTombstones(QDateTime::currentDateTimeUtc().addDays(-days));
    if (count < 0)
        return fail(u"The deletions could not be forgotten: the store is busy or broken."_s);
    say(u"Forgot %1 deletion(s) older than %2 day(s)."_s.arg(count).arg(days));
    return 0;
}

/// A whole number option from @p low to @p high, or nothing with *error saying so.
std::optional<int> numberOption(
    const QCommandLineParser &parser, const QString &name, int low, int high, QString *error)
{
    bool ok = false;
    const int value = parser.value(name).toInt(&ok);
    if (ok && value >= low && value <= high)
        return value;
    *error = u"--%1 needs a whole number from %2 to %3."_s.arg(name).arg(low).arg(high);
    return std::nullopt;
}

int serve(const QCommandLineParser &parser, const QString &dataDir, const QString &setting,
    bool postgres, SyncStore &store)
{
    const QString listen = parser.value(u"listen"_s);
    const qsizetype colon = listen.lastIndexOf(u':');
    bool portOk = false;
    const int port = listen.mid(colon + 1).toInt(&portOk);
    const QHostAddress address(listen.left(colon));
    if (colon <= 0 || !portOk || port < 0 || port > 65535 || address.isNull())
        return fail(u"--listen needs an address and a port, e.g. 127.0.0.1:8443, not \"%1\"."_s.arg(
            listen));
    QString error;
    const auto syncsPerMinute = numberOption(parser, u"syncs-per-minute"_s, 1, 100000, &error);
    const auto workers = numberOption(parser, u"workers"_s, 0, 256, &error);
    const auto perAddress = numberOption(parser, u"connections-per-address"_s, 1, 100000, &error);
    if (!syncsPerMinute || !workers || !perAddress)
        return fail(error);
    QList<QHostAddress> proxies;
    for (const QString &each : parser.values(u"trusted-proxy"_s)) {
        for (const QString &part : each.split(u',', Qt::SkipEmptyParts)) {
            const QHostAddress proxy(part.trimmed());
            if (proxy.isNull())
                return fail(u"--trusted-proxy needs the address of a proxy, not \"%1\"."_s.arg(
                    part.left(60)));
            proxies.append(proxy);
        }
    }

    HttpServer::Options options;
    options.limits.workers = *workers;
    options.limits.connectionsPerAddress = *perAddress;
    options.proxies = TrustedProxies(proxies);
    if (!parser.isSet(u"plain-http"_s)) {
        const QString certificate = parser.isSet(u"certificate"_s)
            ? parser.value(u"certificate"_s)
            : QDir(dataDir).filePath(u"tls/certificate.pem"_s);
        const QString key = parser.isSet(u"key"_s) ? parser.value(u"key"_s)
                                                   : QDir(dataDir).filePath(u"tls/key.pem"_s);
        if (!parser.isSet(u"certificate"_s)
            && !TlsFiles::ensureSelfSigned(certificate, key, &error))
            return fail(error);
        QString warning;
        options.tls = TlsFiles::load(certificate, key, &error, &warning);
        if (!options.tls)
            return fail(error);
        say(u"Certificate: %1"_s.arg(certificate));
        say(u"  SHA-256 fingerprint: %1"_s.arg(TlsFiles::fingerprint(certificate)));
        if (!warning.isEmpty())
            std::fprintf(stderr, "Warning: %s\n", qPrintable(warning));
    }
    // Zero configuration: a store without a programme starts with the one the app ships.
    if (!store.hasAny(Records::ProgrammeDate::entity)) {
        const auto imported = ProgrammeImport::run(u":/ews/data/ews7-programme.json"_s, store);
        if (!imported.error.isEmpty())
            return fail(imported.error);
        say(u"Programme: the %1 dates of EWS 7 (update with import-programme)."_s.arg(
            imported.datesInFile));
    }
    ApiLimits limits; // the defaults, but for the syncs a device may make
    limits.syncsPerDevice = *syncsPerMinute;
    static OperatorLog log;
    static ApiShared shared(limits, log);
    // The apps' live channels; on PostgreSQL the news of every instance's commits.
    static LiveChannels live;
    options.live = &live;
    static std::unique_ptr<PostgresNewsListener> listener;
    if (postgres) {
        listener = std::make_unique<PostgresNewsListener>(
            setting, live, [] { shared.quietSyncs.forget(); });
        if (!listener->start(&error))
            return fail(error);
    }
    static HttpServer server(options,
        ServerWorker::factory(
            setting, [] { return QDateTime::currentDateTimeUtc(); }, shared, &live),
        log);
    if (!server.listen(address, quint16(port), &error))
        return fail(u"Cannot listen on %1: %2"_s.arg(listen, error));
    say(u"Serving %1://%2:%3/"_s.arg(options.tls ? u"https"_s : u"http"_s, address.toString())
            .arg(server.serverPort()));
    say(u"  %1 workers, each with its own connection to the store"_s.arg(server.workers()));
    // Deletions are kept for the horizon, then forgotten: on start and once a day.
    forgetDeletions(store, SyncStore::tombstoneDays);
    static QTimer daily;
    daily.setInterval(std::chrono::hours(24));
    // On a connection of its own each day: the store may have been restarted meanwhile.
    QObject::connect(&daily, &QTimer::timeout, [setting] {
        ServerDatabase database(setting);
        SyncStore store(database);
        forgetDeletions(store, SyncStore::tombstoneDays);
    });
    daily.start();
    return QCoreApplication::exec();
}
}

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(u"ews-server"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(EWS_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        u"The EWS companion's sync server.\n\n"_s + QString::fromLatin1(usage));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOptions({
        { u"data-dir"_s, u"Keep the store and the certificate in <folder>."_s, u"folder"_s,
            QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) },
        { u"database"_s, u"sqlite:/path/file.db or postgresql://user:password@host:port/name."_s,
            u"setting"_s },
        { u"listen"_s, u"Address and port to serve on."_s, u"address:port"_s, u"127.0.0.1:8443"_s },
        { u"certificate"_s, u"PEM certificate (default: a self-signed one in the data folder)."_s,
            u"file"_s },
        { u"key"_s, u"PEM private key for --certificate."_s, u"file"_s },
        { u"plain-http"_s, u"Serve plain HTTP, only behind a proxy that speaks TLS."_s },
        { u"syncs-per-minute"_s, u"How often one device may sync per minute (429 beyond)."_s,
            u"count"_s, u"120"_s },
        { u"workers"_s,
            u"Threads answering requests, each with its own store connection (0: one "
            "per core)."_s,
            u"count"_s, u"0"_s },
        { u"connections-per-address"_s,
            u"How many connections one client address may hold (each open app keeps one)."_s,
            u"count"_s, QString::number(HttpLimits {}.connectionsPerAddress) },
        { u"trusted-proxy"_s,
            u"The address of a reverse proxy in front (repeat or separate with commas): only "
            "from it is X-Forwarded-For or Forwarded believed, for the limits per client."_s,
            u"address"_s },
        { u"public-address"_s,
            u"The https:// address people reach the server at, for invitation links "
            "(default: https:// and the --listen address)."_s,
            u"address"_s },
        { u"valid-days"_s, u"How many days a new sign-in code can be used (1 to 365)."_s, u"days"_s,
            QString::number(AccessStore::defaultValidDays) },
    });
    parser.addPositionalArgument(u"command"_s, u"What to do (see above)."_s);
    parser.process(app);
    const QStringList arguments = parser.positionalArguments();
    if (arguments.isEmpty())
        return fail(u"Which command? Run with --help for the list."_s);
    const QString command = arguments.first();

    const QString dataDir = parser.value(u"data-dir"_s);
    if (!QDir().mkpath(dataDir))
        return fail(u"Cannot create the data folder %1."_s.arg(dataDir));
    const QString setting = parser.isSet(u"database"_s)
        ? parser.value(u"database"_s)
        : u"sqlite:"_s + QDir(dataDir).filePath(u"ews-server.db"_s);
    ServerDatabase database(setting);
    if (!database.isOpen() || !database.migrate())
        return fail(u"The store cannot be opened: %1"_s.arg(database.errorString()));
    SyncStore store(database);
    AccessStore access(database, store);
    // On PostgreSQL the operator's changes (a programme imported) are news for the apps
    // connected to any instance; on SQLite they learn of them at their next sync.
    LiveChannels noChannels;
    if (database.isPostgres())
        store.setAnnouncer(LiveNews::announcer(database, noChannels));

    auto needs = [&arguments](int count) { return arguments.size() == count + 1; };
    bool validDaysNumber = false;
    const int validDays = parser.value(u"valid-days"_s).toInt(&validDaysNumber);
    if (!validDaysNumber || validDays < 1 || validDays > AccessStore::maximumValidDays)
        return fail(u"--valid-days needs a whole number from 1 to %1."_s.arg(
            AccessStore::maximumValidDays));
    const auto sayCode = [&](const QString &code) {
        say(u"Sign-in code (valid once, until %1): %2"_s.arg(
            access.expiryOf(code).toLocalTime().date().toString(Qt::ISODate), code));
        QString error;
        const QString link = invitationLinkFor(parser, dataDir, code, &error);
        say(link.isEmpty() ? error : u"Link for the app: %1"_s.arg(link));
    };
    if (command == "serve"_L1 && needs(0))
        return serve(parser, dataDir, setting, database.isPostgres(), store);
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
        return id.isEmpty() ? fail(u"The municipality could not be added: %1"_s.arg(problem.text))
                            : (say(id), 0);
    }
    if ((command == "invite-participant"_L1 && needs(2))
        || (command == "invite-organiser"_L1 && needs(1))) {
        const bool participant = command == "invite-participant"_L1;
        AccessStore::Refusal problem;
        const QString code = participant ? access.invite(Identity::Role::Participant,
                                 arguments.at(1), arguments.at(2), nullptr, &problem, validDays)
                                         : access.invite(Identity::Role::Organiser, {},
                                             arguments.at(1), nullptr, &problem, validDays);
        if (code.isEmpty())
            return fail(u"The invitation could not be made: %1"_s.arg(problem.text));
        sayCode(code);
        return 0;
    }
    if (command == "invite-device"_L1 && needs(1)) {
        const QString code = access.inviteDevice(arguments.at(1), validDays);
        if (code.isEmpty())
            return fail(u"No such person, or they were signed out for good (see list)."_s);
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
        for (const auto &person : access.people())
            say(u"%1  %2  %3  %4  devices: %5%6"_s
                    .arg(person.id, person.role, person.name, person.municipalityId)
                    .arg(person.devices)
                    .arg(person.revoked ? u"  (revoked)"_s : QString()));
        return 0;
    }
    if (command == "revoke-device"_L1 && needs(1))
        return access.revokeDevice(arguments.at(1)) ? 0 : fail(u"No such device."_s);
    if (command == "revoke-person"_L1 && needs(1))
        return access.revokePerson(arguments.at(1)) ? 0 : fail(u"No such person."_s);
    if (command == "move-person"_L1 && needs(2))
        return access.movePerson(arguments.at(1), arguments.at(2))
            ? (say(u"Moved."_s), 0)
            : fail(u"No such participant or municipality."_s);
    if (command == "forget-deletions"_L1 && needs(1)) {
        bool isNumber = false;
        const int days = arguments.at(1).toInt(&isNumber);
        if (!isNumber || days < 0 || days > 3650)
            return fail(u"DAYS must be a whole number from 0 to 3650, not \"%1\"."_s.arg(
                arguments.at(1).left(40)));
        return forgetDeletions(store, days);
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
        say(u"Backup written: %1"_s.arg(arguments.at(1)));
        return 0;
    }
    if (command == "mark-restored"_L1 && needs(0)) {
        if (!database.renewStoreId())
            return fail(u"The store could not be marked."_s);
        say(u"Marked as restored: devices will send again what it lacks."_s);
        return 0;
    }
    return fail(u"Unknown command or wrong number of arguments: %1. Run with --help."_s.arg(
        arguments.join(u' ')));
}
