// SPDX-License-Identifier: GPL-3.0-or-later
// Two server processes on one PostgreSQL, devices alternating between them: they converge,
// because the servers keep nothing in memory that matters.
#include "serverprocess.h"
#include "testdevice.h"

#include <QTemporaryDir>
#include <QUuid>

class TestTwoInstances : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<ServerProcess> m_first;
    std::unique_ptr<ServerProcess> m_second;
    QNetworkAccessManager m_network;
    SyncConnection m_connection;
    FixedClock m_clock { QDateTime(QDate(2026, 11, 21), QTime(9, 0), Qt::UTC) };
    QString m_municipality;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(ServerProcess::onPostgres(), "needs the PostgreSQL the test run starts");
        const QStringList shared = ServerProcess::databaseArguments(u"instances"_s);
        m_first = std::make_unique<ServerProcess>(m_dir.filePath(u"first"_s), shared);
        m_second = std::make_unique<ServerProcess>(m_dir.filePath(u"second"_s), shared);
        QVERIFY(m_first->command({ u"import-programme"_s, QStringLiteral(PROGRAMME_FILE) })
                    .contains(u"20 dates"_s));
        m_municipality = m_first->command({ u"add-municipality"_s, u"Musterstadt"_s });
        QVERIFY(m_first->start());
        QVERIFY(m_second->start());
    }

    void devicesAlternatingBetweenInstancesConverge()
    {
        // Invited on one instance, signed in on the other.
        const QString phoneCode = ServerProcess::codeIn(
            m_first->command({ u"invite-participant"_s, m_municipality, u"Erika"_s }));
        const QString officeCode = ServerProcess::codeIn(
            m_second->command({ u"invite-participant"_s, m_municipality, u"Jonas"_s }));
        Device phone(m_dir.filePath(u"phone.sqlite"_s), m_connection, m_clock);
        Device office(m_dir.filePath(u"office.sqlite"_s), m_connection, m_clock);
        phone.engine.setToken(
            redeemCode(m_network, m_second->base(), m_second->certificate(), phoneCode));
        office.engine.setToken(
            redeemCode(m_network, m_first->base(), m_first->certificate(), officeCode));
        auto useFirst = [this](Device &device) {
            device.engine.setServer(m_first->base(), { m_first->certificate() });
        };
        auto useSecond = [this](Device &device) {
            device.engine.setServer(m_second->base(), { m_second->certificate() });
        };

        useFirst(phone);
        useSecond(office);
        QCOMPARE(phone.sync(), QString());
        QCOMPARE(office.sync(), QString());
        QStringList titles;
        for (int round = 0; round < 6; ++round) {
            Device &writer = round % 2 == 0 ? phone : office;
            Step step;
            step.title = u"Schritt %1"_s.arg(round);
            titles.append(step.title);
            QVERIFY(writer.replica.projects().addStepTo(m_municipality, &step, m_clock.now()));
            // Every round each device talks to the other instance than before.
            if (round % 2 == 0) {
                useSecond(phone);
                useFirst(office);
            } else {
                useFirst(phone);
                useSecond(office);
            }
            QCOMPARE(writer.sync(), QString());
        }
        QCOMPARE(phone.sync(), QString());
        QCOMPARE(office.sync(), QString());
        QCOMPARE(phone.changeLog.pendingCount(), 0);
        QCOMPARE(office.changeLog.pendingCount(), 0);
        auto stepsOf = [this](Device &device) {
            QStringList result;
            const auto project = device.replica.projects().projectOf(m_municipality);
            if (project) {
                for (const auto &step : device.replica.projects().steps(project->id))
                    result.append(step.title);
            }
            result.sort();
            return result;
        };
        titles.sort();
        QCOMPARE(stepsOf(phone), titles);
        QCOMPARE(stepsOf(office), titles);
    }

    void instancesStartTogetherOnAnEmptyDatabase()
    {
        // Three times, each on an empty database: both migrate it, one after the other.
        for (int round = 0; round < 3; ++round) {
            const QStringList empty = ServerProcess::databaseArguments(u"together"_s);
            ServerProcess one(m_dir.filePath(u"together-a%1"_s.arg(round)), empty);
            ServerProcess other(m_dir.filePath(u"together-b%1"_s.arg(round)), empty);
            one.launch();
            other.launch();
            QVERIFY(one.waitUntilServing());
            QVERIFY(other.waitUntilServing());
            // One store, one identity, the programme imported once.
            QString first;
            QString second;
            one.command({ u"invitations"_s }, nullptr, &first);
            other.command({ u"invitations"_s }, nullptr, &second);
            QCOMPARE(first, second);
            QCOMPARE(int(one.output().contains(u"Programme:"_s))
                    + int(other.output().contains(u"Programme:"_s)),
                1);
        }
    }
};

QTEST_GUILESS_MAIN(TestTwoInstances)
#include "tst_twoinstances.moc"
