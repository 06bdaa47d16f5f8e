// SPDX-License-Identifier: GPL-3.0-or-later
// Crash points: the server stopped dead before and after it commits a sync, and a device
// process killed with SIGKILL at random moments of its saves and syncs (after the local
// commit, after sending, after the answer before it is stored). Nothing saved is lost,
// nothing is applied twice.
#include "serverprocess.h"
#include "testdevice.h"

#include <QRandomGenerator>
#include <QTemporaryDir>

using namespace Qt::StringLiterals;

class TestCrashPoints : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<ServerProcess> m_server;
    QNetworkAccessManager m_network;
    SyncConnection m_connection;
    FixedClock m_clock { QDateTime(QDate(2026, 11, 21), QTime(9, 0), Qt::UTC) };
    QString m_town;

    QString invite(const QString &name)
    {
        const QString code
            = ServerProcess::codeIn(m_server->command({ u"invite-participant"_s, m_town, name }));
        return redeemCode(m_network, m_server->base(), m_server->certificate(), code);
    }

    /// What the server holds, read by a device that syncs afresh.
    std::unique_ptr<Device> observer()
    {
        auto device = std::make_unique<Device>(
            m_dir.filePath(QUuid::createUuid().toString(QUuid::WithoutBraces)), m_connection,
            m_clock);
        device->engine.setServer(m_server->base(), { m_server->certificate() });
        device->engine.setToken(invite(u"Beobachter"_s));
        if (!device->sync().isEmpty())
            qWarning("observer could not sync");
        return device;
    }

private Q_SLOTS:
    void initTestCase()
    {
        // A device killed and restarted quickly syncs more often than any real one.
        m_server = std::make_unique<ServerProcess>(m_dir.filePath(u"server"_s),
            ServerProcess::databaseArguments(u"crash"_s)
                + QStringList { u"--syncs-per-minute"_s, u"100000"_s });
        m_town = m_server->command({ u"add-municipality"_s, u"Absturzstadt"_s });
        QVERIFY(m_server->start());
    }

    void serverStoppedAroundItsCommit_data()
    {
        QTest::addColumn<QString>("point");
        QTest::newRow("before the commit") << u"sync-before-commit"_s;
        QTest::newRow("after the commit, before the answer") << u"sync-after-commit"_s;
    }

    void serverStoppedAroundItsCommit()
    {
        QFETCH(QString, point);
        Device phone(m_dir.filePath(point + u".sqlite"_s), m_connection, m_clock);
        phone.engine.setServer(m_server->base(), { m_server->certificate() });
        phone.engine.setToken(invite(u"Erika"_s));
        phone.engine.setOwnMunicipality(m_town);
        QCOMPARE(phone.sync(), QString());
        Step step;
        step.title = u"Vor dem Absturz ("_s + point + u')';
        QVERIFY(phone.replica.projects().addStepTo(m_town, &step, m_clock.now()));
        LogEntry entry;
        entry.entryDate = QDate(2026, 11, 20);
        entry.text = step.title;
        QVERIFY(phone.replica.projects().addLogEntryTo(m_town, &entry, m_clock.now()));

        m_server->kill();
        QVERIFY(m_server->start(point));
        phone.engine.setServer(m_server->base(), { m_server->certificate() });
        QCOMPARE(phone.sync(), u"offline"_s); // the server died with the request
        QTRY_VERIFY(!m_server->isRunning());
        QVERIFY(phone.changeLog.pendingCount() > 0); // kept until an answer comes

        QVERIFY(m_server->start());
        phone.engine.setServer(m_server->base(), { m_server->certificate() });
        QCOMPARE(phone.sync(), QString());
        QCOMPARE(phone.changeLog.pendingCount(), 0);
        QCOMPARE(phone.repository.rejectedCount(), 0);
        auto truth = observer();
        QVERIFY(truth->replica.projects().step(step.id));
        QCOMPARE(
            truth->count(u"SELECT count(*) FROM log_entries WHERE id = '%1'"_s.arg(entry.id)), 1);
    }

    void deviceKilledAtRandomMomentsLosesNothing()
    {
        const QString replica = m_dir.filePath(u"killed.sqlite"_s);
        const QString token = invite(u"Jonas"_s);
        const QString certificate = m_dir.filePath(u"server/tls/certificate.pem"_s);
        QRandomGenerator random(42);
        QStringList saved;
        for (int run = 0; run < 15; ++run) {
            QProcess syncer;
            syncer.start(QStringLiteral(SYNCER),
                { replica, m_server->base().toString(), certificate, token, m_town, u"50"_s });
            QVERIFY(syncer.waitForStarted());
            QTest::qWait(int(random.bounded(150, 900)));
            syncer.kill(); // SIGKILL, wherever it is
            syncer.waitForFinished();
            for (const auto &line : QString::fromUtf8(syncer.readAllStandardOutput()).split(u'\n'))
                if (line.startsWith(u"saved "_s))
                    saved.append(line.mid(6));
        }
        QVERIFY2(saved.size() > 10, "the device saved things before it was killed");

        // Started once more, undisturbed: everything it ever reported as saved is on the
        // server, once.
        Device device(replica, m_connection, m_clock);
        device.engine.setServer(m_server->base(), { m_server->certificate() });
        device.engine.setToken(token);
        device.engine.setOwnMunicipality(m_town);
        QCOMPARE(device.sync(), QString());
        QCOMPARE(device.changeLog.pendingCount(), 0);
        QCOMPARE(device.repository.rejectedCount(), 0);
        auto truth = observer();
        for (const auto &item : std::as_const(saved)) {
            const QString id = item.section(u' ', 1);
            const QString table = item.startsWith(u"step"_s) ? u"steps"_s : u"log_entries"_s;
            QCOMPARE(truth->count(u"SELECT count(*) FROM %1 WHERE id = '%2'"_s.arg(table, id)), 1);
        }
        qInfo("%d saves across 15 kills, all on the server once", int(saved.size()));
    }
};

QTEST_GUILESS_MAIN(TestCrashPoints)
#include "tst_crashpoints.moc"
