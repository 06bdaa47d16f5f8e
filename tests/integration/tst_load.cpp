// SPDX-License-Identifier: GPL-3.0-or-later
// Load without loss: many devices (real replicas and sync engines) sync at once against one
// server on SQLite, or against two server instances on one PostgreSQL, each device writing
// steps and log entries, each with its live channel open as the app keeps it. Every change
// must be on the server exactly once and nothing may stay queued; after the last round the
// devices catch up on the others' changes by the live news alone. The server's memory is
// sampled while it works.
// EWS_LOAD_DEVICES (default 24) and EWS_LOAD_CHANGES (default 4 per device and round, three
// rounds); scripts/load runs it with hundreds of devices.
#include "credentialstore.h"
#include "liveupdates.h"
#include "serverprocess.h"
#include "testdevice.h"

#include <QElapsedTimer>
#include <QTimer>

#include <QTemporaryDir>
#include <numeric>

using namespace Qt::StringLiterals;

class TestLoad : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    FixedClock m_clock { QDateTime(QDate(2026, 11, 21), QTime(9, 0), Qt::UTC) };

    static int setting(const char *name, int fallback)
    {
        const int value = qEnvironmentVariableIntValue(name);
        return value > 0 ? value : fallback;
    }

private Q_SLOTS:
    void manyDevicesAtOnceLoseNothing()
    {
        const int devices = setting("EWS_LOAD_DEVICES", 24);
        const int changes = setting("EWS_LOAD_CHANGES", 4);
        const int rounds = 3;
        const QStringList database = ServerProcess::databaseArguments(u"load"_s);
        const QStringList options = database + QStringList { u"--syncs-per-minute"_s, u"100000"_s };
        // On PostgreSQL two instances share the store; devices alternate between them.
        std::vector<std::unique_ptr<ServerProcess>> servers;
        servers.push_back(std::make_unique<ServerProcess>(m_dir.filePath(u"one"_s), options));
        if (!database.isEmpty())
            servers.push_back(std::make_unique<ServerProcess>(m_dir.filePath(u"two"_s), options));
        for (auto &server : servers)
            QVERIFY(server->start());
        ServerProcess &first = *servers.front();

        QStringList towns;
        for (int i = 0; i < qMax(1, devices / 4); ++i)
            towns.append(first.command({ u"add-municipality"_s, u"Stadt %1"_s.arg(i) }));
        std::vector<std::unique_ptr<QNetworkAccessManager>> networks;
        std::vector<std::unique_ptr<SyncConnection>> connections;
        for (int i = 0; i < 8; ++i) {
            networks.push_back(std::make_unique<QNetworkAccessManager>());
            connections.push_back(std::make_unique<SyncConnection>());
        }
        std::vector<std::unique_ptr<Device>> phones;
        std::vector<std::unique_ptr<LiveUpdates>> channels;
        QStringList municipalities;
        for (int i = 0; i < devices; ++i) {
            ServerProcess &server = *servers[size_t(i) % servers.size()];
            auto &network = *networks[size_t(i) % networks.size()];
            const QString town = towns.at(i % towns.size());
            const QString code = ServerProcess::codeIn(
                first.command({ u"invite-participant"_s, town, u"Person %1"_s.arg(i) }));
            auto phone = std::make_unique<Device>(m_dir.filePath(u"device-%1.sqlite"_s.arg(i)),
                *connections[size_t(i) % connections.size()], m_clock);
            Credentials credentials;
            credentials.server = server.base().toString();
            credentials.token = redeemCode(network, server.base(), server.certificate(), code);
            credentials.certificatePem = QString::fromLatin1(server.certificate().toPem());
            phone->engine.setServer(server.base(), { server.certificate() });
            phone->engine.setToken(credentials.token);
            phone->engine.setOwnMunicipality(town);
            // The live channel, as the app keeps it while open: news asks for a sync.
            Device *device = phone.get();
            auto channel
                = std::make_unique<LiveUpdates>([device] { return device->repository.cursors(); });
            connect(channel.get(), &LiveUpdates::syncWanted, &phone->engine, &SyncEngine::syncNow);
            // As SyncController does: news that came during a sync, of something it did not
            // bring, gets one more; a sync that failed is tried again soon (the schedule's
            // back-off, shortened).
            LiveUpdates *live = channel.get();
            connect(&phone->engine, &SyncEngine::finished, live, [device, live](bool ok) {
                if (!ok)
                    QTimer::singleShot(500, &device->engine, &SyncEngine::syncNow);
                else if (live->takeNewsMissed())
                    QTimer::singleShot(0, &device->engine, &SyncEngine::syncNow);
            });
            channel->setCredentials(credentials);
            channels.push_back(std::move(channel));
            phones.push_back(std::move(phone));
            municipalities.append(town);
        }

        qint64 peakKiB = 0;
        QElapsedTimer clock;
        clock.start();
        int syncs = 0;
        int retries = 0;
        // Everyone syncs at once; a device whose sync failed (the server too busy to answer
        // in time) tries again, as a real one would after its back-off.
        auto syncAll = [&] {
            std::vector<size_t> pending(phones.size());
            std::iota(pending.begin(), pending.end(), size_t(0));
            for (int pass = 0; pass < 10 && !pending.empty(); ++pass) {
                std::vector<std::unique_ptr<QSignalSpy>> spies;
                for (size_t index : pending) {
                    auto &engine = phones[index]->engine;
                    spies.push_back(std::make_unique<QSignalSpy>(&engine, &SyncEngine::finished));
                    engine.syncNow();
                }
                std::vector<size_t> failed;
                for (size_t i = 0; i < spies.size(); ++i) {
                    while (spies[i]->isEmpty()) {
                        for (auto &server : servers)
                            peakKiB = qMax(peakKiB, server->residentKiB());
                        spies[i]->wait(50);
                    }
                    // A sync the live news had started before this device's last changes
                    // ended without them: that device goes again too.
                    if (spies[i]->first().at(0).toBool()
                        && phones[pending[i]]->changeLog.pendingCount() == 0) {
                        ++syncs;
                    } else {
                        ++retries;
                        failed.push_back(pending[i]);
                    }
                }
                pending = failed;
            }
        };
        syncAll(); // everyone signs in and downloads the programme
        QTRY_VERIFY_WITH_TIMEOUT(std::all_of(channels.cbegin(), channels.cend(),
                                     [](const auto &channel) { return channel->isOpen(); }),
            20000);
        QStringList written;
        for (int round = 0; round < rounds; ++round) {
            for (int i = 0; i < devices; ++i) {
                for (int c = 0; c < changes; ++c) {
                    Step step;
                    step.title = u"Schritt %1.%2.%3"_s.arg(i).arg(round).arg(c);
                    QVERIFY(phones[size_t(i)]->replica.projects().addStepTo(
                        municipalities.at(i), &step, m_clock.now()));
                    written.append(step.id);
                    LogEntry entry;
                    entry.entryDate = QDate(2026, 11, 20);
                    entry.text = step.title;
                    QVERIFY(phones[size_t(i)]->replica.projects().addLogEntryTo(
                        municipalities.at(i), &entry, m_clock.now()));
                    written.append(entry.id);
                }
            }
            syncAll();
        }
        // No sync asked for any more: the news of the last changes brings them to everyone.
        QTRY_VERIFY_WITH_TIMEOUT(std::all_of(phones.cbegin(), phones.cend(),
                                     [&](const auto &phone) {
                                         return phone->count(u"SELECT count(*) FROM steps"_s)
                                             == devices * changes * rounds
                                             && phone->count(u"SELECT count(*) FROM log_entries"_s)
                                             == devices * changes * rounds;
                                     }),
            30000);
        const qint64 elapsed = clock.elapsed();

        for (auto &phone : phones)
            QCOMPARE(phone->changeLog.pendingCount(), 0);
        channels.clear();
        Device &any = *phones.back();
        QCOMPARE(any.count(u"SELECT count(*) FROM steps"_s), devices * changes * rounds);
        QCOMPARE(any.count(u"SELECT count(*) FROM log_entries"_s), devices * changes * rounds);
        QSqlQuery check(any.replica.database().connection());
        int found = 0;
        for (const auto &id : std::as_const(written)) {
            check.prepare(u"SELECT (SELECT count(*) FROM steps WHERE id = ?) + "
                          "(SELECT count(*) FROM log_entries WHERE id = ?)"_s);
            check.addBindValue(id);
            check.addBindValue(id);
            found += check.exec() && check.next() ? check.value(0).toInt() : 0;
        }
        QCOMPARE(found, int(written.size()));
        qInfo("%d devices on %d server(s) (%s): %d changes, %d syncs (%d tried again) in %.1f s; "
              "server memory at most %lld KiB",
            devices, int(servers.size()), database.isEmpty() ? "SQLite" : "PostgreSQL",
            int(written.size()), syncs, retries, elapsed / 1000.0, peakKiB);
    }
};

QTEST_GUILESS_MAIN(TestLoad)
#include "tst_load.moc"
