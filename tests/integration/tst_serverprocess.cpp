// SPDX-License-Identifier: GPL-3.0-or-later
// The real ews-server binary as a process: operator commands, HTTPS with its generated
// certificate on 127.0.0.1, sign-in with an invitation code, a step sent and read back,
// and the step still there after the server was killed with SIGKILL and started again.
// Runs on SQLite, and on PostgreSQL when the test run started one.
#include "invitationlink.h"
#include "serverprocess.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

#include <sys/stat.h>

using namespace Qt::StringLiterals;

class TestServerProcess : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<ServerProcess> m_process;
    QNetworkAccessManager m_network;

    QString command(const QStringList &arguments, int *exitCode = nullptr, QString *store = nullptr)
    {
        return m_process->command(arguments, exitCode, store);
    }

    struct Answer
    {
        int status = 0;
        QJsonObject body;
    };

    Answer post(const QString &path, const QJsonObject &body, const QString &token = {},
        const ServerProcess *server = nullptr)
    {
        if (!server)
            server = m_process.get();
        QNetworkRequest request(server->base().resolved(QUrl(path.mid(1))));
        auto configuration = QSslConfiguration::defaultConfiguration();
        configuration.addCaCertificate(server->certificate());
        request.setSslConfiguration(configuration);
        request.setHeader(QNetworkRequest::ContentTypeHeader, u"application/json"_s);
        if (!token.isEmpty())
            request.setRawHeader("Authorization", "Bearer " + token.toLatin1());
        std::unique_ptr<QNetworkReply> reply(m_network.post(request, QJsonDocument(body).toJson()));
        QSignalSpy done(reply.get(), &QNetworkReply::finished);
        if (!reply->isFinished() && !done.wait(15000))
            return {};
        if (reply->error() != QNetworkReply::NoError
            && reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt() == 0)
            qWarning() << reply->errorString();
        return { reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(),
            QJsonDocument::fromJson(reply->readAll()).object() };
    }

