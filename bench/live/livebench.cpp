// SPDX-License-Identifier: GPL-3.0-or-later
// Live news under load: many devices with the app open, each keeping its live channel (a
// WebSocket over TLS) to the real ews-server on 127.0.0.1 — one instance on SQLite, or two
// sharing PostgreSQL with the devices split between them. An organiser publishes a note to
// everyone, again and again; each device, on the news, does what the app does (waits 150 to
// 300 ms, then syncs from its position) and the time from the organiser's request to the
// device holding the note is taken. Then every server is restarted: each device reconnects
// with the app's jittered back-off and syncs once for what it missed; the time until all
// are back and caught up, and the syncs it took, are taken. Prints percentiles and the
// servers' peak memory.
//
// The devices share a few connection pools (--pools, 8 by default): each pool
// (QNetworkAccessManager) is a thread of its own with up to six connections to each server, and
// 64 of them made the load generator, on the same two cores, slower than the servers it loads.
//
// Usage: livebench [--devices N] [--notes N] [--instances 1|2] [--postgres] [--pools N]
// --postgres takes its PostgreSQL from EWS_TEST_DATABASE_FILE (tests/server/postgres-fixture).
#include "benchservers.h"
#include "records.h"
#include "report.h"
#include "storeseeder.h"
#include "syncresponse.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTimer>
#include <QWebSocket>

#include <algorithm>
#include <cstdio>
#include <functional>
#include <memory>

using namespace Qt::StringLiterals;
using namespace Records;

namespace {
using Report::percentile;
using Report::print;

void waitUntil(const std::function<bool()> &done, int ms)
{
    QElapsedTimer timer;
    timer.start();
    while (!done() && timer.elapsed() < ms)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
}

/// What the benchmark shares: the servers, the trusted certificate, connection pools.
struct Network
{
    QList<QUrl> servers;
    QSslConfiguration tls;
    std::vector<std::unique_ptr<QNetworkAccessManager>> pools;
    int next = 0;
    QNetworkAccessManager &pool() { return *pools[size_t(next++) % pools.size()]; }
};

/// One device with the app open: its token, position, live channel.
class LiveDevice : public QObject
{
public:
    LiveDevice(Network &network, QString code, int server)
        : m_network(network)
        , m_code(std::move(code))
        , m_server(server)
    {
        m_gather.setSingleShot(true);
        m_retry.setSingleShot(true);
        connect(&m_gather, &QTimer::timeout, this, [this] { sync(); });
        connect(&m_retry, &QTimer::timeout, this, [this] { openChannel(); });
        connect(&m_channel, &QWebSocket::connected, this, [this] {
            m_failures = 0;
            if (m_wasOpen) // back after a break: once, for what was missed
                sync();
            m_wasOpen = true;
        });
        connect(&m_channel, &QWebSocket::disconnected, this, [this] {
            const int ceiling = qMin(60000, 1000 << qMin(m_failures++, 6));
            m_retry.start(ceiling / 2 + int(QRandomGenerator::global()->bounded(ceiling / 2 + 1)));
        });
        connect(&m_channel, &QWebSocket::textMessageReceived, this, [this](const QString &text) {
            const auto news = QJsonDocument::fromJson(text.toUtf8()).object();
            if (m_cursors.value(news.value("scope"_L1).toString())
                >= news.value("version"_L1).toInteger())
                return;
            if (!m_gather.isActive())
                m_gather.start(150 + int(QRandomGenerator::global()->bounded(150)));
        });
    }

    ~LiveDevice() override
    {
        // The channel closes as it goes and says so; the timers are gone by then.
        disconnect(&m_channel, nullptr, this, nullptr);
    }

    void redeem(const std::function<void(bool)> &done)
    {
        post(u"v1/redeem"_s, QJsonDocument(QJsonObject { { u"code"_s, m_code } }).toJson(),
            [this, done](int status, const QByteArray &body) {
                m_token = QJsonDocument::fromJson(body)[u"token"_s].toString();
                done(status == 200 && !m_token.isEmpty());
            });
    }

