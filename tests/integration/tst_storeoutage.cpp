// SPDX-License-Identifier: GPL-3.0-or-later
// A routine restart of PostgreSQL while devices sync and write: the server answers 503 with
// Retry-After meanwhile (never 401 or 403, which would sign the devices out), opens its
// connections again by itself, and every device catches up with nothing lost.
#include "appdevice.h"
#include "serverprocess.h"
#include "testdevice.h"

#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QTimer>

namespace {
/// A GET of @p path at @p base; the status (0: no answer) and the JSON body.
std::pair<int, QJsonObject> get(QNetworkAccessManager &network, const QUrl &base,
    const QSslCertificate &certificate, const QString &path)
{
    QNetworkRequest request(base.resolved(QUrl(path)));
    auto tls = QSslConfiguration::defaultConfiguration();
    tls.addCaCertificate(certificate);
    request.setSslConfiguration(tls);
    request.setTransferTimeout(10000);
    std::unique_ptr<QNetworkReply> reply(network.get(request));
    QSignalSpy done(reply.get(), &QNetworkReply::finished);
    if (!reply->isFinished())
        done.wait(15000);
    return { reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(),
        QJsonDocument::fromJson(reply->readAll()).object() };
}
}

class TestStoreOutage : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_postgres; ///< the folder of the PostgreSQL this test restarts
    std::unique_ptr<ServerProcess> m_server;
    QNetworkAccessManager m_network;
    SyncConnection m_connection;
    FixedClock m_clock { QDateTime(QDate(2026, 11, 21), QTime(9, 0), Qt::UTC) };
    QString m_municipality;

