// SPDX-License-Identifier: GPL-3.0-or-later
// Live news over a real WebSocket on TLS: an app in the foreground hears within a moment
// which scope has a new version, only for the scopes it may read; the door refuses a
// channel without a valid token. On PostgreSQL, two instances: news of a commit through one
// reaches a phone connected to the other.
#include "ids.h"
#include "inprocessserver.h"
#include "testdatabase.h"

#include <QJsonArray>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QWebSocket>

using namespace Qt::StringLiterals;

class TestLiveNews : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    HttpsClient m_client;
    std::unique_ptr<InProcessServer> m_server;
    QString m_musterstadt;
    QString m_musterkreis;

    QString signIn(InProcessServer &server, Identity::Role role, const QString &municipality)
    {
        const QString code = server.access().invite(role, municipality,
            u"Person %1"_s.arg(QUuid::createUuid().toString(QUuid::Id128).left(6)));
        return m_client
            .call(server.port(), "POST", u"/v1/redeem"_s,
                QJsonDocument(QJsonObject { { u"code"_s, code } }).toJson())
            .json()
            .value("token"_L1)
            .toString();
    }

    /// A live channel and what it heard.
    struct Channel
    {
        std::unique_ptr<QWebSocket> socket;
        std::unique_ptr<QSignalSpy> heard;
        explicit operator bool() const { return bool(socket); }
    };

    /// A live channel to @p server as the device of @p token, or none if it was refused.
    Channel open(const InProcessServer &server, const QString &token)
    {
        auto socket = std::make_unique<QWebSocket>();
        QNetworkRequest request(QUrl(u"wss://127.0.0.1:%1/v1/live"_s.arg(server.port())));
        auto tls = QSslConfiguration::defaultConfiguration();
        tls.addCaCertificate(m_client.certificate());
        socket->setSslConfiguration(tls); // QWebSocket takes it here, not from the request
        if (!token.isEmpty())
            request.setRawHeader("Authorization", "Bearer " + token.toLatin1());
        QSignalSpy connected(socket.get(), &QWebSocket::connected);
        // Qt 6.4 names the signal error (errorOccurred from 6.5 on).
        QSignalSpy failed(
            socket.get(), qOverload<QAbstractSocket::SocketError>(&QWebSocket::error));
        socket->open(request);
        QElapsedTimer timer;
        timer.start();
        while (connected.isEmpty() && failed.isEmpty() && timer.elapsed() < 10000)
            QTest::qWait(20);
        if (connected.isEmpty()) {
            qInfo() << "channel refused:" << socket->errorString();
            return {};
        }
        auto heard = std::make_unique<QSignalSpy>(socket.get(), &QWebSocket::textMessageReceived);
        return { std::move(socket), std::move(heard) };
    }

    /// The news @p channel heard so far and within @p ms more, as {scope: version}.
    static QHash<QString, qint64> news(Channel &channel, int ms)
    {
        QTest::qWait(ms);
        QHash<QString, qint64> heard;
        for (const auto &message : *channel.heard) {
            const auto object = QJsonDocument::fromJson(message.at(0).toString().toUtf8()).object();
            heard.insert(
                object.value("scope"_L1).toString(), object.value("version"_L1).toInteger());
        }
        return heard;
    }

    /// Waits up to 5 s for news on @p channel; how long it took from @p since, or -1.
    static qint64 firstNews(Channel &channel, const QElapsedTimer &since, QJsonObject *news)
    {
        if (channel.heard->isEmpty() && !channel.heard->wait(5000))
            return -1;
        const qint64 took = since.elapsed();
        *news = QJsonDocument::fromJson(channel.heard->first().at(0).toString().toUtf8()).object();
        return took;
    }

    int sync(InProcessServer &server, const QString &token, const QJsonArray &mutations,
        const QString &client = u"phone"_s)
    {
        return m_client
            .call(server.port(), "POST", u"/v1/sync"_s,
                QJsonDocument(QJsonObject { { u"protocol"_s, 1 }, { u"clientId"_s, client },
                                  { u"mutations"_s, mutations } })
                    .toJson(),
                token)
            .status;
    }

    QJsonObject project(int seq, const QString &municipality) const
    {
        return { { u"seq"_s, seq }, { u"entity"_s, u"project"_s }, { u"op"_s, u"insert"_s },
            { u"id"_s, Ids::projectIdFor(municipality) },
            { u"fields"_s, QJsonObject { { u"title"_s, u"Ehrenamt stärken"_s } } } };
    }

