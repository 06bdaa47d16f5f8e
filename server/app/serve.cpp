// SPDX-License-Identifier: GPL-3.0-or-later
#include "serve.h"

#include "filestore.h"

#include "accessstore.h"
#include "apishared.h"
#include "auditlog.h"
#include "console.h"
#include "hangupsignal.h"
#include "httpserver.h"
#include "livenews.h"
#include "programmeimport.h"
#include "programmeretention.h"
#include "records.h"
#include "serverdatabase.h"
#include "serversettings.h"
#include "serverworker.h"
#include "syncstore.h"
#include "tlsfiles.h"

#include <QCoreApplication>
#include <QDir>
#include <QTimer>

using namespace Qt::StringLiterals;
using Console::fail;
using Console::say;

namespace {
/// A whole number option from @p low to @p high, or nothing with *error saying so.
std::optional<int> numberOption(
    const ServerSettings &settings, const QString &name, int low, int high, QString *error)
{
    bool ok = false;
    const int value = settings.value(name).toInt(&ok);
    if (ok && value >= low && value <= high)
        return value;
    *error = u"--%1 needs a whole number from %2 to %3."_s.arg(name).arg(low).arg(high);
    return std::nullopt;
}

/// How long what is kept is kept (the operator's settings).
struct Retention
{
    int programmeDays = ProgrammeRetention::defaultDays;
    int auditDays = AuditLog::defaultDays;
};

/// Once a day, on a connection of its own (the store may have been restarted since): old
/// deletions and audit entries forgotten, and a closed programme's personal data erased when
/// its time has come (warned of in the two weeks before).
void keepHouse(
    const QString &setting, AccessJournal &journal, const Retention &retention, OperatorLog &log)
{
    ServerDatabase database(setting);
    SyncStore store(database);
    const auto now = QDateTime::currentDateTimeUtc();
    if (store.purgeTombstones(now.addDays(-SyncStore::tombstoneDays)) < 0)
        log.write(u"storage failure"_s, u"old deletions could not be forgotten"_s);
    if (FileStore(database).forgetUnnamed(now.addDays(-FileStore::unnamedDays)) < 0)
        log.write(u"storage failure"_s, u"files no record names could not be forgotten"_s);
    AuditLog audit(database.connection());
    if (audit.forgetBefore(now.addDays(-retention.auditDays)) < 0)
        log.write(u"storage failure"_s, u"old audit entries could not be forgotten"_s);
    AccessStore access(database, store);
    access.setJournal(&journal);
    ProgrammeRetention programme(database.connection(), access);
    const QDate today = now.date();
    const QDate erasesOn = programme.erasesOn(retention.programmeDays);
    if (erasesOn.isValid() && today < erasesOn
        && today.daysTo(erasesOn) <= ProgrammeRetention::warningDays)
        log.write(u"retention"_s,
            u"the closed programme's personal data will be erased on %1"_s.arg(
                erasesOn.toString(Qt::ISODate)));
    const int erased = programme.eraseIfDue(today, retention.programmeDays);
    if (erased < 0)
        log.write(u"storage failure"_s, u"the closed programme's data could not be erased"_s);
    if (erased > 0) {
        log.write(u"retention"_s,
            u"the closed programme's personal data was erased (%1 people and contacts)"_s.arg(
                erased));
        if (!audit.record(u"server"_s, u"erase programme data"_s))
            log.write(u"storage failure"_s, u"the erasure could not be written to the audit log"_s);
    }
}

/// Where serve finds its certificate and key, and their check.
struct TlsPaths
{
    QString certificate;
    QString key;

    std::optional<TlsSettings> load(QString *error, QString *warning) const
    {
        return TlsFiles::load(certificate, key, error, warning);
    }
};
}

