// SPDX-License-Identifier: GPL-3.0-or-later
// nginx in front of two instances, with the configuration the operator's guide gives
// (platforms/linux/nginx/ews-server.conf): the instances count sign-in limits per real client
// address (from the proxy they trust), and the calendar secret stays out of nginx's log.
#include "serverprocess.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTcpServer>
#include <QTemporaryDir>

#include <unistd.h>

using namespace Qt::StringLiterals;

namespace {
/// A free port on 127.0.0.1 (for nginx, which cannot be told to take any).
quint16 freePort()
{
    QTcpServer probe;
    probe.listen(QHostAddress::LocalHost, 0);
    return probe.serverPort();
}
}

class TestReverseProxy : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<ServerProcess> m_first;
    std::unique_ptr<ServerProcess> m_second;
    QProcess m_nginx;
    quint16 m_port = 0;
    QString m_town;

    /// curl from @p client (a loopback address) through nginx; the status, *@p body the answer.
    int curl(const QString &client, const QString &method, const QString &path,
        const QByteArray &body = {}, const QString &token = {}, QByteArray *answer = nullptr)
    {
        QStringList arguments { u"--silent"_s, u"--max-time"_s, u"10"_s, u"--interface"_s, client,
            u"--cacert"_s, m_dir.filePath(u"proxy.pem"_s), u"--output"_s, u"-"_s, u"--write-out"_s,
            u"\n%{http_code}"_s, u"--request"_s, method };
        if (!body.isEmpty())
            arguments << u"--header"_s << u"Content-Type: application/json"_s << u"--data"_s
                      << QString::fromUtf8(body);
        if (!token.isEmpty())
            arguments << u"--header"_s << u"Authorization: Bearer "_s + token;
        // What a client claims about itself is not believed: nginx sets the header anew.
        arguments << u"--header"_s << u"X-Forwarded-For: 198.51.100.7"_s;
        arguments << u"https://localhost:%1%2"_s.arg(m_port).arg(path);
        QProcess process;
        process.start(u"curl"_s, arguments);
        process.waitForFinished(20000);
        const QByteArray out = process.readAllStandardOutput();
        if (answer)
            *answer = out.left(out.lastIndexOf('\n'));
        return out.mid(out.lastIndexOf('\n') + 1).toInt();
    }

    QByteArray redeemBody(const QString &code)
    {
        return QJsonDocument(QJsonObject { { u"code"_s, code } }).toJson(QJsonDocument::Compact);
    }

