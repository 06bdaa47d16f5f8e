// SPDX-License-Identifier: GPL-3.0-or-later
// Server load: many devices syncing real changes at once against the real ews-server over
// TLS on 127.0.0.1 — one instance on SQLite, or one or two instances sharing PostgreSQL.
// Each simulated device speaks the sync protocol as the app does (its own client id, token,
// cursors and sequence numbers; the messages are the protocol's own classes), opens a new TLS
// connection for each sync as a phone does every few minutes, and writes log entries and
// steps. Every participant reads every municipality's project (peer learning), so each sync
// also downloads what the others wrote since the device's last one. Prints throughput, latency
// percentiles, the servers' peak memory, and whether every change sent is on the server (a fresh
// full download counts them).
//
// Usage: loadbench [--devices N] [--rounds N] [--changes N] [--connections N]
//                  [--instances 1|2] [--postgres]
// --postgres takes its PostgreSQL from EWS_TEST_DATABASE_FILE (tests/server/postgres-fixture).
#include "benchservers.h"
#include "ids.h"
#include "records.h"
#include "report.h"
#include "storeseeder.h"
#include "syncresponse.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSet>
#include <QTemporaryDir>
#include <QTimer>

#include <algorithm>
#include <cstdio>
#include <functional>
#include <memory>

using namespace Qt::StringLiterals;
using namespace Records;

namespace {

/// One simulated device: what the app keeps between syncs.
struct SimulatedDevice
{
    SimulatedDevice(const QString &code, const QString &municipality)
        : code(code)
        , municipality(municipality)
    {
    }

    QString code;
    QString municipality;
    QString token;
    QString clientId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    QString storeId;
    QHash<QString, qint64> cursors;
    qint64 seq = 0;
    QList<Mutation> waiting; ///< made on the device, not yet answered for
    int server = 0; ///< which instance it talks to
};

/// What one phase of the run measured.
struct Phase
{
    explicit Phase(const QString &name)
        : name(name)
    {
    }

    QString name;
    QList<double> latencies; ///< ms per request
    int requests = 0;
    int failed = 0; ///< requests answered with an error or not at all (the device tried again)
    int mutations = 0;
    int rejected = 0;
    double seconds = 0;
};

using Report::percentile;
using Report::print;

/// Runs the devices' syncs with a fixed number of them in flight, each on a connection pool of
/// its own that is emptied after every sync (a new TLS connection per sync, as a phone makes).
class LoadRunner : public QObject
{
public:
    LoadRunner(std::vector<SimulatedDevice> &devices, const QList<QUrl> &servers,
        const QSslCertificate &certificate, int connections)
        : m_devices(devices)
        , m_servers(servers)
    {
        m_tls = QSslConfiguration::defaultConfiguration();
        m_tls.addCaCertificate(certificate);
        for (int i = 0; i < connections; ++i)
            m_networks.push_back(std::make_unique<QNetworkAccessManager>());
    }

    /// Signs every device in with its one-time code.
    void redeemAll(Phase &phase)
    {
        run(phase,
            [this, &phase](SimulatedDevice &device, QNetworkAccessManager &network,
                std::function<void(bool)> done) {
                QJsonObject body { { u"code"_s, device.code } };
                post(
                    network, device, u"v1/redeem"_s, QJsonDocument(body).toJson(),
                    [&device, done](int status, const QByteArray &answer) {
                        device.token = QJsonDocument::fromJson(answer)[u"token"_s].toString();
                        done(status == 200 && !device.token.isEmpty());
                    },
                    &phase);
            });
    }

    /// Every device syncs once: sends what is waiting, downloads until nothing more is new.
    void syncAll(Phase &phase)
    {
        run(phase,
            [this, &phase](SimulatedDevice &device, QNetworkAccessManager &network,
                std::function<void(bool)> done) { syncOnce(phase, device, network, done); });
    }

private:
    using Job = std::function<void(
        SimulatedDevice &, QNetworkAccessManager &, std::function<void(bool)>)>;

