// SPDX-License-Identifier: GPL-3.0-or-later
// The server's front door attacked as a client on the network would, without signing in,
// against the real ews-server over TLS on 127.0.0.1: each attack gets its bounded answer,
// the server stays within its memory budget and goes on serving everyone else. The TLS
// suites are tried with OpenSSL's own client.
#include "serverprocess.h"
#include "testdevice.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QSignalSpy>
#include <QSslSocket>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <memory>
#include <vector>

using namespace Qt::StringLiterals;

namespace {
#if defined(__SANITIZE_ADDRESS__)
constexpr bool sanitized = true;
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
constexpr bool sanitized = true;
#else
constexpr bool sanitized = false;
#endif
#else
constexpr bool sanitized = false;
#endif
}

class TestFrontDoor : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<ServerProcess> m_server;
    QNetworkAccessManager m_network;

    /// A TLS connection from @p from (any address of the loopback network).
    std::unique_ptr<QSslSocket> connectFrom(const QString &from = u"127.0.0.1"_s)
    {
        auto socket = std::make_unique<QSslSocket>();
        auto tls = QSslConfiguration::defaultConfiguration();
        tls.addCaCertificate(m_server->certificate());
        socket->setSslConfiguration(tls);
        if (from != "127.0.0.1"_L1 && !socket->bind(QHostAddress(from)))
            qWarning() << "cannot bind" << from;
        socket->connectToHostEncrypted(
            u"127.0.0.1"_s, quint16(m_server->base().port()), u"localhost"_s);
        if (!socket->waitForEncrypted(10000))
            qWarning() << "no TLS:" << socket->errorString();
        return socket;
    }

    /// Sends @p request from @p from and waits for the head of the answer; the time taken.
    QByteArray ask(const QByteArray &request, const QString &from, qint64 *elapsedMs = nullptr)
    {
        QElapsedTimer timer;
        timer.start();
        auto socket = connectFrom(from);
        socket->write(request);
        QByteArray data;
        while (timer.elapsed() < 10000 && !data.contains("\r\n\r\n")) {
            socket->waitForReadyRead(200);
            data += socket->readAll();
        }
        if (elapsedMs)
            *elapsedMs = timer.elapsed();
        return data;
    }

    bool handshakes(const QStringList &options)
    {
        QProcess client;
        client.start(u"openssl"_s,
            QStringList {
                u"s_client"_s, u"-connect"_s, u"127.0.0.1:%1"_s.arg(m_server->base().port()) }
                + options);
        client.closeWriteChannel();
        client.waitForFinished(20000);
        return client.exitCode() == 0
            && client.readAllStandardOutput().contains("Verify return code");
    }

    /// A hundred clients, each at an address of its own, announce 1 MiB and send nearly all;
    /// returns how many were told to come back, and the server's memory while the rest hold on.
    std::pair<int, qint64> holdPartialBodies()
    {
        std::vector<std::unique_ptr<QSslSocket>> holders;
        for (int i = 0; i < 100; ++i) {
            holders.push_back(connectFrom(u"127.0.1.%1"_s.arg(i + 1)));
            holders.back()->write(
                "POST /v1/sync HTTP/1.1\r\nHost: x\r\nContent-Length: 1048576\r\n\r\n"
                + QByteArray(1048576 - 1, 'x'));
        }
        QElapsedTimer timer;
        timer.start();
        int refused = 0;
        while (timer.elapsed() < 10000) {
            refused = 0;
            for (auto &holder : holders) {
                holder->waitForBytesWritten(0);
                refused += holder->peek(12) == "HTTP/1.1 503" ? 1 : 0;
                if (holder->bytesAvailable() == 0)
                    holder->waitForReadyRead(1);
            }
            if (refused >= 36 && holders.front()->bytesToWrite() == 0)
                break;
        }
        return { refused, m_server->residentKiB() };
    }