private Q_SLOTS:
    void initTestCase()
    {
        // Two instances on one store, plain HTTP on 127.0.0.1, trusting the proxy there.
        QStringList common { u"--plain-http"_s, u"--trusted-proxy"_s, u"127.0.0.1"_s };
        const QStringList database = ServerProcess::databaseArguments(u"proxied"_s);
        common += database.isEmpty()
            ? QStringList { u"--database"_s, u"sqlite:"_s + m_dir.filePath(u"shared.db"_s) }
            : database;
        m_first = std::make_unique<ServerProcess>(m_dir.filePath(u"first"_s), common);
        m_second = std::make_unique<ServerProcess>(m_dir.filePath(u"second"_s), common);
        m_town = m_first->command({ u"add-municipality"_s, u"Musterstadt"_s });
        QVERIFY(m_first->start());
        QVERIFY(m_second->start());

        // nginx with the guide's site file: its upstream ports, a certificate of the test's,
        // its own folders.
        QProcess openssl;
        openssl.start(u"openssl"_s,
            { u"req"_s, u"-x509"_s, u"-newkey"_s, u"ec"_s, u"-pkeyopt"_s,
                u"ec_paramgen_curve:P-256"_s, u"-nodes"_s, u"-days"_s, u"2"_s, u"-keyout"_s,
                m_dir.filePath(u"proxy.key"_s), u"-out"_s, m_dir.filePath(u"proxy.pem"_s),
                u"-subj"_s, u"/CN=localhost"_s, u"-addext"_s, u"subjectAltName=DNS:localhost"_s });
        QVERIFY(openssl.waitForFinished(60000) && openssl.exitCode() == 0);
        QFile template_(QStringLiteral(NGINX_SITE));
        QVERIFY(template_.open(QIODevice::ReadOnly));
        QString site = QString::fromUtf8(template_.readAll());
        m_port = freePort();
        site.replace(u"127.0.0.1:8081"_s, u"127.0.0.1:%1"_s.arg(m_first->base().port()));
        site.replace(u"127.0.0.1:8082"_s, u"127.0.0.1:%1"_s.arg(m_second->base().port()));
        site.replace(u"listen 443 ssl;"_s, u"listen 127.0.0.1:%1 ssl;"_s.arg(m_port));
        site.remove(u"    listen [::]:443 ssl;\n"_s);
        site.replace(u"/etc/letsencrypt/live/ews.example.org/fullchain.pem"_s,
            m_dir.filePath(u"proxy.pem"_s));
        site.replace(
            u"/etc/letsencrypt/live/ews.example.org/privkey.pem"_s, m_dir.filePath(u"proxy.key"_s));
        site.replace(u"/var/log/nginx/ews-server.access.log"_s, m_dir.filePath(u"access.log"_s));
        QVERIFY2(site.count(QString::number(m_port)) == 1, "the site file changed its shape");
        QFile conf(m_dir.filePath(u"nginx.conf"_s));
        QVERIFY(conf.open(QIODevice::WriteOnly));
        conf.write(QStringLiteral("%1pid %2/nginx.pid;\nerror_log %2/error.log;\nevents {}\n"
                                  "http {\n    client_body_temp_path %2/body;\n"
                                  "    proxy_temp_path %2/proxy;\n%3\n}\n")
                       .arg(geteuid() == 0 ? u"user root;\n"_s : QString(), m_dir.path(), site)
                       .toUtf8());
        conf.close();
        m_nginx.setProcessChannelMode(QProcess::MergedChannels);
        m_nginx.start(u"/usr/sbin/nginx"_s,
            { u"-c"_s, conf.fileName(), u"-p"_s, m_dir.path(), u"-g"_s, u"daemon off;"_s });
        QVERIFY(m_nginx.waitForStarted());
        QTRY_VERIFY_WITH_TIMEOUT(curl(u"127.0.0.1"_s, u"GET"_s, u"/v1/alive"_s) == 200, 10000);
    }

    void cleanupTestCase()
    {
        m_nginx.terminate();
        m_nginx.waitForFinished(5000);
    }

    void signInLimitsCountTheRealClientAddress()
    {
        // One town hall's address types wrong codes until both instances say "slow down".
        int slowDown = 0;
        for (int i = 0; i < 70; ++i) {
            const int status = curl(u"127.0.0.2"_s, u"POST"_s, u"/v1/redeem"_s,
                redeemBody(u"WRONG-CODE-%1"_s.arg(i, 4, 10, QLatin1Char('0'))));
            QVERIFY2(status == 403 || status == 429, qPrintable(QString::number(status)));
            slowDown += status == 429;
        }
        QVERIFY2(slowDown >= 5, qPrintable(QString::number(slowDown)));
        // Another address behind the same proxy is not held back: a wrong code is only wrong,
        // and a right one signs in.
        QCOMPARE(
            curl(u"127.0.0.3"_s, u"POST"_s, u"/v1/redeem"_s, redeemBody(u"WRONG-ONCE"_s)), 403);
        const QString code = ServerProcess::codeIn(
            m_first->command({ u"invite-participant"_s, m_town, u"Erika"_s }));
        QByteArray answer;
        QCOMPARE(
            curl(u"127.0.0.3"_s, u"POST"_s, u"/v1/redeem"_s, redeemBody(code), {}, &answer), 200);
        QVERIFY(!QJsonDocument::fromJson(answer).object().value("token"_L1).toString().isEmpty());
        // The operator's log speaks of the client's network, not of the proxy or of what a
        // client claimed.
        const QString log = m_first->outputSoFar() + m_second->outputSoFar();
        QVERIFY2(log.contains(u"wrong sign-in codes from 127.0.0.0/24"_s), qPrintable(log));
        QVERIFY(!log.contains(u"198.51.100"_s));
    }

    void theCalendarSecretStaysOutOfTheAccessLog()
    {
        const QString code = ServerProcess::codeIn(
            m_first->command({ u"invite-participant"_s, m_town, u"Jonas"_s }));
        QByteArray answer;
        QCOMPARE(
            curl(u"127.0.0.4"_s, u"POST"_s, u"/v1/redeem"_s, redeemBody(code), {}, &answer), 200);
        const QString token = QJsonDocument::fromJson(answer).object().value("token"_L1).toString();
        QCOMPARE(
            curl(u"127.0.0.4"_s, u"POST"_s, u"/v1/calendar-feed"_s, "{}", token, &answer), 200);
        const QString path = QJsonDocument::fromJson(answer).object().value("path"_L1).toString();
        QVERIFY(path.startsWith(u"/v1/calendar/"_s));
        QCOMPARE(curl(u"127.0.0.5"_s, u"GET"_s, path, {}, {}, &answer), 200);
        QVERIFY(answer.startsWith("BEGIN:VCALENDAR"));
        // nginx writes a request's line once the answer has gone out, a moment after curl has
        // it: read until the line is there.
        QByteArray written;
        const auto readLog = [&] {
            QFile log(m_dir.filePath(u"access.log"_s));
            written = log.open(QIODevice::ReadOnly) ? log.readAll() : QByteArray();
            return written.contains("\"GET /v1/calendar/");
        };
        QTRY_VERIFY_WITH_TIMEOUT(readLog(), 5000);
        const QByteArray secret = path.mid(13).chopped(4).toUtf8();
        QVERIFY(secret.size() > 20);
        QVERIFY2(written.contains("GET /v1/calendar/(secret)"), written.right(500).constData());
        QVERIFY(!written.contains(secret));
        QVERIFY(written.contains("127.0.0.5"));
    }
};

QTEST_GUILESS_MAIN(TestReverseProxy)
#include "tst_reverseproxy.moc"