    void run(Phase &phase, const Job &job)
    {
        QList<size_t> queue;
        for (size_t i = 0; i < m_devices.size(); ++i)
            queue.append(i);
        QElapsedTimer timer;
        timer.start();
        int active = 0;
        QEventLoop loop;
        std::function<void(QNetworkAccessManager &)> next = [&](QNetworkAccessManager &network) {
            if (queue.isEmpty()) {
                if (active == 0)
                    loop.quit();
                return;
            }
            const size_t index = queue.takeFirst();
            ++active;
            job(m_devices[index], network, [&, index](bool ok) {
                --active;
                network.clearConnectionCache();
                if (!ok) {
                    ++phase.failed;
                    queue.append(index); // tried again, as the app does after its back-off
                }
                QTimer::singleShot(0, &loop, [&] { next(network); });
            });
        };
        for (auto &network : m_networks)
            next(*network);
        if (active > 0)
            loop.exec();
        phase.seconds = double(timer.nsecsElapsed()) / 1e9;
    }

    void syncOnce(Phase &phase, SimulatedDevice &device, QNetworkAccessManager &network,
        std::function<void(bool)> done)
    {
        SyncRequest request;
        request.clientId = device.clientId;
        request.storeId = device.storeId;
        request.mutations = device.waiting;
        request.cursors = device.cursors;
        request.limit = SyncRequest::maxLimit;
        post(
            network, device, u"v1/sync"_s, request.toJson(),
            [this, &phase, &device, &network, done](int status, const QByteArray &body) {
                if (status != 200)
                    return done(false);
                const auto parsed = SyncResponse::parse(body);
                if (!parsed.ok)
                    qFatal("loadbench: an answer the app would refuse: %s",
                        qPrintable(parsed.message));
                const SyncResponse &answer = parsed.response;
                for (const auto &result : answer.results) {
                    ++phase.mutations;
                    if (result.status != "applied"_L1)
                        ++phase.rejected;
                }
                device.waiting.clear();
                device.storeId = answer.storeId;
                device.cursors = answer.cursors;
                if (answer.more)
                    return syncOnce(phase, device, network, done);
                done(true);
            },
            &phase);
    }

    void post(QNetworkAccessManager &network, const SimulatedDevice &device, const QString &path,
        const QByteArray &body, std::function<void(int, const QByteArray &)> answered,
        Phase *phase = nullptr)
    {
        QNetworkRequest request(m_servers.at(device.server).resolved(QUrl(path)));
        request.setHeader(QNetworkRequest::ContentTypeHeader, u"application/json"_s);
        if (!device.token.isEmpty())
            request.setRawHeader("Authorization", "Bearer " + device.token.toLatin1());
        request.setSslConfiguration(m_tls);
        request.setTransferTimeout(60000);
        auto timer = std::make_shared<QElapsedTimer>();
        timer->start();
        QNetworkReply *reply = network.post(request, body);
        connect(reply, &QNetworkReply::finished, this, [reply, timer, answered, phase] {
            reply->deleteLater();
            if (phase) {
                ++phase->requests;
                phase->latencies.append(double(timer->nsecsElapsed()) / 1e6);
            }
            answered(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(),
                reply->readAll());
        });
    }