private Q_SLOTS:
    void init()
    {
        m_server = std::make_unique<ServerProcess>(
            m_dir.filePath(u"server"_s), ServerProcess::databaseArguments(u"frontdoor"_s));
        QVERIFY(m_server->start());
    }

    void cleanup() { m_server.reset(); }

    void onlyForwardSecretAuthenticatedSuites()
    {
        // The server's own certificate has an EC key (an operator's may have RSA, below).
        QVERIFY(handshakes({ u"-tls1_3"_s }));
        QVERIFY(handshakes({ u"-tls1_2"_s, u"-cipher"_s, u"ECDHE-ECDSA-AES128-GCM-SHA256"_s }));
        QVERIFY(handshakes({ u"-tls1_2"_s, u"-cipher"_s, u"ECDHE-ECDSA-AES256-GCM-SHA384"_s }));
        QVERIFY(!handshakes({ u"-tls1_2"_s, u"-cipher"_s, u"ECDHE-ECDSA-AES128-SHA"_s }));
        QVERIFY(!handshakes({ u"-tls1_2"_s, u"-cipher"_s, u"ECDHE-ECDSA-AES256-SHA384"_s }));
        QVERIFY(!handshakes({ u"-tls1_2"_s, u"-cipher"_s, u"ECDHE-ECDSA-CHACHA20-POLY1305"_s }));
        QVERIFY(!handshakes({ u"-tls1_1"_s, u"-cipher"_s, u"ALL:@SECLEVEL=0"_s }));
        // An operator's RSA certificate: no RSA key exchange (no forward secrecy), no CBC.
        m_server = std::make_unique<ServerProcess>(m_dir.filePath(u"rsa"_s),
            QStringList { u"--certificate"_s, QStringLiteral(TEST_DATA "/test-cert.pem"),
                u"--key"_s, QStringLiteral(TEST_DATA "/test-key.pem") });
        QVERIFY(m_server->start());
        QVERIFY(handshakes({ u"-tls1_2"_s, u"-cipher"_s, u"ECDHE-RSA-AES128-GCM-SHA256"_s }));
        QVERIFY(!handshakes({ u"-tls1_2"_s, u"-cipher"_s, u"AES128-GCM-SHA256"_s }));
        QVERIFY(!handshakes({ u"-tls1_2"_s, u"-cipher"_s, u"AES256-SHA"_s }));
        QVERIFY(!handshakes({ u"-tls1_2"_s, u"-cipher"_s, u"ECDHE-RSA-AES128-SHA"_s }));
        QVERIFY(!handshakes({ u"-tls1_2"_s, u"-cipher"_s, u"DHE-RSA-AES128-GCM-SHA256"_s }));
    }

    void pipelinedRequestsDoNotPileUpAnswers()
    {
        // A calendar address: about a hundred times as much answer as request.
        const QString code
            = ServerProcess::codeIn(m_server->command({ u"invite-organiser"_s, u"Flut"_s }));
        const QString token
            = redeemCode(m_network, m_server->base(), m_server->certificate(), code);
        QVERIFY(!token.isEmpty());
        QNetworkRequest request(m_server->base().resolved(QUrl(u"v1/calendar-feed"_s)));
        auto tls = QSslConfiguration::defaultConfiguration();
        tls.addCaCertificate(m_server->certificate());
        request.setSslConfiguration(tls);
        request.setRawHeader("Authorization", "Bearer " + token.toLatin1());
        request.setHeader(QNetworkRequest::ContentTypeHeader, u"application/json"_s);
        std::unique_ptr<QNetworkReply> reply(m_network.post(request, QByteArray()));
        QSignalSpy done(reply.get(), &QNetworkReply::finished);
        QVERIFY(reply->isFinished() || done.wait(10000));
        const QByteArray path = QJsonDocument::fromJson(reply->readAll())
                                    .object()
                                    .value("path"_L1)
                                    .toString()
                                    .toLatin1();
        QVERIFY(path.endsWith(".ics"));

        const qint64 before = m_server->residentKiB();
        std::vector<std::unique_ptr<QSslSocket>> floods;
        const QList<QByteArray> requests { "GET /v1/health HTTP/1.1\r\nHost: x\r\n\r\n",
            "GET " + path + " HTTP/1.1\r\nHost: x\r\n\r\n" };
        for (const QByteArray &request : requests) {
            floods.push_back(connectFrom(u"127.0.0.2"_s));
            floods.back()->setReadBufferSize(16 * 1024); // and read no further
            floods.back()->write(request.repeated(int((8 << 20) / request.size())));
        }
        QTest::qWait(3000);
        const qint64 during = m_server->residentKiB();
        // Someone else is answered at once meanwhile.
        qint64 elapsed = 0;
        const QByteArray health
            = ask("GET /v1/health HTTP/1.1\r\nHost: x\r\n\r\n", u"127.0.0.3"_s, &elapsed);
        QVERIFY2(health.startsWith("HTTP/1.1 200"), health.constData());
        QVERIFY2(elapsed < 1000, qPrintable(QString::number(elapsed)));
        floods.clear();
        if (sanitized)
            QSKIP("memory is not measured under the address sanitizer");
        qInfo() << "resident KiB before" << before << "during" << during;
        QVERIFY2(during - before < 32 * 1024, qPrintable(u"%1 → %2 KiB"_s.arg(before).arg(during)));
    }

    void partialBodiesStayWithinTheBudget()
    {
        const qint64 before = m_server->residentKiB();
        // Two bursts: glibc keeps part of its heaps after such a burst (12–14 MiB of the 78
        // here, more or less depending on how the connections' memory lay), so memory that is
        // not given back shows as growth from the first burst to the second.
        qint64 during = 0;
        QList<qint64> after;
        for (int burst = 0; burst < 2; ++burst) {
            const auto [refused, resident] = holdPartialBodies();
            // 64 MiB for bodies in flight: the others are told to come back.
            QVERIFY2(refused >= 36, qPrintable(QString::number(refused)));
            during = std::max(during, resident);
            QTest::qWait(2500); // the server gives freed memory back once a second
            after.append(m_server->residentKiB());
        }
        QVERIFY(
            m_server->outputSoFar().contains(u"busy: the memory for request bodies is spent"_s));
        // A request with a body is taken again.
        const QByteArray answer = ask(
            "POST /v1/redeem HTTP/1.1\r\nHost: x\r\nContent-Length: 2\r\n\r\n{}", u"127.0.0.5"_s);
        QVERIFY2(answer.startsWith("HTTP/1.1 400"), answer.constData());
        if (sanitized)
            QSKIP("memory is not measured under the address sanitizer");
        qInfo() << "resident KiB before" << before << "during" << during << "after each burst"
                << after;
        QVERIFY2(
            during - before < 100 * 1024, qPrintable(u"%1 → %2 KiB"_s.arg(before).arg(during)));
        // And the memory is given back once they are gone: all but what the allocator keeps,
        // and nothing more after the second burst than after the first.
        QVERIFY2(after.last() - before < 24 * 1024,
            qPrintable(u"%1 → %2 KiB"_s.arg(before).arg(after.last())));
        QVERIFY2(after.last() - after.first() < 8 * 1024,
            qPrintable(u"%1 → %2 KiB"_s.arg(after.first()).arg(after.last())));
    }

    void oneAddressCannotTakeEveryConnection()
    {
        std::vector<std::unique_ptr<QTcpSocket>> idle;
        for (int i = 0; i < 520; ++i) {
            idle.push_back(std::make_unique<QTcpSocket>());
            idle.back()->connectToHost(u"127.0.0.1"_s, quint16(m_server->base().port()));
        }
        for (auto &socket : idle)
            socket->waitForConnected(2000);
        QTest::qWait(300);
        qint64 elapsed = 0;
        const QByteArray health
            = ask("GET /v1/health HTTP/1.1\r\nHost: x\r\n\r\n", u"127.0.0.9"_s, &elapsed);
        QVERIFY2(health.startsWith("HTTP/1.1 200"), health.constData());
        QVERIFY2(elapsed < 1000, qPrintable(QString::number(elapsed)));
        const QString log = m_server->outputSoFar();
        QVERIFY2(log.contains(u"connection refused: 127.0.0.0/24 holds 256 connections already"_s),
            qPrintable(log));
        // The others were closed at once (the client may take a moment to notice).
        const auto stillOpen = [&idle] {
            return std::count_if(idle.cbegin(), idle.cend(), [](const auto &socket) {
                return socket->state() == QAbstractSocket::ConnectedState;
            });
        };
        QTRY_VERIFY_WITH_TIMEOUT(stillOpen() <= 256, 5000);
    }
};

QTEST_GUILESS_MAIN(TestFrontDoor)
#include "tst_frontdoor.moc"
