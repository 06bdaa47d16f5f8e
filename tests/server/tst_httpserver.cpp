// SPDX-License-Identifier: GPL-3.0-or-later
// The server's HTTP layer over real TLS on 127.0.0.1: limits, timeouts, bad requests.
#include "httpserver.h"

#include <QFile>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QSslKey>
#include <QSslSocket>
#include <QTest>

using namespace Qt::StringLiterals;

class TestHttpServer : public QObject
{
    Q_OBJECT

private:
    QSslCertificate m_certificate;
    QSslKey m_key;
    std::unique_ptr<HttpServer> m_server;
    QNetworkAccessManager m_network;
    int m_handled = 0;

    static QByteArray file(const QString &name)
    {
        QFile data(QStringLiteral(TEST_DATA) + u'/' + name);
        return data.open(QIODevice::ReadOnly) ? data.readAll() : QByteArray();
    }

    void start(const HttpLimits &limits = {}, bool tls = true)
    {
        m_handled = 0;
        QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
        configuration.setLocalCertificate(m_certificate);
        configuration.setPrivateKey(m_key);
        m_server = std::make_unique<HttpServer>(tls ? std::optional(configuration) : std::nullopt,
            limits, [this](const HttpRequest &request) {
                ++m_handled;
                HttpResponse response;
                if (request.path == "/big") {
                    for (int i = 0; i < 500; ++i)
                        response.body
                            += R"({"scope":"projects","entity":"step","fields":{"title":"Schritt"}},)";
                    return response;
                }
                response.body = request.method + ' ' + request.path + ' '
                    + QByteArray::number(request.body.size());
                response.contentType = "text/plain";
                return response;
            });
        QVERIFY(m_server->listen(QHostAddress::LocalHost, 0));
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

    static bool disconnects(QSslSocket &socket)
    {
        if (socket.state() == QAbstractSocket::UnconnectedState)
            return true;
        QSignalSpy gone(&socket, &QSslSocket::disconnected);
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

    void cleanup() { m_server.reset(); }

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
        start({ 16 * 1024, 64 * 1024, 30000, 20000 });
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
            << QByteArray("POST / HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n")
            << QByteArray("411");
        QTest::newRow("length not a number")
            << QByteArray("POST / HTTP/1.1\r\nContent-Length: lots\r\n\r\n") << QByteArray("400");
        QTest::newRow("negative length")
            << QByteArray("POST / HTTP/1.1\r\nContent-Length: -5\r\n\r\n") << QByteArray("400");
        QTest::newRow("declared huge")
            << QByteArray("POST / HTTP/1.1\r\nContent-Length: 99999999999\r\n\r\n")
            << QByteArray("413");
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
        socket->write("GET /c HTTP/1.1\r\nConnection: close\r\n\r\n");
        QVERIFY(answer(*socket).contains("Connection: close"));
        QVERIFY(disconnects(*socket));
    }

    void idleConnectionsAreClosed()
    {
        start({ 16 * 1024, 64 * 1024, 300, 20000 });
        auto socket = raw();
        QCOMPARE(socket->state(), QAbstractSocket::ConnectedState);
        QVERIFY(disconnects(*socket));
    }

    void slowRequestsAreCutOff()
    {
        start({ 16 * 1024, 64 * 1024, 30000, 300 });
        auto socket = raw();
        socket->write("POST /v1/sync HTTP/1.1\r\nContent-Length: 100\r\n\r\n{\"partial\":");
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
        socket->write("GET /big HTTP/1.1\r\nAccept-Encoding: gzip\r\n\r\n");
        const QByteArray head = answer(*socket);
        QVERIFY2(head.contains("Content-Encoding: gzip"), head.constData());
        const qsizetype start = head.indexOf("Content-Length: ") + 16;
        const qint64 length = head.mid(start, head.indexOf("\r\n", start) - start).toLongLong();
        QVERIFY2(length > 0 && length < body.size() / 10, qPrintable(QString::number(length)));
        // Without Accept-Encoding: plain.
        auto plain = raw();
        plain->write("GET /big HTTP/1.1\r\n\r\n");
        QVERIFY(!answer(*plain).contains("Content-Encoding"));
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