private Q_SLOTS:
    void init()
    {
        m_server = std::make_unique<InProcessServer>(freshTestDatabase(m_dir, u"live"_s));
        QString error;
        QVERIFY2(m_server->start(&error), qPrintable(error));
        m_musterstadt = m_server->access().addMunicipality(u"Musterstadt"_s);
        m_musterkreis = m_server->access().addMunicipality(u"Musterkreis"_s);
    }

    void cleanup() { m_server.reset(); }

    void newsOfAnotherMunicipalityArrivesAtOnce()
    {
        const QString erika = signIn(*m_server, Identity::Role::Participant, m_musterstadt);
        const QString samira = signIn(*m_server, Identity::Role::Participant, m_musterkreis);
        auto channel = open(*m_server, erika);
        QVERIFY(channel);
        QTRY_COMPARE(m_server->live().listeners(), 1);
        QElapsedTimer timer;
        timer.start();
        QCOMPARE(sync(*m_server, samira, { project(1, m_musterkreis) }), 200);
        QJsonObject heard;
        const qint64 took = firstNews(channel, timer, &heard);
        QVERIFY2(took >= 0 && took < 1000, qPrintable(QString::number(took)));
        QCOMPARE(heard.value("scope"_L1).toString(), u"projects"_s);
        // The version is the store's newest: a device whose position is there has it all.
        QCOMPARE(heard.value("version"_L1).toInteger(), m_server->store().currentVersion());
        channel.socket->close();
        QTRY_COMPARE(m_server->live().listeners(), 0);
    }

    void onlyTheScopesTheDeviceReads()
    {
        const QString erika = signIn(*m_server, Identity::Role::Participant, m_musterstadt);
        const QString samira = signIn(*m_server, Identity::Role::Participant, m_musterkreis);
        const QString alina = signIn(*m_server, Identity::Role::Organiser, {});
        auto erikas = open(*m_server, erika);
        auto samiras = open(*m_server, samira);
        auto alinas = open(*m_server, alina);
        QVERIFY(erikas && samiras && alinas);
        QTRY_COMPARE(m_server->live().listeners(), 3);
        // Samira's private note: news for her, for no one else.
        QCOMPARE(sync(*m_server, samira,
                     { QJsonObject { { u"seq"_s, 1 }, { u"entity"_s, u"note"_s },
                         { u"op"_s, u"insert"_s }, { u"id"_s, u"note-1"_s },
                         { u"fields"_s,
                             QJsonObject { { u"eventId"_s, u"event-1"_s },
                                 { u"text"_s, u"Nur für mich"_s } } } } }),
            200);
        QCOMPARE(news(samiras, 500).keys(), QList<QString> { u"private"_s });
        QVERIFY(news(erikas, 0).isEmpty());
        QVERIFY(news(alinas, 0).isEmpty());
    }

    void aChannelNeedsAValidToken()
    {
        QVERIFY(!open(*m_server, {}));
        QVERIFY(!open(*m_server, u"not-a-token"_s));
        const QString erika = signIn(*m_server, Identity::Role::Participant, m_musterstadt);
        // Asked for without a WebSocket: told how to ask.
        const auto plain = m_client.call(m_server->port(), "GET", u"/v1/live"_s, {}, erika);
        QCOMPARE(plain.status, 426);
        QCOMPARE(plain.headers.value("upgrade"), "websocket");
        QCOMPARE(m_server->live().listeners(), 0);
        QVERIFY(open(*m_server, erika));
    }

    void newsTravelsBetweenInstances()
    {
        if (!m_server->database().isPostgres())
            QSKIP("two instances share a PostgreSQL (run as tst_livenews_postgres)");
        InProcessServer other(m_server->connection());
        QString error;
        QVERIFY2(other.start(&error), qPrintable(error));
        const QString erika = signIn(*m_server, Identity::Role::Participant, m_musterstadt);
        const QString samira = signIn(other, Identity::Role::Participant, m_musterkreis);
        auto channel = open(*m_server, erika);
        QVERIFY(channel);
        QTRY_COMPARE(m_server->live().listeners(), 1);
        QElapsedTimer timer;
        timer.start();
        QCOMPARE(sync(other, samira, { project(1, m_musterkreis) }), 200);
        QJsonObject heard;
        const qint64 took = firstNews(channel, timer, &heard);
        QVERIFY2(took >= 0 && took < 1000, qPrintable(QString::number(took)));
        QCOMPARE(heard.value("scope"_L1).toString(), u"projects"_s);
    }
};

QTEST_GUILESS_MAIN(TestLiveNews)
#include "tst_livenews.moc"