    std::vector<SimulatedDevice> &m_devices;
    QList<QUrl> m_servers;
    QSslConfiguration m_tls;
    std::vector<std::unique_ptr<QNetworkAccessManager>> m_networks;
};

/// The changes a participant makes between two syncs: log entries, and now and then a step.
void writeChanges(SimulatedDevice &device, int count, int round, QSet<QString> &written)
{
    const QString project = Ids::projectIdFor(device.municipality);
    for (int i = 0; i < count; ++i) {
        const QString id = QUuid::createUuid().toString(QUuid::WithoutBraces);
        written.insert(id);
        if (i == 0 && round % 2 == 1) {
            device.waiting.append({ ++device.seq, Step::entity, Operation::insert, id,
                { { Step::projectId, project }, { Step::title, u"Gespräch mit dem Sportverein"_s },
                    { Step::status, Step::statusOpen }, { Step::dueModule, 3 },
                    { Step::position, int(device.seq) } } });
            continue;
        }
        device.waiting.append({ ++device.seq, LogEntry::entity, Operation::insert, id,
            { { LogEntry::projectId, project }, { LogEntry::entryDate, u"2026-12-01"_s },
                { LogEntry::authorName, u"Person"_s },
                { LogEntry::text,
                    u"Runder Tisch mit drei Vereinen, Termin für den Aktionstag steht."_s } } });
    }
}

/// Ids of the steps and log entries a fresh full download holds.
QSet<QString> everythingOnTheServer(
    SimulatedDevice reader, const QList<QUrl> &servers, const QSslCertificate &certificate)
{
    reader.clientId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    reader.cursors.clear();
    reader.storeId.clear();
    QSet<QString> ids;
    QNetworkAccessManager network;
    auto tls = QSslConfiguration::defaultConfiguration();
    tls.addCaCertificate(certificate);
    for (bool more = true; more;) {
        SyncRequest request;
        request.clientId = reader.clientId;
        request.cursors = reader.cursors;
        request.limit = SyncRequest::maxLimit;
        QNetworkRequest http(servers.at(reader.server).resolved(QUrl(u"v1/sync"_s)));
        http.setHeader(QNetworkRequest::ContentTypeHeader, u"application/json"_s);
        http.setRawHeader("Authorization", "Bearer " + reader.token.toLatin1());
        http.setSslConfiguration(tls);
        std::unique_ptr<QNetworkReply> reply(network.post(http, request.toJson()));
        QEventLoop loop;
        QObject::connect(reply.get(), &QNetworkReply::finished, &loop, &QEventLoop::quit);
        loop.exec();
        const auto parsed = SyncResponse::parse(reply->readAll());
        if (!parsed.ok)
            qFatal("loadbench: the final download failed: %s", qPrintable(parsed.message));
        for (const auto &change : parsed.response.changes) {
            if (!change.deleted
                && (change.entity == Step::entity || change.entity == LogEntry::entity))
                ids.insert(change.id);
        }
        reader.cursors = parsed.response.cursors;
        more = parsed.response.more;
    }
    return ids;
}

}

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(u"Many devices syncing at once against ews-server."_s);
    parser.addHelpOption();
    parser.addOption({ u"devices"_s, u"Simulated devices (default 1000)."_s, u"N"_s, u"1000"_s });
    parser.addOption({ u"rounds"_s, u"Rounds of changes (default 3)."_s, u"N"_s, u"3"_s });
    parser.addOption(
        { u"changes"_s, u"Changes per device and round (default 3)."_s, u"N"_s, u"3"_s });
    parser.addOption(
        { u"connections"_s, u"Syncs in flight at once (default 64)."_s, u"N"_s, u"64"_s });
    parser.addOption(
        { u"instances"_s, u"Server instances (2 needs --postgres)."_s, u"N"_s, u"1"_s });
    parser.addOption({ u"postgres"_s, u"Store in PostgreSQL (EWS_TEST_DATABASE_FILE)."_s });
    parser.process(app);
    const int deviceCount = parser.value(u"devices"_s).toInt();
    const int rounds = parser.value(u"rounds"_s).toInt();
    const int changes = parser.value(u"changes"_s).toInt();
    const int connections = parser.value(u"connections"_s).toInt();
    const int instances = parser.value(u"instances"_s).toInt();
    const bool postgres = parser.isSet(u"postgres"_s);
    if (deviceCount < 1 || rounds < 1 || changes < 1 || connections < 1 || instances < 1
        || instances > 2 || (instances == 2 && !postgres)) {
        std::fprintf(stderr,
            "loadbench: --devices, --rounds, --changes, --connections at least 1; "
            "--instances 1, or 2 with --postgres\n");
        return 2;
    }
    if (postgres && !ServerProcess::onPostgres()) {
        std::fprintf(stderr, "loadbench: --postgres needs EWS_TEST_DATABASE_FILE\n");
        return 2;
    }

    QTemporaryDir work;
    BenchServers servers(
        work, u"loadbench"_s, instances, postgres, { u"--syncs-per-minute"_s, u"100000"_s });
    std::vector<SimulatedDevice> devices;
    {
        // A cohort of fifteen municipalities, as EWS 7 has, each project already under way.
        StoreSeeder seeder(servers.connection());
        for (const auto &reader : seeder.seedDevices(deviceCount, 15, 60))
            devices.emplace_back(reader.code, reader.municipalityId);
    }
    if (!servers.start())
        return 1;
    const QList<QUrl> bases = servers.bases();
    for (size_t i = 0; i < devices.size(); ++i)
        devices[i].server = int(i % size_t(instances));

    // The servers' resident memory, sampled every 100 ms throughout.
    qint64 peakKiB = 0;
    QTimer sampler;
    QObject::connect(&sampler, &QTimer::timeout, [&] {
        for (const auto &server : servers.processes())
            peakKiB = std::max(peakKiB, server->residentKiB());
    });
    sampler.start(100);

    LoadRunner runner(devices, bases, servers.processes().front()->certificate(), connections);
    Phase signIn(u"sign in (one-time code)"_s);
    Phase first(u"first sync"_s);
    Phase writing(u"syncs with changes"_s);
    Phase catchUp(u"syncs to catch up (others' changes)"_s);
    Phase quiet(u"syncs with nothing new"_s);
    QSet<QString> written;
    runner.redeemAll(signIn);
    runner.syncAll(first);
    for (int round = 0; round < rounds; ++round) {
        for (auto &device : devices)
            writeChanges(device, changes, round, written);
        runner.syncAll(writing);
    }
    runner.syncAll(catchUp);
    runner.syncAll(quiet);
    sampler.stop();
    for (const auto &server : servers.processes())
        peakKiB = std::max(peakKiB, server->residentKiB());

    const QSet<QString> stored
        = everythingOnTheServer(devices.front(), bases, servers.processes().front()->certificate());
    qsizetype missing = 0;
    for (const auto &id : std::as_const(written))
        missing += stored.contains(id) ? 0 : 1;

    print(u"%1 devices on %2 (%3), %4 syncs in flight at once, a new TLS connection per sync; "
          "%5 rounds of %6 changes per device."_s.arg(deviceCount)
              .arg(postgres ? u"PostgreSQL"_s : u"SQLite"_s)
              .arg(instances == 1 ? u"one server"_s : u"two servers"_s)
              .arg(connections)
              .arg(rounds)
              .arg(changes));
    print(u""_s);
    print(
        u"| phase | requests | tried again | changes | time | requests/s | changes/s | p50 | p99 |"_s);
    print(u"| --- | --- | --- | --- | --- | --- | --- | --- | --- |"_s);
    for (const Phase *phase : { &signIn, &first, &writing, &catchUp, &quiet }) {
        print(u"| %1 | %2 | %3 | %4 | %5 s | %6 | %7 | %8 ms | %9 ms |"_s.arg(phase->name)
                  .arg(phase->requests)
                  .arg(phase->failed)
                  .arg(phase->mutations)
                  .arg(phase->seconds, 0, 'f', 1)
                  .arg(double(phase->requests) / phase->seconds, 0, 'f', 0)
                  .arg(double(phase->mutations) / phase->seconds, 0, 'f', 0)
                  .arg(percentile(phase->latencies, 0.5), 0, 'f', 1)
                  .arg(percentile(phase->latencies, 0.99), 0, 'f', 1));
    }
    print(u""_s);
    double serverCpu = 0;
    for (const auto &server : servers.processes())
        serverCpu += server->cpuSeconds();
    print(u"Processor time used: the server%1 %2 s, this load generator (TLS, parsing every "
          "answer as the app does) %3 s."_s.arg(instances == 1 ? QString() : u"s together"_s)
              .arg(serverCpu, 0, 'f', 1)
              .arg(ServerProcess::cpuSecondsOf(QCoreApplication::applicationPid()), 0, 'f', 1));
    print(u"Changes sent: %1; refused: %2; missing from a fresh full download: %3. "
          "Server memory, peak%4: %5 MB."_s.arg(written.size())
              .arg(writing.rejected)
              .arg(missing)
              .arg(instances == 1 ? QString() : u" (the larger instance)"_s)
              .arg(double(peakKiB) / 1024, 0, 'f', 1));
    return missing == 0 && writing.rejected == 0 ? 0 : 1;
}