private Q_SLOTS:
    void initTestCase()
    {
        const QStringList database = ServerProcess::databaseArguments(u"process"_s);
        m_process = std::make_unique<ServerProcess>(m_dir.filePath(u"data"_s), database);
    }

    void cleanupTestCase() { m_process.reset(); }

    void freshStoreServesTheProgrammeWithoutSetup()
    {
        ServerProcess fresh(
            m_dir.filePath(u"fresh"_s), ServerProcess::databaseArguments(u"freshprogramme"_s));
        const QString town = fresh.command({ u"add-municipality"_s, u"Musterstadt"_s });
        const QString code
            = ServerProcess::codeIn(fresh.command({ u"invite-participant"_s, town, u"Erika"_s }));
        QVERIFY(fresh.start());
        QVERIFY2(fresh.output().contains(u"Programme: the 20 dates of EWS 7"_s),
            qPrintable(fresh.output()));
        const QString token = post(u"/v1/redeem"_s, { { u"code"_s, code } }, {}, &fresh)
                                  .body.value("token"_L1)
                                  .toString();
        const auto first = post(
            u"/v1/sync"_s, { { u"protocol"_s, 1 }, { u"clientId"_s, u"d"_s } }, token, &fresh);
        int events = 0;
        for (const auto &change : first.body.value("changes"_L1).toArray())
            events += change.toObject().value("entity"_L1).toString() == u"event"_s;
        QCOMPARE(events, 20);
        fresh.kill();
        QVERIFY(fresh.start()); // a second start imports nothing
        QVERIFY(!fresh.output().contains(u"Programme:"_s));
    }

    void operatorCommandsAndBadArguments()
    {
        int code = 0;
        QVERIFY(command({ u"import-programme"_s, QStringLiteral(PROGRAMME_FILE) }, &code)
                    .contains(u"20 dates"_s));
        QCOMPARE(code, 0);
        QVERIFY(command({ u"import-programme"_s, u"/no/such/file.json"_s }, &code)
                    .contains(u"/no/such/file.json"_s));
        QCOMPARE(code, 1);
        QVERIFY(command({ u"fly"_s }, &code).contains(u"Unknown command"_s));
        QCOMPARE(code, 1);
        QVERIFY(command({ u"invite-participant"_s, u"not-a-municipality"_s }, &code)
                    .contains(u"Unknown command"_s));
        QCOMPARE(code, 1);
        QVERIFY(command({ u"invite-participant"_s, u"not-a-municipality"_s, u"Erika"_s }, &code)
                    .contains(u"no municipality with the id \"not-a-municipality\""_s));
        QCOMPARE(code, 1);
        // The organiser of the programme file signs in as that contact, not as a second one.
        QVERIFY(
            !ServerProcess::codeIn(command({ u"invite-organiser"_s, u"alina  HIRSCH"_s }, &code))
                 .isEmpty());
        QCOMPARE(code, 0);
        // The list, read back as JSON: one Alina Hirsch, the programme's contact, with her
        // invitation open.
        const QJsonObject list
            = QJsonDocument::fromJson(command({ u"--json"_s, u"list"_s }, &code).toUtf8()).object();
        QCOMPARE(code, 0);
        QStringList alinas;
        for (const auto &person : list.value("people"_L1).toArray()) {
            if (person.toObject().value("name"_L1).toString().compare(
                    u"Alina Hirsch"_s, Qt::CaseInsensitive)
                == 0)
                alinas.append(person.toObject().value("id"_L1).toString());
        }
        QCOMPARE(alinas, QStringList { u"ews7-contact-alina-hirsch"_s });
        const auto invitations = list.value("invitations"_L1).toArray();
        QVERIFY(std::any_of(invitations.begin(), invitations.end(), [](const QJsonValue &each) {
            return each.toObject().value("personId"_L1).toString()
                == u"ews7-contact-alina-hirsch"_s;
        }));
        QVERIFY(command({ u"invite-organiser"_s, u"Alina Hirsch"_s }, &code)
                    .contains(u"invite-device ews7-contact-alina-hirsch"_s));
        QCOMPARE(code, 1);
        for (const auto &days : { u"1.5"_s, u"viele"_s, u"99999"_s }) {
            QVERIFY(command({ u"forget-deletions"_s, days }, &code).contains(u"DAYS must be"_s));
            QCOMPARE(code, 1);
        }
        QVERIFY(command({ u"forget-deletions"_s, u"90"_s }, &code).contains(u"Forgot 0"_s));
        QCOMPARE(code, 0);
        QCOMPARE(command({ u"move-person"_s, u"nobody"_s, u"nowhere"_s }, &code),
            u"No such participant or municipality (see list)."_s);
        QCOMPARE(code, 1);
        QCOMPARE(command({ u"revoke-device"_s, u"nothing"_s }, &code),
            u"No device with the id \"nothing\" (see list)."_s);
        QCOMPARE(code, 1);
        QCOMPARE(command({ u"revoke-person"_s, u"nobody"_s }, &code),
            u"No person with the id \"nobody\" (see list)."_s);
        QCOMPARE(code, 1);
        // Every command says which store it opened.
        QString store;
        command({ u"invitations"_s }, &code, &store);
        QVERIFY2(store.startsWith(
                     ServerProcess::onPostgres() ? u"Store: PostgreSQL "_s : u"Store: SQLite "_s),
            qPrintable(store));
        QVERIFY2(store.contains(u"store id "_s), qPrintable(store));
        QVERIFY(command({ u"--syncs-per-minute"_s, u"0"_s, u"serve"_s }, &code)
                    .contains(u"--syncs-per-minute needs"_s));
        QCOMPARE(code, 1);
        QVERIFY(command({ u"--listen"_s, u"nowhere"_s, u"serve"_s }, &code)
                    .contains(u"--listen needs an address and a port"_s));
        QCOMPARE(code, 1);
    }

    void everyCommandReadsTheServicesSettings()
    {
        // The settings of the service in a file, as the unit uses it: commands run with it
        // alone (or with $EWS_SERVER_CONFIG) open the same store as with the options.
        QString expected;
        int code = 0;
        command({ u"invitations"_s }, &code, &expected);
        QCOMPARE(code, 0);
        const QString file = m_dir.filePath(u"ews-server.conf"_s);
        {
            QFile config(file);
            QVERIFY(config.open(QIODevice::WriteOnly));
            config.write("# as in docs/operating.md\ndata-dir = "
                + m_dir.filePath(u"data"_s).toUtf8() + "\n");
            if (ServerProcess::onPostgres())
                config.write("database = " + m_process->storeConnection().toUtf8() + "\n");
            config.write("syncs-per-minute = 60\n");
        }
        QString store;
        const QString byFile
            = ServerProcess::run({ u"--config"_s, file, u"--json"_s, u"list"_s }, &code, &store);
        QCOMPARE(code, 0);
        QCOMPARE(store, expected + u", settings from "_s + file);
        QCOMPARE(QJsonDocument::fromJson(byFile.toUtf8()),
            QJsonDocument::fromJson(command({ u"--json"_s, u"list"_s }).toUtf8()));
        QProcessEnvironment environment;
        environment.insert(u"EWS_SERVER_CONFIG"_s, file);
        ServerProcess::run({ u"invitations"_s }, &code, &store, environment);
        QCOMPARE(code, 0);
        QVERIFY(store.startsWith(expected));
        // A line it does not know is refused, naming it.
        {
            QFile config(file);
            QVERIFY(config.open(QIODevice::Append));
            config.write("colour = blue\n");
        }
        const QString refused = ServerProcess::run({ u"--config"_s, file, u"list"_s }, &code);
        QCOMPARE(code, 1);
        QVERIFY2(refused.contains(file + u", line %1"_s.arg(ServerProcess::onPostgres() ? 5 : 4))
                && refused.contains(u"data-dir, database"_s),
            qPrintable(refused));
        // Without settings, a command does not start a store of its own in the home folder.
        QTemporaryDir home;
        environment = {};
        environment.insert(u"HOME"_s, home.path());
        environment.insert(u"XDG_DATA_HOME"_s, home.filePath(u"data"_s));
        const QString nowhere = ServerProcess::run(
            { u"invite-organiser"_s, u"Jemand"_s }, &code, &store, environment);
        QCOMPARE(code, 1);
        QVERIFY2(nowhere.startsWith(u"No store at "_s), qPrintable(nowhere));
        QVERIFY(!QFileInfo::exists(home.filePath(u"data/ews-server/ews-server.db"_s)));
    }

    void theDatabaseIsReachedOverVerifiedTls()
    {
        if (!ServerProcess::onPostgres())
            QSKIP("PostgreSQL only");
        // The test run's PostgreSQL speaks TLS with a certificate from an authority of its
        // own, beside its connection setting.
        const QString authority = QFileInfo(qEnvironmentVariable("EWS_TEST_DATABASE_FILE"))
                                      .absoluteDir()
                                      .filePath(u"ca.pem"_s);
        QVERIFY(QFileInfo::exists(authority));
        const QString setting = m_process->storeConnection();
        int code = 0;
        ServerProcess::run(
            { u"--database"_s, setting + u"?sslmode=verify-full&sslrootcert="_s + authority,
                u"list"_s },
            &code);
        QCOMPARE(code, 0);
        // Another authority: refused, so the setting's options are not ignored.
        const QString refused
            = ServerProcess::run({ u"--database"_s,
                                     setting + u"?sslmode=verify-full&sslrootcert="_s
                                         + QStringLiteral(CERTIFICATE_OF_ANOTHER),
                                     u"list"_s },
                &code);
        QCOMPARE(code, 1);
        QVERIFY2(refused.contains(u"certificate verify failed"_s), qPrintable(refused));
        // An option it does not know (a typo) is refused, naming it.
        const QString typo = ServerProcess::run(
            { u"--database"_s, setting + u"?sslmod=require"_s, u"list"_s }, &code);
        QCOMPARE(code, 1);
        QVERIFY2(typo.contains(u"\"sslmod\""_s), qPrintable(typo));
    }

    void theServersFilesAreItsUsersAlone()
    {
        if (ServerProcess::onPostgres())
            QSKIP("SQLite's files");
        // Started with a umask that lets everyone read, and a data folder an older version
        // left open to all.
        const mode_t before = ::umask(0022);
        const auto restore = qScopeGuard([before] { ::umask(before); });
        const QString folder = m_dir.filePath(u"private"_s);
        QVERIFY(QDir().mkpath(folder));
        QVERIFY(QFile::setPermissions(folder,
            QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner
                | QFileDevice::ReadOther | QFileDevice::ExeOther));
        ServerProcess server(folder);
        QVERIFY(server.start());
        const QString town = server.command({ u"add-municipality"_s, u"Musterstadt"_s });
        QVERIFY(!ServerProcess::codeIn(server.command({ u"invite-participant"_s, town, u"Eva"_s }))
                     .isEmpty());
        QCOMPARE(server.backup(m_dir.filePath(u"private-backup.db"_s)), QString());
        constexpr auto others = QFileDevice::ReadGroup | QFileDevice::WriteGroup
            | QFileDevice::ExeGroup | QFileDevice::ReadOther | QFileDevice::WriteOther
            | QFileDevice::ExeOther;
        for (const QString &file :
            { folder, folder + u"/ews-server.db"_s, folder + u"/ews-server.db-wal"_s,
                folder + u"/access-journal.jsonl"_s, folder + u"/tls/key.pem"_s, folder + u"/tls"_s,
                m_dir.filePath(u"private-backup.db"_s) }) {
            QVERIFY2(QFileInfo::exists(file), qPrintable(file));
            QVERIFY2((QFile::permissions(file) & others) == QFileDevice::Permissions(),
                qPrintable(file));
        }
    }

    void aRestoreKeepsWhoWasSignedInAndOut()
    {
        ServerProcess server(
            m_dir.filePath(u"restoring"_s), ServerProcess::databaseArguments(u"restoring"_s));
        const QString town = server.command({ u"add-municipality"_s, u"Musterstadt"_s });
        const auto codeFor = [&](const QString &name) {
            return ServerProcess::codeIn(server.command({ u"invite-participant"_s, town, name }));
        };
        const QString lostCode = codeFor(u"Verloren"_s);
        const QString laterCode = codeFor(u"Später"_s);
        QVERIFY(server.start());
        const auto redeem = [&](const QString &code) {
            return post(u"/v1/redeem"_s, { { u"code"_s, code } }, {}, &server);
        };
        const auto sync = [&](const QString &token) {
            return post(
                u"/v1/sync"_s, { { u"protocol"_s, 1 }, { u"clientId"_s, u"d"_s } }, token, &server)
                .status;
        };
        const auto lost = redeem(lostCode).body;
        QCOMPARE(sync(lost.value("token"_L1).toString()), 200);
        const QString backup = m_dir.filePath(u"restoring-backup"_s);
        QCOMPARE(server.backup(backup), QString());

        // After the backup: the lost phone signed out, a device signed in, a new person
        // invited and signed in too.
        QCOMPARE(
            server.command({ u"revoke-device"_s, lost.value("deviceId"_L1).toString() }).left(12),
            u"Signed out: "_s);
        const QString later = redeem(laterCode).body.value("token"_L1).toString();
        QVERIFY(!later.isEmpty());
        const QString newest = redeem(codeFor(u"Neu"_s)).body.value("token"_L1).toString();
        QVERIFY(!newest.isEmpty());

        // While the instance serves, mark-restored is refused.
        int code = 0;
        QVERIFY(server.command({ u"mark-restored"_s }, &code).contains(u"stop every instance"_s));
        QCOMPARE(code, 1);

        // The backup put back (the server stopped, as the runbook says) and started again.
        QCOMPARE(server.restore(backup), QString());
        QVERIFY(server.start());
        QCOMPARE(sync(lost.value("token"_L1).toString()), 403); // still signed out
        QCOMPARE(sync(later), 200); // still signed in
        QCOMPARE(sync(newest), 200);
        QCOMPARE(redeem(laterCode).status, 403); // still used
        // The journal holds hashes, never a code or a token.
        QFile journal(m_dir.filePath(u"restoring/access-journal.jsonl"_s));
        QVERIFY(journal.open(QIODevice::ReadOnly));
        const QByteArray written = journal.readAll();
        QVERIFY(written.contains("\"revoked\":1"));
        QVERIFY(!written.contains(later.toUtf8()) && !written.contains(laterCode.toUtf8()));
        QCOMPARE(journal.permissions() & (QFileDevice::ReadOther | QFileDevice::ReadGroup),
            QFileDevice::Permissions());
    }

    void signInSendReadAndSurviveAKill()
    {
        const QString municipality = command({ u"add-municipality"_s, u"Musterstadt"_s });
        QVERIFY(!QUuid::fromString(municipality).isNull());
        const QString invitation = command({ u"invite-participant"_s, municipality, u"Erika"_s });
        const QString code = ServerProcess::codeIn(invitation);
        QVERIFY2(code.size() == 14, qPrintable(invitation));
        QVERIFY2(invitation.contains(
                     u"until %1"_s.arg(QDate::currentDate().addDays(30).toString(Qt::ISODate))),
            qPrintable(invitation));
        // A second code, listed and then ended by the operator: it no longer signs in.
        const QString second = ServerProcess::codeIn(command(
            { u"--valid-days"_s, u"3"_s, u"invite-participant"_s, municipality, u"Jonas"_s }));
        const QStringList open = command({ u"invitations"_s }).split(u'\n');
        QCOMPARE(open.filter(u"Erika"_s).size(), 1);
        const QString jonas = open.filter(u"Jonas"_s).value(0);
        QVERIFY2(jonas.contains(u"valid until %1"_s.arg(
                     QDate::currentDate().addDays(3).toString(Qt::ISODate))),
            qPrintable(jonas));
        int exit = -1;
        QVERIFY(command({ u"end-invitation"_s, jonas.section(u' ', 0, 0) }, &exit)
                    .startsWith(u"Ended"_s));
        QCOMPARE(exit, 0);
        QCOMPARE(command({ u"invitations"_s }).split(u'\n').filter(u"Jonas"_s).size(), 0);
        QVERIFY(
            command({ u"end-invitation"_s, u"nobody"_s }, &exit).contains(u"No open invitation"_s));
        QCOMPARE(exit, 1);
        QVERIFY(command({ u"--valid-days"_s, u"0"_s, u"invitations"_s }, &exit)
                    .contains(u"--valid-days needs"_s));
        QCOMPARE(exit, 1);
        // A certificate that cannot be read gives no link rather than one that trusts nothing.
        const QString unreadable = command({ u"--certificate"_s, u"/nonexistent/cert.pem"_s,
            u"invite-participant"_s, municipality, u"Nora"_s });
        QVERIFY2(
            unreadable.contains(u"No link for the app: the certificate"_s), qPrintable(unreadable));
        QVERIFY(!unreadable.contains(u"ews-companion://"_s));
        QVERIFY(m_process->start());
        // The link printed with the code carries the address, the code and the fingerprint of
        // the certificate the server serves with: the app trusts exactly that one.
        QString problem;
        const auto link = InvitationLink::parse(
            invitation.section(u'\n', 1).section(u"Link for the app: "_s, 1), &problem);
        QVERIFY2(link, qPrintable(problem + u": "_s + invitation));
        QCOMPARE(link->code, code);
        QCOMPARE(link->server.scheme(), u"https"_s);
        QCOMPARE(link->server.host(), u"127.0.0.1"_s);
        QCOMPARE(link->fingerprint,
            QString::fromLatin1(
                m_process->certificate().digest(QCryptographicHash::Sha256).toHex(':').toUpper()));

        QCOMPARE(post(u"/v1/redeem"_s, { { u"code"_s, second } }).status, 403);
        const auto redeemed
            = post(u"/v1/redeem"_s, { { u"code"_s, code }, { u"deviceName"_s, u"Telefon"_s } });
        QCOMPARE(redeemed.status, 200);
        const QString token = redeemed.body.value("token"_L1).toString();
        QVERIFY(!token.isEmpty());
        QCOMPARE(post(u"/v1/redeem"_s, { { u"code"_s, code } }).status, 403);

        const QString projectId = QUuid::createUuidV5(
            QUuid::fromString(u"6f1d3c52-2f0e-4b7a-9a57-2f4e0b6a1c11"_s), municipality)
                                      .toString(QUuid::WithoutBraces);
        const QJsonObject step { { u"seq"_s, 1 }, { u"entity"_s, u"step"_s },
            { u"op"_s, u"insert"_s }, { u"id"_s, u"step-1"_s },
            { u"fields"_s,
                QJsonObject {
                    { u"projectId"_s, projectId }, { u"title"_s, u"Flyer drucken"_s } } } };
        const QJsonObject sync { { u"protocol"_s, 1 }, { u"clientId"_s, u"phone"_s },
            { u"mutations"_s, QJsonArray { step } } };
        const auto sent = post(u"/v1/sync"_s, sync, token);
        QCOMPARE(sent.status, 200);
        QCOMPARE(
            sent.body.value("results"_L1).toArray().at(0).toObject().value("status"_L1).toString(),
            u"applied"_s);
        const QString storeId = sent.body.value("storeId"_L1).toString();
        // The operator's list shows the device, named as it signed in, with today's sync.
        const auto people = QJsonDocument::fromJson(command({ u"--json"_s, u"list"_s }).toUtf8())
                                .object()
                                .value("people"_L1)
                                .toArray();
        const auto erika = std::find_if(people.begin(), people.end(), [](const QJsonValue &each) {
            return each.toObject().value("name"_L1).toString() == u"Erika"_s;
        });
        QVERIFY(erika != people.end());
        QCOMPARE(erika->toObject().value("municipality"_L1).toString(), u"Musterstadt"_s);
        const auto devices = erika->toObject().value("devices"_L1).toArray();
        QCOMPARE(devices.size(), 1);
        QCOMPARE(devices.at(0).toObject().value("name"_L1).toString(), u"Telefon"_s);
        QCOMPARE(devices.at(0).toObject().value("lastSync"_L1).toString(),
            QDateTime::currentDateTimeUtc().date().toString(Qt::ISODate));
        int events = 0;
        for (const auto &change : sent.body.value("changes"_L1).toArray())
            events += change.toObject().value("entity"_L1).toString() == u"event"_s;
        QCOMPARE(events, 20);

        // SIGKILL, then start again: the step, the token and the store are all still there.
        m_process->kill();
        QVERIFY(m_process->start());
        const auto again
            = post(u"/v1/sync"_s, { { u"protocol"_s, 1 }, { u"clientId"_s, u"tablet"_s } }, token);
        QCOMPARE(again.status, 200);
        QCOMPARE(again.body.value("storeId"_L1).toString(), storeId);
        bool found = false;
        for (const auto &change : again.body.value("changes"_L1).toArray())
            found |= change.toObject().value("id"_L1).toString() == u"step-1"_s;
        QVERIFY(found);
        // The same upload once more changes nothing.
        const auto repeated = post(u"/v1/sync"_s, sync, token);
        QCOMPARE(repeated.body.value("results"_L1)
                     .toArray()
                     .at(0)
                     .toObject()
                     .value("status"_L1)
                     .toString(),
            u"applied"_s);
        QCOMPARE(repeated.body.value("storeVersion"_L1).toInteger(),
            again.body.value("storeVersion"_L1).toInteger());
    }
};

QTEST_GUILESS_MAIN(TestServerProcess)
#include "tst_serverprocess.moc"
