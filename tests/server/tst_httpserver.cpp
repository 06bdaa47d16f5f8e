// SPDX-License-Identifier: GPL-3.0-or-later
// The server's HTTP layer over real TLS on 127.0.0.1: limits, timeouts, bad requests.
#include "httpserver.h"

#include <QFile>
#include <QMutex>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QSslKey>
#include <QSslSocket>
#include <QTest>
#include <QThread>

#include <atomic>

using namespace Qt::StringLiterals;

class TestHttpServer : public QObject
{
    Q_OBJECT

private:
    QSslCertificate m_certificate;
    QSslKey m_key;
    std::unique_ptr<HttpServer> m_server;
    QNetworkAccessManager m_network;
    std::atomic<int> m_handled = 0;
    TrustedProxies m_proxies;
    QMutex m_logMutex;
    QStringList m_logLines;
    OperatorLog m_log { [this](const QString &line) {
        const QMutexLocker lock(&m_logMutex);
        m_logLines.append(line);
    } };

    static QByteArray file(const QString &name)
    {
        QFile data(QStringLiteral(TEST_DATA) + u'/' + name);
        return data.open(QIODevice::ReadOnly) ? data.readAll() : QByteArray();
    }

    void start(const HttpLimits &limits = {}, bool tls = true)
    {
        m_handled = 0;
        HttpServer::Options options;
        if (tls)
            options.tls = TlsSettings { file(u"test-cert.pem"_s), file(u"test-key.pem"_s) };
        options.limits = limits;
        options.proxies = m_proxies;
        m_server = std::make_unique<HttpServer>(
            options,
            [this] {
                return HttpServer::Handler(
                    [this](const HttpRequest &request) { return answer(request); });
            },
            m_log);
        QString error;
        QVERIFY2(m_server->listen(QHostAddress::LocalHost, 0, &error), qPrintable(error));
    }

    /// What the test's handler answers (on the server's worker threads).
    HttpResponse answer(const HttpRequest &request)
    {
        ++m_handled;
        HttpResponse response;
        if (request.path == "/big") {
            for (int i = 0; i < 500; ++i)
                response.body += "{\"scope\":\"projects\",\"entity\":\"step\",\"fields\":{"
                                 "\"title\":\"Schritt\"}},";
            return response;
        }
        if (request.path == "/slow")
            QThread::msleep(1500);
        if (request.path == "/client") {
            response.body = request.client.toLatin1();
            return response;
        }
        response.body
            = request.method + ' ' + request.path + ' ' + QByteArray::number(request.body.size());
        response.contentType = "text/plain";
        return response;
    }

    QUrl url(const QString &path, bool tls = true) const
    {
        return QUrl(u"%1://127.0.0.1:%2%3"_s.arg(tls ? u"https"_s : u"http"_s)
                        .arg(m_server->serverPort())
                        .arg(path));
    }

    QNetworkRequest request(const QString &path) const
    {
        QNetworkRequest request(url(path));
        auto configuration = QSslConfiguration::defaultConfiguration();
        configuration.addCaCertificate(m_certificate);
        request.setSslConfiguration(configuration);
        return request;
    }

    static bool finish(QNetworkReply *reply)
    {
        QSignalSpy done(reply, &QNetworkReply::finished);
        return reply->isFinished() || done.wait(10000);
    }

    /// A raw TLS connection, for what no well-behaved client sends.
    std::unique_ptr<QSslSocket> raw()
    {
        auto socket = std::make_unique<QSslSocket>();
        auto configuration = QSslConfiguration::defaultConfiguration();
        configuration.addCaCertificate(m_certificate);
        socket->setSslConfiguration(configuration);
        // The server runs in this thread: wait by spinning the event loop, never blocking it.
        QSignalSpy encrypted(socket.get(), &QSslSocket::encrypted);
        socket->connectToHostEncrypted(u"127.0.0.1"_s, m_server->serverPort(), u"localhost"_s);
        if (!encrypted.wait(10000))
            qWarning() << "no TLS:" << socket->errorString();
        return socket;
    }

    static bool disconnects(QAbstractSocket &socket)
    {
        if (socket.state() == QAbstractSocket::UnconnectedState)
            return true;
        QSignalSpy gone(&socket, &QAbstractSocket::disconnected);
        return gone.wait(5000);
    }

