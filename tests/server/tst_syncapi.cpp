// SPDX-License-Identifier: GPL-3.0-or-later
// The sync endpoints over real TLS on 127.0.0.1, on a real SQLite store: invitations,
// tokens, revocation, bad requests, and a step going from one participant to another.
#include "accessstore.h"
#include "httpserver.h"
#include "ids.h"
#include "serverdatabase.h"
#include "syncapi.h"
#include "syncstore.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QSslKey>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

class TestSyncApi : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<ServerDatabase> m_database;
    std::unique_ptr<SyncStore> m_store;
    std::unique_ptr<AccessStore> m_access;
    std::unique_ptr<SyncApi> m_api;
    std::unique_ptr<HttpServer> m_server;
    QNetworkAccessManager m_network;
    QSslCertificate m_certificate;
    QString m_musterstadt;
    QString m_musterkreis;
    int m_run = 0;

    static QByteArray file(const QString &name)
    {
        QFile data(QStringLiteral(TEST_DATA) + u'/' + name);
        return data.open(QIODevice::ReadOnly) ? data.readAll() : QByteArray();
    }

    struct Answer
    {
        int status = 0;
        QJsonObject body;
    };

    Answer call(const QByteArray &method, const QString &path, const QByteArray &body = {},
        const QString &token = {})
    {
        QNetworkRequest request(
            QUrl(u"https://127.0.0.1:%1%2"_s.arg(m_server->serverPort()).arg(path)));
        auto configuration = QSslConfiguration::defaultConfiguration();
        configuration.addCaCertificate(m_certificate);
        request.setSslConfiguration(configuration);
        request.setHeader(QNetworkRequest::ContentTypeHeader, u"application/json"_s);
        if (!token.isEmpty())
            request.setRawHeader("Authorization", "Bearer " + token.toLatin1());
        std::unique_ptr<QNetworkReply> reply(m_network.sendCustomRequest(request, method, body));
        QSignalSpy done(reply.get(), &QNetworkReply::finished);
        if (!reply->isFinished() && !done.wait(10000))
            return {};
        return { reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(),
            QJsonDocument::fromJson(reply->readAll()).object() };
    }

    QString signIn(Identity::Role role, const QString &municipality, const QString &name)
    {
        const QString code = m_access->invite(role, municipality, name);
        const auto answer = call("POST", u"/v1/redeem"_s,
            QJsonDocument(
                QJsonObject { { u"code"_s, code.toLower() }, { u"deviceName"_s, u"Telefon"_s } })
                .toJson());
        return answer.body.value("token"_L1).toString();
    }

    static QByteArray syncBody(const QJsonArray &mutations, const QString &client = u"phone"_s)
    {
        return QJsonDocument(QJsonObject { { u"protocol"_s, 1 }, { u"clientId"_s, client },
                                 { u"mutations"_s, mutations } })
            .toJson();
    }

    static QJsonObject step(
        int seq, const QString &id, const QString &municipality, const QString &title)
    {
        return { { u"seq"_s, seq }, { u"entity"_s, u"step"_s }, { u"op"_s, u"insert"_s },
            { u"id"_s, id },
            { u"fields"_s,
                QJsonObject { { u"projectId"_s, Ids::projectIdFor(municipality) },
                    { u"title"_s, title } } } };
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_certificate = QSslCertificate(file(u"test-cert.pem"_s));
        QVERIFY(!m_certificate.isNull());
    }

    void init()
    {
        m_database = std::make_unique<ServerDatabase>(
            u"sqlite:"_s + m_dir.filePath(u"api-%1.db"_s.arg(++m_run)));
        QVERIFY(m_database->migrate());
        m_store = std::make_unique<SyncStore>(*m_database);
        m_access = std::make_unique<AccessStore>(*m_database, *m_store);
        m_api = std::make_unique<SyncApi>(*m_access, *m_store);
        auto tls = QSslConfiguration::defaultConfiguration();
        tls.setLocalCertificate(m_certificate);
        tls.setPrivateKey(QSslKey(file(u"test-key.pem"_s), QSsl::Rsa));
        m_server = std::make_unique<HttpServer>(tls, HttpLimits {},
            [this](const HttpRequest &request) { return m_api->handle(request); });
        QVERIFY(m_server->listen(QHostAddress::LocalHost, 0));
        m_musterstadt = m_access->addMunicipality(u"Musterstadt"_s);
        m_musterkreis = m_access->addMunicipality(u"Musterkreis"_s);
        QVERIFY(!m_musterstadt.isEmpty());
    }

    void cleanup()
    {
        m_server.reset();
        m_api.reset();
        m_access.reset();
        m_store.reset();
        m_database.reset();
    }

    void health()
    {
        const auto answer = call("GET", u"/v1/health"_s);
        QCOMPARE(answer.status, 200);
        QCOMPARE(answer.body.value("protocol"_L1).toInt(), 1);
        QCOMPARE(call("POST", u"/v1/health"_s).status, 405);
        QCOMPARE(call("GET", u"/v1/sync"_s).status, 405);
        QCOMPARE(call("GET", u"/admin"_s).status, 404);
    }

    void codeIsUsedOnce()
    {
        const QString code
            = m_access->invite(Identity::Role::Participant, m_musterstadt, u"Erika"_s);
        QVERIFY(!code.isEmpty());
        const QByteArray body = QJsonDocument(QJsonObject { { u"code"_s, code } }).toJson();
        const auto first = call("POST", u"/v1/redeem"_s, body);
        QCOMPARE(first.status, 200);
        QVERIFY(first.body.value("token"_L1).toString().size() >= 40);
        QCOMPARE(first.body.value("municipalityId"_L1).toString(), m_musterstadt);
        const auto second = call("POST", u"/v1/redeem"_s, body);
        QCOMPARE(second.status, 403);
        QCOMPARE(second.body.value("error"_L1).toString(), u"invalid_code"_s);
        QVERIFY(!second.body.value("message"_L1).toString().isEmpty());
        QCOMPARE(call("POST", u"/v1/redeem"_s, "{\"code\": 5}").status, 400);
        QCOMPARE(call("POST", u"/v1/redeem"_s, "not json").status, 400);
    }

    void tokensAreCheckedAndStoredOnlyHashed()
    {
        const QString token = signIn(Identity::Role::Participant, m_musterstadt, u"Erika"_s);
        QVERIFY(!token.isEmpty());
        QCOMPARE(call("POST", u"/v1/sync"_s, syncBody({}), token).status, 200);
        QCOMPARE(call("POST", u"/v1/sync"_s, syncBody({})).status, 401);
        QCOMPARE(call("POST", u"/v1/sync"_s, syncBody({}), u"guessed-token"_s).status, 401);
        QSqlQuery query(m_database->connection());
        QVERIFY(query.exec(u"SELECT count(*) FROM devices WHERE token_hash = '%1'"_s.arg(
                    AccessStore::hash(token)))
            && query.next());
        QCOMPARE(query.value(0).toInt(), 1);
        QVERIFY(query.exec(u"SELECT count(*) FROM devices WHERE token_hash = '%1'"_s.arg(token))
            && query.next());
        QCOMPARE(query.value(0).toInt(), 0);
    }

    void revokedDeviceIsToldSo()
    {
        const QString token = signIn(Identity::Role::Participant, m_musterstadt, u"Erika"_s);
        const auto identity = m_access->identityFor(token);
        QVERIFY(identity);
        QVERIFY(m_access->revokeDevice(identity->deviceId));
        const auto answer = call("POST", u"/v1/sync"_s, syncBody({}), token);
        QCOMPARE(answer.status, 403);
        QCOMPARE(answer.body.value("error"_L1).toString(), u"revoked"_s);
    }

    void badSyncRequestsAreExplained()
    {
        const QString token = signIn(Identity::Role::Participant, m_musterstadt, u"Erika"_s);
        auto malformed = call("POST", u"/v1/sync"_s, "{\"protocol\": 1,", token);
        QCOMPARE(malformed.status, 400);
        QCOMPARE(malformed.body.value("error"_L1).toString(), u"malformed"_s);
        auto old = call("POST", u"/v1/sync"_s, "{\"protocol\": 0, \"clientId\": \"x\"}", token);
        QCOMPARE(old.status, 400);
        QCOMPARE(old.body.value("error"_L1).toString(), u"unsupported_protocol"_s);
        auto extra = call("POST", u"/v1/sync"_s,
            "{\"protocol\": 1, \"clientId\": \"x\", \"role\": \"organiser\"}", token);
        QCOMPARE(extra.status, 400);
        QVERIFY(extra.body.value("message"_L1).toString().contains(u"unknown field"_s));
        // The server goes on serving.
        QCOMPARE(call("POST", u"/v1/sync"_s, syncBody({}), token).status, 200);
    }

    void permissionMatrix_data()
    {
        QTest::addColumn<QString>("who"); // own: participant of the project's municipality
        QTest::addColumn<QString>("entity");
        QTest::addColumn<QString>("op");
        QTest::addColumn<bool>("allowed");
        const QList<std::tuple<QString, QString, QString, bool>> cases = {
            { u"own"_s, u"project"_s, u"insert"_s, true },
            { u"own"_s, u"project"_s, u"update"_s, true },
            { u"own"_s, u"project"_s, u"delete"_s, false },
            { u"own"_s, u"step"_s, u"insert"_s, true },
            { u"own"_s, u"step"_s, u"update"_s, true },
            { u"own"_s, u"step"_s, u"delete"_s, true },
            { u"own"_s, u"log_entry"_s, u"insert"_s, true },
            { u"own"_s, u"log_entry"_s, u"update"_s, false },
            { u"own"_s, u"log_entry"_s, u"delete"_s, false },
            { u"own"_s, u"contact"_s, u"insert"_s, false },
            { u"own"_s, u"contact"_s, u"update"_s, true },
            { u"own"_s, u"contact"_s, u"delete"_s, false },
            { u"own"_s, u"othercontact"_s, u"update"_s, false },
            { u"own"_s, u"municipality"_s, u"insert"_s, false },
            { u"own"_s, u"municipality"_s, u"update"_s, false },
            { u"other"_s, u"project"_s, u"insert"_s, false },
            { u"other"_s, u"project"_s, u"update"_s, false },
            { u"other"_s, u"step"_s, u"insert"_s, false },
            { u"other"_s, u"step"_s, u"update"_s, false },
            { u"other"_s, u"step"_s, u"delete"_s, false },
            { u"other"_s, u"log_entry"_s, u"insert"_s, false },
            { u"other"_s, u"othercontact"_s, u"update"_s, false },
            { u"organiser"_s, u"project"_s, u"update"_s, false },
            { u"organiser"_s, u"step"_s, u"insert"_s, false },
            { u"organiser"_s, u"step"_s, u"update"_s, false },
            { u"organiser"_s, u"log_entry"_s, u"insert"_s, false },
            { u"organiser"_s, u"contact"_s, u"update"_s, true },
            { u"organiser"_s, u"othercontact"_s, u"update"_s, false },
            { u"organiser"_s, u"municipality"_s, u"insert"_s, false },
        };
        for (const auto &[who, entity, op, allowed] : cases)
            QTest::addRow("%s %s %s", qPrintable(who), qPrintable(entity), qPrintable(op))
                << who << entity << op << allowed;
    }

    void permissionMatrix()
    {
        QFETCH(QString, who);
        QFETCH(QString, entity);
        QFETCH(QString, op);
        QFETCH(bool, allowed);
        QString erikaId;
        const QString erikaCode
            = m_access->invite(Identity::Role::Participant, m_musterstadt, u"Erika"_s, &erikaId);
        const QString erika = call("POST", u"/v1/redeem"_s,
            QJsonDocument(QJsonObject { { u"code"_s, erikaCode } }).toJson())
                                  .body.value("token"_L1)
                                  .toString();
        QString bystanderId; // someone whose contact nobody else may change
        m_access->invite(
            Identity::Role::Participant, m_musterkreis, u"Dritte Person"_s, &bystanderId);
        QString actorId = erikaId;
        QString token = erika;
        if (who != "own"_L1) {
            const bool organiser = who == "organiser"_L1;
            const QString code = m_access->invite(
                organiser ? Identity::Role::Organiser : Identity::Role::Participant,
                organiser ? QString() : m_musterkreis, u"Jemand"_s, &actorId);
            token = call("POST", u"/v1/redeem"_s,
                QJsonDocument(QJsonObject { { u"code"_s, code } }).toJson())
                        .body.value("token"_L1)
                        .toString();
        }
        // Rows of Musterstadt that exist already, written by Erika.
        const QString project = Ids::projectIdFor(m_musterstadt);
        const QJsonArray setup {
            QJsonObject { { u"seq"_s, 1 }, { u"entity"_s, u"project"_s }, { u"op"_s, u"insert"_s },
                { u"id"_s, project }, { u"fields"_s, QJsonObject { { u"title"_s, u"P"_s } } } },
            step(2, u"step-1"_s, m_musterstadt, u"Vorhanden"_s),
            QJsonObject { { u"seq"_s, 3 }, { u"entity"_s, u"log_entry"_s },
                { u"op"_s, u"insert"_s }, { u"id"_s, u"log-1"_s },
                { u"fields"_s,
                    QJsonObject { { u"projectId"_s, project }, { u"entryDate"_s, u"2026-11-20"_s },
                        { u"text"_s, u"Eintrag"_s } } } },
        };
        QCOMPARE(call("POST", u"/v1/sync"_s, syncBody(setup, u"setup"_s), erika).status, 200);

        // The request names Musterstadt's rows (or the actor's own contact); ids in the
        // fields cannot widen what the token allows.
        QString id;
        QJsonObject fields;
        if (entity == "project"_L1) {
            id = project;
            fields = { { u"title"_s, u"Neu"_s }, { u"municipalityId"_s, m_musterkreis } };
        } else if (entity == "step"_L1) {
            id = op == "insert"_L1 ? u"step-new"_s : u"step-1"_s;
            fields = { { u"projectId"_s, project }, { u"title"_s, u"Neu"_s } };
        } else if (entity == "log_entry"_L1) {
            id = op == "insert"_L1 ? u"log-new"_s : u"log-1"_s;
            fields = { { u"projectId"_s, project }, { u"entryDate"_s, u"2026-11-20"_s },
                { u"text"_s, u"Neu"_s } };
        } else if (entity == "contact"_L1) {
            id = actorId;
            fields = { { u"phone"_s, u"0211 1"_s } };
        } else if (entity == "othercontact"_L1) {
            entity = u"contact"_s;
            id = bystanderId;
            fields = { { u"phone"_s, u"0211 1"_s } };
        } else {
            id = op == "insert"_L1 ? u"new-municipality"_s : m_musterstadt;
            fields = { { u"name"_s, u"Neu"_s } };
        }
        if (op == "delete"_L1)
            fields = {};
        const QJsonObject mutation { { u"seq"_s, 1 }, { u"entity"_s, entity }, { u"op"_s, op },
            { u"id"_s, id }, { u"fields"_s, fields } };
        const auto answer = call("POST", u"/v1/sync"_s, syncBody({ mutation }, u"matrix"_s), token);
        QCOMPARE(answer.status, 200);
        const auto result = answer.body.value("results"_L1).toArray().at(0).toObject();
        QVERIFY2((result.value("status"_L1).toString() == "applied"_L1) == allowed,
            qPrintable(QString::fromUtf8(QJsonDocument(result).toJson(QJsonDocument::Compact))));
        if (!allowed)
            QVERIFY(!result.value("message"_L1).toString().isEmpty());
        if (entity == "project"_L1 && allowed) {
            // Even when allowed, the project stays Musterstadt's.
            const auto changes = call("POST", u"/v1/sync"_s, syncBody({}, u"reader"_s), erika)
                                     .body.value("changes"_L1)
                                     .toArray();
            for (const auto &change : changes) {
                if (change.toObject().value("id"_L1).toString() == project)
                    QCOMPARE(change.toObject()
                                 .value("fields"_L1)
                                 .toObject()
                                 .value("municipalityId"_L1)
                                 .toString(),
                        m_musterstadt);
            }
        }
    }

    void stepTravelsFromOneParticipantToAnother()
    {
        const QString erika = signIn(Identity::Role::Participant, m_musterstadt, u"Erika"_s);
        const QString samira = signIn(Identity::Role::Participant, m_musterkreis, u"Samira"_s);
        const auto sent = call("POST", u"/v1/sync"_s,
            syncBody({ step(1, u"s1"_s, u"musterstadt-forged"_s, u"Fremd"_s),
                step(2, u"s2"_s, m_musterstadt, u"Flyer"_s) }),
            erika);
        QCOMPARE(sent.status, 200);
        const auto results = sent.body.value("results"_L1).toArray();
        QCOMPARE(results.at(0).toObject().value("reason"_L1).toString(), u"not_allowed"_s);
        QCOMPARE(results.at(1).toObject().value("status"_L1).toString(), u"applied"_s);
        const auto received = call("POST", u"/v1/sync"_s, syncBody({}, u"tablet"_s), samira);
        bool found = false;
        for (const auto &change : received.body.value("changes"_L1).toArray())
            found |= change.toObject().value("id"_L1).toString() == u"s2"_s;
        QVERIFY(found);
        // Samira cannot change it, whatever she names.
        const QJsonObject takeOver { { u"seq"_s, 1 }, { u"entity"_s, u"step"_s },
            { u"op"_s, u"update"_s }, { u"id"_s, u"s2"_s },
            { u"fields"_s, QJsonObject { { u"title"_s, u"Meins"_s } } } };
        const auto refused
            = call("POST", u"/v1/sync"_s, syncBody({ takeOver }, u"tablet"_s), samira);
        QCOMPARE(refused.body.value("results"_L1)
                     .toArray()
                     .at(0)
                     .toObject()
                     .value("reason"_L1)
                     .toString(),
            u"not_allowed"_s);
    }
};

QTEST_GUILESS_MAIN(TestSyncApi)
#include "tst_syncapi.moc"