private Q_SLOTS:
    void initTestCase()
    {
        m_postgres = qEnvironmentVariable("EWS_OUTAGE_POSTGRES");
        QVERIFY2(!m_postgres.isEmpty(), "needs the PostgreSQL of its own the test run starts");
        QFile setting(m_postgres + u"/connection"_s);
        QVERIFY(setting.open(QIODevice::ReadOnly));
        const QString connection = QString::fromUtf8(setting.readAll()).trimmed();
        m_server = std::make_unique<ServerProcess>(
            m_dir.filePath(u"server"_s), QStringList { u"--database"_s, connection });
        m_municipality = m_server->command({ u"add-municipality"_s, u"Musterstadt"_s });
        QVERIFY(m_server->start());
    }

    void restartOfTheDatabaseSignsNobodyOutAndLosesNothing()
    {
        // Four devices signed in, and a code not used yet.
        std::vector<std::unique_ptr<Device>> devices;
        for (int i = 0; i < 4; ++i) {
            const QString code = ServerProcess::codeIn(m_server->command(
                { u"invite-participant"_s, m_municipality, u"Teilnehmende %1"_s.arg(i) }));
            auto device = std::make_unique<Device>(
                m_dir.filePath(u"device%1.sqlite"_s.arg(i)), m_connection, m_clock);
            device->engine.setServer(m_server->base(), { m_server->certificate() });
            device->engine.setToken(
                redeemCode(m_network, m_server->base(), m_server->certificate(), code));
            device->engine.setOwnMunicipality(m_municipality);
            QCOMPARE(device->sync(), QString());
            devices.push_back(std::move(device));
        }
        const QString laterCode = ServerProcess::codeIn(
            m_server->command({ u"invite-participant"_s, m_municipality, u"Später"_s }));
        // And the app as people have it: its controller signs out on 401/403 only.
        QVERIFY(QDir().mkpath(m_dir.filePath(u"app"_s)));
        AppDevice app(m_dir.filePath(u"app"_s));
        {
            const QString code = ServerProcess::codeIn(
                m_server->command({ u"invite-participant"_s, m_municipality, u"Mit App"_s }));
            // Asked once, the app shows the certificate's fingerprint; the person trusts it.
            QSignalSpy shown(app.controller.serverSignIn(), &ServerSignIn::finished);
            app.controller.serverSignIn()->start(m_server->base().toString(), code, {});
            QVERIFY(!shown.isEmpty() || shown.wait(20000));
            const QString fingerprint = shown.first().at(2).toString();
            QSignalSpy signedIn(app.controller.serverSignIn(), &ServerSignIn::finished);
            app.controller.serverSignIn()->start(m_server->base().toString(), code, fingerprint);
            QVERIFY(!signedIn.isEmpty() || signedIn.wait(20000));
            QCOMPARE(signedIn.first().at(0).toString(), QString());
            QVERIFY(app.controller.signedIn());
        }
        const auto healthy
            = get(m_network, m_server->base(), m_server->certificate(), u"/v1/health"_s);
        QCOMPARE(healthy.first, 200);
        const QString storeId = healthy.second.value("storeId"_L1).toString();
        QVERIFY(!storeId.isEmpty());

        // Under load: each device writes a step and syncs, again and again, while PostgreSQL
        // is stopped for four seconds and started again.
        QHash<QString, int> errors;
        int written = 0;
        bool loading = true;
        for (auto &device : devices) {
            Device *each = device.get();
            connect(
                &each->engine, &SyncEngine::finished, this, [&, each](bool, const QString &error) {
                    if (!error.isEmpty())
                        ++errors[error];
                    if (!loading)
                        return;
                    QTimer::singleShot(50, this, [&, each] {
                        if (!loading)
                            return;
                        Step step;
                        step.title = u"Schritt %1"_s.arg(++written);
                        QVERIFY(each->replica.projects().addStepTo(
                            m_municipality, &step, m_clock.now()));
                        each->engine.syncNow();
                    });
                });
            each->engine.syncNow();
        }
        QTest::qWait(1000);
        QProcess restart;
        restart.start(QStringLiteral(POSTGRES_FIXTURE), { u"pause"_s, m_postgres, u"4"_s });
        QVERIFY(restart.waitForStarted());
        // While it is down: the health check says so, and a sign-in is put off, not refused.
        QElapsedTimer down;
        down.start();
        int healthWhileDown = 0;
        int redeemWhileDown = 0;
        while (down.elapsed() < 3000 && (healthWhileDown != 503 || redeemWhileDown == 0)) {
            QTest::qWait(300);
            healthWhileDown
                = get(m_network, m_server->base(), m_server->certificate(), u"/v1/health"_s).first;
            if (healthWhileDown == 503 && redeemWhileDown == 0) {
                QNetworkRequest request(m_server->base().resolved(QUrl(u"v1/redeem"_s)));
                auto tls = QSslConfiguration::defaultConfiguration();
                tls.addCaCertificate(m_server->certificate());
                request.setSslConfiguration(tls);
                request.setHeader(QNetworkRequest::ContentTypeHeader, u"application/json"_s);
                std::unique_ptr<QNetworkReply> reply(m_network.post(
                    request, QJsonDocument(QJsonObject { { u"code"_s, laterCode } }).toJson()));
                QSignalSpy done(reply.get(), &QNetworkReply::finished);
                QVERIFY(reply->isFinished() || done.wait(15000));
                redeemWhileDown
                    = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
                QCOMPARE(reply->rawHeader("Retry-After").isEmpty(), false);
            }
        }
        QCOMPARE(healthWhileDown, 503);
        QCOMPARE(redeemWhileDown, 503);
        // The app syncs while the store is down: told to try later, still signed in.
        if (app.engine.isSyncing()) {
            QSignalSpy previous(&app.engine, &SyncEngine::finished);
            QVERIFY(previous.wait(20000));
        }
        QSignalSpy appSync(&app.engine, &SyncEngine::finished);
        app.controller.syncNow();
        QVERIFY(appSync.wait(20000));
        QCOMPARE(appSync.first().at(1).toString(), u"busy"_s);
        QVERIFY(app.controller.signedIn());
        QVERIFY(restart.waitForFinished(60000));
        QCOMPARE(restart.exitCode(), 0);
        QTest::qWait(2000); // the load goes on against the database back
        loading = false;
        for (auto &device : devices) {
            if (device->engine.isSyncing()) {
                QSignalSpy done(&device->engine, &SyncEngine::finished);
                QVERIFY(done.wait(30000));
            }
        }

        // Nobody was signed out; the outage was seen as one (503, "busy": tried again later).
        QVERIFY2(!errors.contains(u"unauthorized"_s) && !errors.contains(u"revoked"_s),
            qPrintable(QStringList(errors.keys()).join(u", "_s)));
        QVERIFY2(errors.value(u"busy"_s) > 0, "the devices did not meet the outage");
        QVERIFY(written >= 8);
        // The server opened its connections again by itself: every device catches up.
        for (auto &device : devices) {
            QString error;
            for (int attempt = 0; attempt < 10; ++attempt) {
                error = device->sync();
                if (error.isEmpty())
                    break;
                QTest::qWait(500);
            }
            QCOMPARE(error, QString());
        }
        for (auto &device : devices) {
            QCOMPARE(device->sync(), QString());
            QCOMPARE(device->changeLog.pendingCount(), 0);
            QCOMPARE(device->count(u"SELECT count(*) FROM steps WHERE title LIKE 'Schritt %'"_s),
                written);
        }
        const auto back
            = get(m_network, m_server->base(), m_server->certificate(), u"/v1/health"_s);
        QCOMPARE(back.first, 200);
        QCOMPARE(back.second.value("storeId"_L1).toString(), storeId);
        QCOMPARE(back.second.value("canWrite"_L1).toBool(), true);
        // The app, too, syncs again as before.
        QVERIFY(app.controller.signedIn());
        QSignalSpy appBack(&app.engine, &SyncEngine::finished);
        if (!app.engine.isSyncing())
            app.controller.syncNow();
        QVERIFY(appBack.wait(20000));
        QVERIFY(appBack.last().at(0).toBool());
        // The code that could not be used during the outage works now.
        QVERIFY(
            !redeemCode(m_network, m_server->base(), m_server->certificate(), laterCode).isEmpty());
        // The operator saw it: the store lost, without a token or a name in the log.
        const QString log = m_server->outputSoFar();
        QVERIFY2(log.contains(u"storage failure"_s), qPrintable(log.right(2000)));
        QVERIFY(m_server->isRunning());
    }
};

QTEST_GUILESS_MAIN(TestStoreOutage)
#include "tst_storeoutage.moc"