    /// Syncs from the device's position, sending @p mutations; @p done when it holds
    /// everything.
    void sync(const std::function<void()> &done = {}, const QList<Mutation> &mutations = {})
    {
        ++syncs;
        SyncRequest request;
        request.clientId = m_clientId;
        request.cursors = m_cursors;
        request.limit = SyncRequest::maxLimit;
        request.mutations = mutations;
        post(u"v1/sync"_s, request.toJson(), [this, done](int status, const QByteArray &body) {
            const auto parsed = SyncResponse::parse(body);
            if (status != 200 || !parsed.ok) {
                ++failures;
                return;
            }
            m_cursors = parsed.response.cursors;
            for (const auto &change : parsed.response.changes) {
                if (change.entity == Announcement::entity)
                    onScreen.insert(change.id, QDateTime::currentMSecsSinceEpoch());
            }
            if (parsed.response.more)
                return sync(done);
            if (done)
                done();
        });
    }

    void openChannel()
    {
        QNetworkRequest request(m_network.servers.at(m_server).resolved(QUrl(u"v1/live"_s)));
        QUrl url = request.url();
        url.setScheme(u"wss"_s);
        request.setUrl(url);
        request.setRawHeader("Authorization", "Bearer " + m_token.toLatin1());
        m_channel.setSslConfiguration(m_network.tls);
        m_channel.open(request);
    }

    bool isOpen() const { return m_channel.state() == QAbstractSocket::ConnectedState; }
    void moveTo(int server) { m_server = server; }

    QHash<QString, qint64> onScreen; ///< announcement id → when the device had it (ms)
    int syncs = 0;
    int failures = 0;

private:
    void post(const QString &path, const QByteArray &body,
        std::function<void(int, const QByteArray &)> answered)
    {
        QNetworkRequest request(m_network.servers.at(m_server).resolved(QUrl(path)));
        request.setHeader(QNetworkRequest::ContentTypeHeader, u"application/json"_s);
        if (!m_token.isEmpty())
            request.setRawHeader("Authorization", "Bearer " + m_token.toLatin1());
        request.setSslConfiguration(m_network.tls);
        QNetworkReply *reply = m_network.pool().post(request, body);
        connect(reply, &QNetworkReply::finished, this, [reply, answered] {
            reply->deleteLater();
            answered(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(),
                reply->readAll());
        });
    }