    static QByteArray answer(QSslSocket &socket)
    {
        QByteArray data;
        QElapsedTimer timer;
        timer.start();
        while (timer.elapsed() < 10000 && !data.contains("\r\n\r\n")) {
            QSignalSpy ready(&socket, &QSslSocket::readyRead);
            if (socket.bytesAvailable() == 0 && !ready.wait(500)
                && socket.state() != QAbstractSocket::ConnectedState)
                break;
            data += socket.readAll();
        }
        return data;
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_certificate = QSslCertificate(file(u"test-cert.pem"_s));
        m_key = QSslKey(file(u"test-key.pem"_s), QSsl::Rsa);
        QVERIFY(!m_certificate.isNull());
        QVERIFY(!m_key.isNull());
    }

    void cleanup()
    {
        m_server.reset();
        const QMutexLocker lock(&m_logMutex);
        m_logLines.clear();
    }

    void answersOverTls()
    {
        start();
        std::unique_ptr<QNetworkReply> reply(m_network.post(request(u"/v1/echo"_s), "hello"));
        QVERIFY(finish(reply.get()));
        QCOMPARE(reply->error(), QNetworkReply::NoError);
        QCOMPARE(reply->readAll(), "POST /v1/echo 5");
    }

    void tooLargeBodyIsRefusedBeforeItIsRead()
    {
        start({ .maxBodyBytes = 64 * 1024 });
        std::unique_ptr<QNetworkReply> reply(
            m_network.post(request(u"/v1/sync"_s), QByteArray(8 * 1024 * 1024, 'x')));
        QVERIFY(finish(reply.get()));
        QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 413);
        QVERIFY(reply->readAll().contains("too_large"));
        QCOMPARE(m_handled, 0);
        // And the server goes on serving.
        std::unique_ptr<QNetworkReply> next(m_network.get(request(u"/v1/health"_s)));
        QVERIFY(finish(next.get()));
        QCOMPARE(next->readAll(), "GET /v1/health 0");
    }

    void badRequestsGetAClearAnswer_data()
    {
        QTest::addColumn<QByteArray>("request");
        QTest::addColumn<QByteArray>("status");
        QTest::newRow("not http") << QByteArray("HELLO\r\n\r\n") << QByteArray("400");
        QTest::newRow("no path") << QByteArray("GET nothing HTTP/1.1\r\n\r\n") << QByteArray("400");
        QTest::newRow("header without name")
            << QByteArray("GET / HTTP/1.1\r\n: x\r\n\r\n") << QByteArray("400");
        QTest::newRow("chunked upload")
            << QByteArray("POST / HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n")
            << QByteArray("411");
        QTest::newRow("length not a number")
            << QByteArray("POST / HTTP/1.1\r\nHost: x\r\nContent-Length: lots\r\n\r\n")
            << QByteArray("400");
        QTest::newRow("negative length")
            << QByteArray("POST / HTTP/1.1\r\nHost: x\r\nContent-Length: -5\r\n\r\n")
            << QByteArray("400");
        QTest::newRow("declared huge")
            << QByteArray("POST / HTTP/1.1\r\nHost: x\r\nContent-Length: 99999999999\r\n\r\n")
            << QByteArray("413");
        // Each an ambiguity a proxy in front may read otherwise (request smuggling).
        QTest::newRow("two lengths")
            << QByteArray("POST / HTTP/1.1\r\nHost: x\r\nContent-Length: 5\r\n"
                          "Content-Length: 6\r\n\r\nhello!")
            << QByteArray("400");
        QTest::newRow("the same length twice") << QByteArray(
            "POST / HTTP/1.1\r\nHost: x\r\nContent-Length: 5\r\n"
            "Content-Length: 5\r\n\r\nhello") << QByteArray("400");
        QTest::newRow("space before the colon")
            << QByteArray("POST / HTTP/1.1\r\nHost: x\r\nContent-Length : 5\r\n\r\nhello")
            << QByteArray("400");
        QTest::newRow("folded line")
            << QByteArray("GET / HTTP/1.1\r\nHost: x\r\nX-A: a\r\n Content-Length: 5\r\n\r\n")
            << QByteArray("400");
        QTest::newRow("bare line feeds")
            << QByteArray("GET / HTTP/1.1\nHost: x\n\n") << QByteArray("400");
        QTest::newRow("bare line feed in the head")
            << QByteArray("GET / HTTP/1.1\r\nHost: x\nX: y\r\n\r\n") << QByteArray("400");
        QTest::newRow("length with a plus")
            << QByteArray("POST / HTTP/1.1\r\nHost: x\r\nContent-Length: +5\r\n\r\nhello")
            << QByteArray("400");
        QTest::newRow("HTTP/1.7") << QByteArray("GET / HTTP/1.7\r\nHost: x\r\n\r\n")
                                  << QByteArray("400");
        QTest::newRow("HTTP/2.0") << QByteArray("GET / HTTP/2.0\r\nHost: x\r\n\r\n")
                                  << QByteArray("400");
        QTest::newRow("chunks and a length") << QByteArray(
            "POST / HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n"
            "Content-Length: 5\r\n\r\nhello") << QByteArray("400");
        QTest::newRow("no host") << QByteArray("GET / HTTP/1.1\r\n\r\n") << QByteArray("400");
        QTest::newRow("two hosts")
            << QByteArray("GET / HTTP/1.1\r\nHost: x\r\nHost: y\r\n\r\n") << QByteArray("400");
        QTest::newRow("absolute target")
            << QByteArray("GET http://x/ HTTP/1.1\r\nHost: x\r\n\r\n") << QByteArray("400");
        QTest::newRow("two authorizations")
            << QByteArray("GET / HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer a\r\n"
                          "Authorization: Bearer b\r\n\r\n")
            << QByteArray("400");
        QTest::newRow("huge header")
            << QByteArray("GET / HTTP/1.1\r\nX-Junk: " + QByteArray(20000, 'j') + "\r\n\r\n")
            << QByteArray("431");
    }

    void badRequestsGetAClearAnswer()
    {
        QFETCH(QByteArray, request);
        QFETCH(QByteArray, status);
        start();
        auto socket = raw();
        socket->write(request);
        const QByteArray reply = answer(*socket);
        QVERIFY2(reply.startsWith("HTTP/1.1 " + status), reply.constData());
        QVERIFY(reply.contains("Connection: close"));
        QCOMPARE(m_handled, 0);
    }

    void keepAliveAndConnectionClose()
    {
        start();
        auto socket = raw();
        socket->write("GET /a HTTP/1.1\r\nHost: x\r\n\r\nGET /b HTTP/1.1\r\nHost: x\r\n\r\n");
        QByteArray both;
        QElapsedTimer timer;
        timer.start();
        while (!both.contains("GET /b 0") && timer.elapsed() < 10000) {
            QSignalSpy ready(socket.get(), &QSslSocket::readyRead);
            ready.wait(500);
            both += socket->readAll();
        }
        QVERIFY2(both.indexOf("GET /a 0") < both.indexOf("GET /b 0"), both.constData());
        QCOMPARE(socket->state(), QAbstractSocket::ConnectedState);
        socket->write("GET /c HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n");
        QVERIFY(answer(*socket).contains("Connection: close"));
        QVERIFY(disconnects(*socket));
    }

    void idleConnectionsAreClosed()
    {
        start({ .headDeadlineMs = 300 });
        auto socket = raw();
        QCOMPARE(socket->state(), QAbstractSocket::ConnectedState);
        QVERIFY(disconnects(*socket));
    }

    void slowRequestsAreCutOff()
    {
        start({ .requestTimeoutMs = 300 });
        auto socket = raw();
        socket->write(
            "POST /v1/sync HTTP/1.1\r\nHost: x\r\nContent-Length: 100\r\n\r\n{\"partial\":");
        const QByteArray reply = answer(*socket);
        QVERIFY2(reply.startsWith("HTTP/1.1 408"), reply.constData());
        QCOMPARE(m_handled, 0);
    }

    void largeAnswersGoCompressedToClientsThatAcceptIt()
    {
        start();
        // Qt's client asks for gzip and unpacks it: the body arrives as it was.
        std::unique_ptr<QNetworkReply> reply(m_network.get(request(u"/big"_s)));
        QVERIFY(finish(reply.get()));
        const QByteArray body = reply->readAll();
        QCOMPARE(body.size(), 500 * 66);
        QVERIFY(body.startsWith(R"({"scope":"projects")"));
        // On the wire it is a fraction of that.
        auto socket = raw();
        socket->write("GET /big HTTP/1.1\r\nHost: x\r\nAccept-Encoding: gzip\r\n\r\n");
        const QByteArray head = answer(*socket);
        QVERIFY2(head.contains("Content-Encoding: gzip"), head.constData());
        const qsizetype start = head.indexOf("Content-Length: ") + 16;
        const qint64 length = head.mid(start, head.indexOf("\r\n", start) - start).toLongLong();
        QVERIFY2(length > 0 && length < body.size() / 10, qPrintable(QString::number(length)));
        // Without Accept-Encoding: plain.
        auto plain = raw();
        plain->write("GET /big HTTP/1.1\r\nHost: x\r\n\r\n");
        QVERIFY(!answer(*plain).contains("Content-Encoding"));
    }

    void pipelinedRequestsWaitForTheClientToRead()
    {
        start();
        auto greedy = raw();
        greedy->setReadBufferSize(64 * 1024); // Qt would otherwise read on into memory
        // Thousands of requests for a 33 KB answer each, and nothing read: the server answers
        // as far as the connection takes answers, then reads no further requests.
        QByteArray many;
        for (int i = 0; i < 20000; ++i)
            many += "GET /big HTTP/1.1\r\nHost: x\r\n\r\n";
        greedy->write(many);
        QTest::qWait(2000);
        const int answered = m_handled;
        QVERIFY2(answered < 1000, qPrintable(QString::number(answered)));
        // Meanwhile another client is answered at once.
        QElapsedTimer timer;
        timer.start();
        std::unique_ptr<QNetworkReply> reply(m_network.get(request(u"/v1/health"_s)));
        QVERIFY(finish(reply.get()));
        QCOMPARE(reply->readAll(), "GET /v1/health 0");
        QVERIFY2(timer.elapsed() < 2000, qPrintable(QString::number(timer.elapsed())));
        // Reading on, the greedy client gets its answers in order.
        QByteArray received;
        while (received.count("HTTP/1.1 200") < 3 && timer.elapsed() < 10000) {
            QSignalSpy ready(greedy.get(), &QSslSocket::readyRead);
            ready.wait(200);
            received += greedy->readAll();
        }
        QVERIFY(received.startsWith("HTTP/1.1 200"));
    }

    void oneAddressCannotTakeEveryConnection()
    {
        start({ .maxConnections = 100, .connectionsPerAddress = 4 });
        std::vector<std::unique_ptr<QTcpSocket>> idle;
        for (int i = 0; i < 6; ++i) {
            idle.push_back(std::make_unique<QTcpSocket>());
            idle.back()->connectToHost(u"127.0.0.1"_s, m_server->serverPort());
            QVERIFY(idle.back()->waitForConnected(5000));
        }
        // The fifth and sixth are closed at once; the first four stay.
        QVERIFY(disconnects(*idle[5]));
        QVERIFY(disconnects(*idle[4]));
        QTest::qWait(200);
        for (int i = 0; i < 4; ++i)
            QCOMPARE(idle[std::size_t(i)]->state(), QAbstractSocket::ConnectedState);
        QTRY_VERIFY(m_server->openConnections() == 4);
        // Another address is served (the loopback network has many).
        QSslSocket other;
        auto configuration = QSslConfiguration::defaultConfiguration();
        configuration.addCaCertificate(m_certificate);
        other.setSslConfiguration(configuration);
        QVERIFY(other.bind(QHostAddress(u"127.0.0.2"_s)));
        other.connectToHostEncrypted(u"127.0.0.1"_s, m_server->serverPort(), u"localhost"_s);
        QVERIFY(other.waitForEncrypted(5000));
        other.write("GET /other HTTP/1.1\r\nHost: x\r\n\r\n");
        QVERIFY(answer(other).contains("GET /other 0"));
        const QMutexLocker lock(&m_logMutex);
        QVERIFY2(m_logLines.join(u'\n').contains(u"connection refused: 127.0.0.0/24 holds 4"_s),
            qPrintable(m_logLines.join(u'\n')));
        QVERIFY(!m_logLines.join(u'\n').contains(u"127.0.0.1"_s)); // no whole address
    }

    void bodiesInFlightHaveABudget()
    {
        start({ .maxBodyBytes = 1024 * 1024, .bodyBudgetBytes = 3 * 1024 * 1024 });
        // Three clients announce 1 MiB each and send half: the budget is spent.
        std::vector<std::unique_ptr<QSslSocket>> holding;
        for (int i = 0; i < 3; ++i) {
            holding.push_back(raw());
            holding.back()->write(
                "POST /hold HTTP/1.1\r\nHost: x\r\nContent-Length: 1048576\r\n\r\n"
                + QByteArray(512 * 1024, 'x'));
        }
        QTest::qWait(500);
        auto fourth = raw();
        fourth->write("POST /more HTTP/1.1\r\nHost: x\r\nContent-Length: 100\r\n\r\n");
        const QByteArray refused = answer(*fourth);
        QVERIFY2(refused.startsWith("HTTP/1.1 503"), refused.constData());
        QVERIFY(refused.contains("Retry-After: 5"));
        // A request without a body needs none of it.
        auto small = raw();
        small->write("GET /small HTTP/1.1\r\nHost: x\r\n\r\n");
        QVERIFY(answer(*small).contains("GET /small 0"));
        // Once the holders go, their part of the budget is back.
        holding.clear();
        QTest::qWait(300);
        auto later = raw();
        later->write("POST /later HTTP/1.1\r\nHost: x\r\nContent-Length: 5\r\n\r\nhello");
        QVERIFY(answer(*later).contains("POST /later 5"));
    }

    void slowAnswerHoldsUpOneWorkerOnly()
    {
        start({ .workers = 2 });
        std::unique_ptr<QNetworkReply> slow(m_network.get(request(u"/slow"_s)));
        QTest::qWait(100);
        QElapsedTimer timer;
        timer.start();
        auto quick = raw();
        quick->write("GET /quick HTTP/1.1\r\nHost: x\r\n\r\n");
        QVERIFY(answer(*quick).contains("GET /quick 0"));
        QVERIFY2(timer.elapsed() < 1000, qPrintable(QString::number(timer.elapsed())));
        QVERIFY(finish(slow.get()));
        QCOMPARE(slow->readAll(), "GET /slow 0");
    }

    void clientAddressFromTrustedProxiesOnly()
    {
        const auto clientSeen = [this](const QByteArray &headers) {
            auto socket = raw();
            socket->write("GET /client HTTP/1.1\r\nHost: x\r\n" + headers + "\r\n");
            const QByteArray reply = answer(*socket);
            return reply.mid(reply.indexOf("\r\n\r\n") + 4);
        };
        m_proxies = {};
        start();
        // Anyone may write the header; it is believed only from a proxy the operator named.
        QCOMPARE(clientSeen("X-Forwarded-For: 203.0.113.7\r\n"), "127.0.0.1");
        m_proxies = TrustedProxies({ QHostAddress(u"127.0.0.1"_s) });
        start();
        QCOMPARE(clientSeen("X-Forwarded-For: 203.0.113.7\r\n"), "203.0.113.7");
        // What the client claimed before reaching the proxy is not believed.
        QCOMPARE(clientSeen("X-Forwarded-For: 10.0.0.1, 203.0.113.7\r\n"), "203.0.113.7");
        QCOMPARE(clientSeen("Forwarded: for=198.51.100.4;proto=https\r\n"), "198.51.100.4");
        QCOMPARE(clientSeen("Forwarded: for=\"[2001:db8::17]:4711\"\r\n"), "2001:db8::17");
        QCOMPARE(clientSeen("X-Forwarded-For: not-an-address\r\n"), "127.0.0.1");
        QCOMPARE(clientSeen(""), "127.0.0.1");
        m_proxies = {};
    }

    void plainHttpOnlyWhenAskedFor()
    {
        start({}, false);
        std::unique_ptr<QNetworkReply> reply(
            m_network.get(QNetworkRequest(url(u"/v1/health"_s, false))));
        QVERIFY(finish(reply.get()));
        QCOMPARE(reply->readAll(), "GET /v1/health 0");
    }

    void tlsServerRefusesPlainHttp()
    {
        start();
        std::unique_ptr<QNetworkReply> reply(
            m_network.get(QNetworkRequest(url(u"/v1/health"_s, false))));
        QVERIFY(finish(reply.get()));
        QVERIFY(reply->error() != QNetworkReply::NoError);
        QCOMPARE(m_handled, 0);
    }
};

QTEST_GUILESS_MAIN(TestHttpServer)
#include "tst_httpserver.moc"