int serve(const ServerSettings &settings, ServerDatabase &database, SyncStore &store,
    AccessStore &access, AccessJournal &journal)
{
    const QString listen = settings.value(u"listen"_s);
    const qsizetype colon = listen.lastIndexOf(u':');
    bool portOk = false;
    const int port = listen.mid(colon + 1).toInt(&portOk);
    const QHostAddress address(listen.left(colon));
    if (colon <= 0 || !portOk || port < 0 || port > 65535 || address.isNull())
        return fail(u"--listen needs an address and a port, e.g. 127.0.0.1:8443, not \"%1\"."_s.arg(
            listen));
    QString error;
    const auto syncsPerMinute = numberOption(settings, u"syncs-per-minute"_s, 1, 100000, &error);
    const auto workers = numberOption(settings, u"workers"_s, 0, 256, &error);
    const auto perAddress = numberOption(settings, u"connections-per-address"_s, 1, 100000, &error);
    const auto retentionDays = numberOption(settings, u"retention-days"_s, 1, 3650, &error);
    const auto auditDays = numberOption(settings, u"audit-days"_s, 1, 3650, &error);
    const auto quota = numberOption(settings, u"municipality-quota-mb"_s, 0, 1000000, &error);
    const auto fileLimit = numberOption(settings, u"file-limit-mb"_s, 1, 10000, &error);
    const auto filesQuota = numberOption(settings, u"municipality-files-mb"_s, 0, 10000000, &error);
    if (!syncsPerMinute || !workers || !perAddress || !retentionDays || !auditDays || !quota
        || !fileLimit || !filesQuota)
        return fail(error);
    QList<QHostAddress> proxies;
    for (const QString &part : settings.values(u"trusted-proxy"_s)) {
        const QHostAddress proxy(part);
        if (proxy.isNull())
            return fail(
                u"--trusted-proxy needs the address of a proxy, not \"%1\"."_s.arg(part.left(60)));
        proxies.append(proxy);
    }

    HttpServer::Options options;
    options.limits.workers = *workers;
    options.limits.connectionsPerAddress = *perAddress;
    options.proxies = TrustedProxies(proxies);
    static TlsPaths tlsPaths;
    if (!settings.isOn(u"plain-http"_s)) {
        tlsPaths.certificate = settings.certificateFile();
        tlsPaths.key = settings.keyFile();
        if (!settings.isSet(u"certificate"_s)
            && !TlsFiles::ensureSelfSigned(tlsPaths.certificate, tlsPaths.key, &error))
            return fail(error);
        QString warning;
        options.tls = tlsPaths.load(&error, &warning);
        if (!options.tls)
            return fail(error);
        say(u"Certificate: %1"_s.arg(tlsPaths.certificate));
        say(u"  SHA-256 fingerprint: %1"_s.arg(TlsFiles::fingerprint(tlsPaths.certificate)));
        if (!warning.isEmpty())
            Console::note(u"Warning: "_s + warning);
    }
    // Zero configuration: a store without a programme starts with the one the app ships
    // (once, if instances start together).
    if (!database.lockSetup())
        return fail(u"The store cannot be set up: its setup lock cannot be taken."_s);
    if (!store.hasAny(Records::ProgrammeDate::entity)) {
        const auto imported = ProgrammeImport::run(u":/ews/data/ews7-programme.json"_s, store);
        if (!imported.error.isEmpty())
            return fail(imported.error);
        say(u"Programme: the %1 dates of EWS 7 (update with import-programme)."_s.arg(
            imported.datesInFile));
    }
    // What this server decided about access since a backup stays decided after its restore.
    const int applied = access.replay(journal, &error);
    if (applied < 0)
        return fail(error);
    if (!error.isEmpty())
        Console::note(u"Warning: "_s + error);
    database.unlockSetup();
    if (!database.markServing())
        Console::note(u"Warning: this server cannot mark the store as served."_s);
    ApiLimits limits; // the defaults, but for the syncs a device may make
    limits.syncsPerDevice = *syncsPerMinute;
    static OperatorLog log;
    static ApiShared shared(limits, log);
    shared.journal = &journal;
    shared.retentionDays = *retentionDays;
    shared.municipalityQuotaBytes = qint64(*quota) * 1024 * 1024;
    shared.fileLimitBytes = qint64(*fileLimit) * 1000 * 1000;
    shared.municipalityFilesBytes = qint64(*filesQuota) * 1000 * 1000;
    // The apps' live channels; on PostgreSQL the news of every instance's commits.
    static LiveChannels live;
    options.live = &live;
    const QString setting = ServerDatabase::servingSetting(settings.database());
    static std::unique_ptr<PostgresNewsListener> listener;
    if (database.isPostgres()) {
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

    // SIGHUP (systemctl reload): the certificate and key read again, for new connections.
    static std::optional<TlsSettings> served = options.tls;
    static HangupSignal hangup([] {
        if (!served) {
            log.write(u"certificate"_s, u"SIGHUP: nothing to reload (plain HTTP)"_s);
            return;
        }
        QString problem;
        QString warning;
        const auto renewed = tlsPaths.load(&problem, &warning);
        if (!renewed || !server.reloadTls(*renewed, &problem)) {
            log.write(u"certificate"_s,
                u"not reloaded, still serving with the previous one: %1"_s.arg(problem));
            return;
        }
        served = renewed;
        log.write(u"certificate"_s,
            u"reloaded: new connections use %1 (SHA-256 %2)"_s.arg(
                tlsPaths.certificate, TlsFiles::fingerprint(tlsPaths.certificate)));
        if (!warning.isEmpty())
            log.write(u"certificate"_s, warning);
    });
    if (!hangup.isWatching())
        Console::note(u"Warning: SIGHUP cannot be taken over; it would stop the server."_s);

    // Once a day: what is kept no longer forgotten, and the certificate's date checked.
    const Retention retention { *retentionDays, *auditDays };
    keepHouse(setting, journal, retention, log);
    static QTimer daily;
    daily.setInterval(std::chrono::hours(24));
    QObject::connect(&daily, &QTimer::timeout, [setting, &journal, retention] {
        keepHouse(setting, journal, retention, log);
        QString warning;
        if (served && served->problem(&warning).isEmpty() && !warning.isEmpty())
            log.write(u"certificate"_s, warning);
    });
    daily.start();
    return QCoreApplication::exec();
}