    Network &m_network;
    QString m_code;
    int m_server;
    QString m_token;
    QString m_clientId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    QHash<QString, qint64> m_cursors;
    QWebSocket m_channel;
    QTimer m_gather;
    QTimer m_retry;
    int m_failures = 0;
    bool m_wasOpen = false;
};

/// Runs @p job for every device with at most @p inFlight at once.
void forAll(std::vector<std::unique_ptr<LiveDevice>> &devices, int inFlight,
    const std::function<void(LiveDevice &, std::function<void()>)> &job)
{
    size_t next = 0;
    size_t finished = 0;
    std::function<void()> start = [&] {
        if (next == devices.size())
            return;
        job(*devices[next++], [&] {
            ++finished;
            start();
        });
    };
    for (int i = 0; i < inFlight; ++i)
        start();
    waitUntil([&] { return finished == devices.size(); }, 600000);
}
}

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(u"Live news to many open apps at once."_s);
    parser.addHelpOption();
    parser.addOption(
        { u"devices"_s, u"Devices with the app open (default 1000)."_s, u"N"_s, u"1000"_s });
    parser.addOption(
        { u"notes"_s, u"Notes the organiser publishes (default 10)."_s, u"N"_s, u"10"_s });
    parser.addOption(
        { u"instances"_s, u"Server instances (2 needs --postgres)."_s, u"N"_s, u"1"_s });
    parser.addOption({ u"postgres"_s, u"Store in PostgreSQL (EWS_TEST_DATABASE_FILE)."_s });
    parser.addOption({ u"pools"_s,
        u"Connection pools the devices share, each a thread with up to six connections to each "
        "server (default 8)."_s,
        u"N"_s, u"8"_s });
    parser.process(app);
    const int deviceCount = parser.value(u"devices"_s).toInt();
    const int notes = parser.value(u"notes"_s).toInt();
    const int instances = parser.value(u"instances"_s).toInt();
    const bool postgres = parser.isSet(u"postgres"_s);
    const int pools = parser.value(u"pools"_s).toInt();
    if (deviceCount < 1 || notes < 1 || pools < 1 || instances < 1 || instances > 2
        || (instances == 2 && !postgres) || (postgres && !ServerProcess::onPostgres())) {
        std::fprintf(stderr,
            "livebench: --devices, --notes, --pools at least 1; --instances 1, or 2 "
            "with --postgres (and EWS_TEST_DATABASE_FILE)\n");
        return 2;
    }

    QTemporaryDir work;
    // Every simulated phone comes from 127.0.0.1 here, not one per address.
    BenchServers servers(work, u"livebench"_s, instances, postgres,
        { u"--syncs-per-minute"_s, u"100000"_s, u"--connections-per-address"_s, u"4096"_s });
    QList<StoreSeeder::Reader> readers;
    QString organiserCode;
    {
        StoreSeeder seeder(servers.connection());
        readers = seeder.seedDevices(deviceCount, 15, 60);
        organiserCode = seeder.organiserCode();
    }
    Network network;
    const auto startServers = [&] {
        if (!servers.start())
            qFatal("livebench: a server did not start");
        network.servers = servers.bases();
    };
    startServers();
    network.tls = QSslConfiguration::defaultConfiguration();
    network.tls.addCaCertificate(servers.processes().front()->certificate());
    for (int i = 0; i < pools; ++i)
        network.pools.push_back(std::make_unique<QNetworkAccessManager>());

    qint64 peakKiB = 0;
    QTimer sampler;
    QObject::connect(&sampler, &QTimer::timeout, [&] {
        for (const auto &server : servers.processes())
            peakKiB = std::max(peakKiB, server->residentKiB());
    });
    sampler.start(100);

    std::vector<std::unique_ptr<LiveDevice>> devices;
    for (int i = 0; i < deviceCount; ++i)
        devices.push_back(std::make_unique<LiveDevice>(network, readers.at(i).code, i % instances));
    LiveDevice organiser(network, organiserCode, 0);
    bool signedIn = false;
    organiser.redeem([&](bool ok) { signedIn = ok; });
    waitUntil([&] { return signedIn; }, 30000);
    forAll(devices, 64, [](LiveDevice &device, std::function<void()> done) {
        device.redeem([&device, done](bool) { device.sync(done); });
    });
    for (auto &device : devices)
        device->openChannel();
    waitUntil(
        [&] {
            return std::all_of(devices.cbegin(), devices.cend(),
                [](const auto &device) { return device->isOpen(); });
        },
        120000);
    const qint64 memoryConnected = [&] {
        qint64 sum = 0;
        for (const auto &server : servers.processes())
            sum += server->residentKiB();
        return sum;
    }();
    int syncsBefore = 0;
    for (const auto &device : devices)
        syncsBefore += device->syncs;

    // The organiser publishes notes; each device's time from the request to holding it.
    QList<double> latencies;
    int missed = 0;
    for (int n = 0; n < notes; ++n) {
        const QString id = QUuid::createUuid().toString(QUuid::WithoutBraces);
        const qint64 sentAt = QDateTime::currentMSecsSinceEpoch();
        organiser.sync({},
            { { n + 1, Announcement::entity, Operation::insert, id,
                { { Announcement::text, u"Modul 3 heute in Raum 2.14 statt 1.05."_s } } } });
        waitUntil(
            [&] {
                return std::all_of(devices.cbegin(), devices.cend(),
                    [&id](const auto &device) { return device->onScreen.contains(id); });
            },
            20000);
        for (const auto &device : devices) {
            if (device->onScreen.contains(id))
                latencies.append(double(device->onScreen.value(id) - sentAt));
            else
                ++missed;
        }
        waitUntil([] { return false; }, 1000);
    }
    int syncsForNotes = -syncsBefore;
    for (const auto &device : devices)
        syncsForNotes += device->syncs;

    // Every server restarts; the devices come back with their back-off and catch up.
    int syncsBeforeRestart = 0;
    for (const auto &device : devices)
        syncsBeforeRestart += device->syncs;
    sampler.stop();
    QElapsedTimer restart;
    restart.start();
    servers.stop();
    // Every phone notices the server is gone before it comes back.
    waitUntil(
        [&] {
            return std::none_of(devices.cbegin(), devices.cend(),
                [](const auto &device) { return device->isOpen(); });
        },
        30000);
    startServers();
    sampler.start(100);
    waitUntil(
        [&] {
            return std::all_of(devices.cbegin(), devices.cend(),
                [](const auto &device) { return device->isOpen(); });
        },
        180000);
    waitUntil([] { return false; }, 1500); // the last syncs of those back
    const double backAfter = double(restart.elapsed()) / 1000;
    int syncsAfterRestart = -syncsBeforeRestart;
    int notBack = 0;
    for (const auto &device : devices) {
        syncsAfterRestart += device->syncs;
        notBack += device->isOpen() ? 0 : 1;
    }
    sampler.stop();

    print(u"%1 devices with the app open on %2 (%3); %4 notes to everyone; %5 connection pools."_s
              .arg(deviceCount)
              .arg(postgres ? u"PostgreSQL"_s : u"SQLite"_s)
              .arg(instances == 1 ? u"one server"_s : u"two servers, devices split"_s)
              .arg(notes)
              .arg(pools));
    print(u""_s);
    print(u"| measure | value | target | met |"_s);
    print(u"| --- | --- | --- | --- |"_s);
    const double p95 = percentile(latencies, 0.95);
    const double p99 = percentile(latencies, 0.99);
    print(u"| organiser's request → note on a device, p50 | %1 ms | — | — |"_s.arg(
        percentile(latencies, 0.5), 0, 'f', 0));
    print(u"| … p95 | %1 ms | ≤ 1000 ms | %2 |"_s.arg(p95, 0, 'f', 0)
              .arg(p95 <= 1000 ? u"yes"_s : u"no"_s));
    print(u"| … p99 | %1 ms | ≤ 2000 ms | %2 |"_s.arg(p99, 0, 'f', 0)
              .arg(p99 <= 2000 ? u"yes"_s : u"no"_s));
    print(u"| notes that did not arrive within 20 s | %1 | 0 | %2 |"_s.arg(missed).arg(
        missed == 0 ? u"yes"_s : u"no"_s));
    print(u"| syncs per device per note | %1 | 1 | %2 |"_s
              .arg(double(syncsForNotes) / deviceCount / notes, 0, 'f', 2)
              .arg(syncsForNotes <= deviceCount * notes ? u"yes"_s : u"no"_s));
    print(
        u"| after a restart of every server: all back and caught up | %1 s (%2 not back) | — | %3 |"_s
            .arg(backAfter, 0, 'f', 1)
            .arg(notBack)
            .arg(notBack == 0 ? u"yes"_s : u"no"_s));
    print(u"| … syncs per device to catch up | %1 | ≤ 1 | %2 |"_s
              .arg(double(syncsAfterRestart) / deviceCount, 0, 'f', 2)
              .arg(syncsAfterRestart <= deviceCount ? u"yes"_s : u"no"_s));
    print(u"| server memory with every channel open%1 | %2 MB | — | — |"_s
              .arg(instances == 1 ? QString() : u" (both)"_s)
              .arg(double(memoryConnected) / 1024, 0, 'f', 1));
    print(u"| server memory, peak%1 | %2 MB | — | — |"_s
              .arg(instances == 1 ? QString() : u" (the larger instance)"_s)
              .arg(double(peakKiB) / 1024, 0, 'f', 1));
    int failures = 0;
    for (const auto &device : devices)
        failures += device->failures;
    print(u""_s);
    print(u"Requests that failed (the device tried again): %1."_s.arg(failures));
    return missed == 0 && notBack == 0 ? 0 : 1;
}
