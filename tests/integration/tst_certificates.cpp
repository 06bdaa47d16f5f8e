// SPDX-License-Identifier: GPL-3.0-or-later
// The server with certificates as operators have them, made by openssl: a chain from a root
// through an intermediate, RSA and EC keys, a key of another certificate, an expired and an
// expiring certificate, and a renewed one read again on SIGHUP while connections stay open.
// Checked with curl and with the app's own network stack (Qt), each trusting only the root.
#include "serverprocess.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QSslSocket>
#include <QTemporaryDir>

using namespace Qt::StringLiterals;

class TestCertificates : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_serial = 0;

    static bool openssl(const QStringList &arguments)
    {
        QProcess process;
        process.start(u"openssl"_s, arguments);
        if (!process.waitForFinished(60000) || process.exitCode() != 0) {
            qWarning() << "openssl" << arguments << process.readAllStandardError();
            return false;
        }
        return true;
    }

    QString path(const QString &name) const { return m_dir.filePath(name); }

    /// A new key of @p type ("ec" or "rsa") in @p name.key and a request for it in @p name.csr.
    bool request(const QString &name, const QString &type, const QString &subject,
        const QStringList &extensions = {})
    {
        QStringList arguments { u"req"_s, u"-new"_s, u"-newkey"_s,
            type == "ec"_L1 ? u"ec"_s : u"rsa:2048"_s };
        if (type == "ec"_L1)
            arguments << u"-pkeyopt"_s << u"ec_paramgen_curve:P-256"_s;
        arguments << u"-nodes"_s << u"-keyout"_s << path(name + u".key"_s) << u"-out"_s
                  << path(name + u".csr"_s) << u"-subj"_s << subject;
        for (const auto &extension : extensions)
            arguments << u"-addext"_s << extension;
        return openssl(arguments);
    }

    /// Signs @p name.csr with @p issuer's key into @p name.pem, valid from @p start to @p end
    /// (openssl's YYYYMMDDHHMMSSZ), its requested extensions copied.
    bool sign(
        const QString &name, const QString &issuer, const QDateTime &start, const QDateTime &end)
    {
        const QString config = path(u"ca.cnf"_s);
        if (!QFile::exists(config)) {
            QFile file(config);
            if (!file.open(QIODevice::WriteOnly))
                return false;
            file.write("[ca]\ndefault_ca = here\n[here]\ndatabase = " + path(u"index"_s).toUtf8()
                + "\nnew_certs_dir = " + m_dir.path().toUtf8()
                + "\nserial = " + path(u"serial"_s).toUtf8()
                + "\ndefault_md = sha256\npolicy = any\ncopy_extensions = copy\n"
                  "unique_subject = no\n[any]\ncommonName = supplied\n");
            QFile(path(u"index"_s)).open(QIODevice::WriteOnly);
        }
        QFile serial(path(u"serial"_s));
        if (!serial.open(QIODevice::WriteOnly))
            return false;
        serial.write(
            QByteArray::number(++m_serial + 0x1000, 16) + "\n"); // an even number of digits
        serial.close();
        const auto stamp
            = [](const QDateTime &when) { return when.toUTC().toString(u"yyyyMMddHHmmss'Z'"_s); };
        return openssl({ u"ca"_s, u"-batch"_s, u"-notext"_s, u"-config"_s, config, u"-cert"_s,
            path(issuer + u".pem"_s), u"-keyfile"_s, path(issuer + u".key"_s), u"-in"_s,
            path(name + u".csr"_s), u"-out"_s, path(name + u".pem"_s), u"-startdate"_s,
            stamp(start), u"-enddate"_s, stamp(end) });
    }

    /// A server certificate @p name for 127.0.0.1 signed by the intermediate, valid until
    /// @p end; @p name.chain holds it and the intermediate.
    bool serverCertificate(
        const QString &name, const QString &type, const QDateTime &start, const QDateTime &end)
    {
        if (!request(name, type, u"/CN=127.0.0.1"_s,
                { u"subjectAltName=IP:127.0.0.1,DNS:localhost"_s, u"basicConstraints=CA:FALSE"_s,
                    u"extendedKeyUsage=serverAuth"_s })
            || !sign(name, u"intermediate"_s, start, end))
            return false;
        QFile chain(path(name + u".chain"_s));
        QFile leaf(path(name + u".pem"_s));
        QFile intermediate(path(u"intermediate.pem"_s));
        if (!chain.open(QIODevice::WriteOnly) || !leaf.open(QIODevice::ReadOnly)
            || !intermediate.open(QIODevice::ReadOnly))
            return false;
        chain.write(leaf.readAll() + intermediate.readAll());
        return true;
    }

    static QDateTime now() { return QDateTime::currentDateTimeUtc(); }

    std::unique_ptr<ServerProcess> serverWith(
        const QString &name, const QString &certificate, const QString &key)
    {
        return std::make_unique<ServerProcess>(
            path(name), QStringList { u"--certificate"_s, certificate, u"--key"_s, key });
    }

    /// curl to @p server's /v1/alive trusting the root alone; its exit code (0: verified).
    int curl(const ServerProcess &server, QByteArray *body = nullptr)
    {
        QProcess process;
        process.start(u"curl"_s,
            { u"--silent"_s, u"--show-error"_s, u"--max-time"_s, u"10"_s, u"--cacert"_s,
                path(u"root.pem"_s), server.base().resolved(QUrl(u"v1/alive"_s)).toString() });
        process.waitForFinished(20000);
        if (body)
            *body = process.readAllStandardOutput();
        return process.exitCode();
    }

    /// The app's network stack to @p server trusting the root alone: the status (0: failed)
    /// and the certificate the server showed.
    std::pair<int, QSslCertificate> qtGet(const ServerProcess &server)
    {
        QNetworkAccessManager network;
        QNetworkRequest request(server.base().resolved(QUrl(u"v1/alive"_s)));
        auto tls = QSslConfiguration::defaultConfiguration();
        tls.setCaCertificates(QSslCertificate::fromPath(path(u"root.pem"_s)));
        request.setSslConfiguration(tls);
        std::unique_ptr<QNetworkReply> reply(network.get(request));
        QSignalSpy done(reply.get(), &QNetworkReply::finished);
        if (!reply->isFinished())
            done.wait(15000);
        if (reply->error() != QNetworkReply::NoError)
            qWarning() << reply->errorString();
        return { reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(),
            reply->sslConfiguration().peerCertificate() };
    }

private Q_SLOTS:
    void initTestCase()
    {
        // A root (as a public authority's) and an intermediate it signed, valid a year.
        QVERIFY(request(u"root"_s, u"ec"_s, u"/CN=EWS Test Root"_s,
            { u"basicConstraints=critical,CA:TRUE"_s,
                u"keyUsage=critical,keyCertSign,cRLSign"_s }));
        QVERIFY(openssl({ u"x509"_s, u"-req"_s, u"-in"_s, path(u"root.csr"_s), u"-signkey"_s,
            path(u"root.key"_s), u"-out"_s, path(u"root.pem"_s), u"-days"_s, u"365"_s,
            u"-copy_extensions"_s, u"copy"_s }));
        QVERIFY(request(u"intermediate"_s, u"ec"_s, u"/CN=EWS Test Intermediate"_s,
            { u"basicConstraints=critical,CA:TRUE,pathlen:0"_s,
                u"keyUsage=critical,keyCertSign,cRLSign"_s }));
        QVERIFY(sign(u"intermediate"_s, u"root"_s, now().addDays(-1), now().addDays(365)));
    }

    void aChainWithAnEcOrRsaKeyIsVerified_data()
    {
        QTest::addColumn<QString>("type");
        QTest::newRow("EC key (certbot's default)") << u"ec"_s;
        QTest::newRow("RSA key") << u"rsa"_s;
    }

    void aChainWithAnEcOrRsaKeyIsVerified()
    {
        QFETCH(QString, type);
        const QString name = u"server-"_s + type;
        QVERIFY(serverCertificate(name, type, now().addDays(-1), now().addDays(90)));
        auto server = serverWith(name, path(name + u".chain"_s), path(name + u".key"_s));
        QVERIFY(server->start());
        QVERIFY2(!server->output().contains(u"Warning"_s), qPrintable(server->output()));
        QByteArray body;
        QCOMPARE(curl(*server, &body), 0);
        QVERIFY2(body.contains("\"status\":\"ok\""), body.constData());
        const auto [status, shown] = qtGet(*server);
        QCOMPARE(status, 200);
        QCOMPARE(shown, QSslCertificate::fromPath(path(name + u".pem"_s)).value(0));

        // The same certificate without its intermediate: clients cannot verify it (this is
        // what the file must hold, and what a server sending its own alone got wrong).
        auto leafOnly
            = serverWith(name + u"-alone"_s, path(name + u".pem"_s), path(name + u".key"_s));
        QVERIFY(leafOnly->start());
        QCOMPARE(curl(*leafOnly), 60); // curl: peer certificate cannot be authenticated
        QCOMPARE(qtGet(*leafOnly).first, 0);
    }

    void aKeyOfAnotherCertificateIsRefusedAtStart()
    {
        QVERIFY(serverCertificate(u"first"_s, u"ec"_s, now().addDays(-1), now().addDays(90)));
        QVERIFY(serverCertificate(u"second"_s, u"ec"_s, now().addDays(-1), now().addDays(90)));
        ServerProcess server(path(u"mismatch"_s),
            { u"--certificate"_s, path(u"first.chain"_s), u"--key"_s, path(u"second.key"_s) });
        int code = 0;
        const QString said = server.command({ u"--listen"_s, u"127.0.0.1:0"_s, u"serve"_s }, &code);
        QCOMPARE(code, 1);
        QVERIFY2(said.contains(u"The key does not belong to the certificate"_s), qPrintable(said));
    }

    void anExpiredOrExpiringCertificateIsSaid()
    {
        QVERIFY(serverCertificate(u"old"_s, u"ec"_s, now().addDays(-60), now().addDays(-1)));
        auto expired = serverWith(u"expired"_s, path(u"old.chain"_s), path(u"old.key"_s));
        QVERIFY(expired->start());
        QVERIFY2(expired->output().contains(u"Warning: The certificate has expired"_s),
            qPrintable(expired->output()));
        QVERIFY(curl(*expired) != 0); // and clients refuse it, as said

        QVERIFY(serverCertificate(u"soon"_s, u"ec"_s, now().addDays(-80), now().addDays(10)));
        auto expiring = serverWith(u"expiring"_s, path(u"soon.chain"_s), path(u"soon.key"_s));
        QVERIFY(expiring->start());
        static const QRegularExpression soon(u"Warning: The certificate expires in (9|10) day"_s);
        QVERIFY2(soon.match(expiring->output()).hasMatch(), qPrintable(expiring->output()));
        QCOMPARE(curl(*expiring), 0);
    }

    void sighupReadsTheRenewedCertificateWhileConnectionsStay()
    {
        QVERIFY(serverCertificate(u"before"_s, u"ec"_s, now().addDays(-80), now().addDays(10)));
        QVERIFY(serverCertificate(u"after"_s, u"rsa"_s, now().addDays(-1), now().addDays(90)));
        const QString chain = path(u"live.chain"_s);
        const QString key = path(u"live.key"_s);
        QVERIFY(QFile::copy(path(u"before.chain"_s), chain));
        QVERIFY(QFile::copy(path(u"before.key"_s), key));
        auto server = serverWith(u"reloading"_s, chain, key);
        QVERIFY(server->start());
        const auto before = QSslCertificate::fromPath(path(u"before.pem"_s)).value(0);
        QCOMPARE(qtGet(*server).second, before);

        // A connection open across the reload.
        QSslSocket open;
        auto tls = QSslConfiguration::defaultConfiguration();
        tls.setCaCertificates(QSslCertificate::fromPath(path(u"root.pem"_s)));
        open.setSslConfiguration(tls);
        open.connectToHostEncrypted(u"127.0.0.1"_s, server->base().port());
        QVERIFY(open.waitForEncrypted(10000));

        // The certificate renewed as certbot does (files replaced), then SIGHUP.
        QVERIFY(QFile::remove(chain) && QFile::copy(path(u"after.chain"_s), chain));
        QVERIFY(QFile::remove(key) && QFile::copy(path(u"after.key"_s), key));
        server->signal(SIGHUP);
        QTRY_VERIFY_WITH_TIMEOUT(server->outputSoFar().contains(u"certificate: reloaded"_s), 10000);
        QVERIFY(server->isRunning());
        const auto [status, shown] = qtGet(*server);
        QCOMPARE(status, 200);
        QCOMPARE(shown, QSslCertificate::fromPath(path(u"after.pem"_s)).value(0));
        QCOMPARE(curl(*server), 0);

        // The open connection goes on with the certificate it began with.
        QCOMPARE(open.peerCertificate(), before);
        open.write("GET /v1/alive HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n");
        QByteArray answer;
        QTRY_VERIFY_WITH_TIMEOUT((answer += open.readAll()).contains("\"status\":\"ok\""), 10000);
        QVERIFY(answer.startsWith("HTTP/1.1 200"));

        // A broken renewal: the key of another certificate. The server keeps the one it has.
        QVERIFY(QFile::remove(key) && QFile::copy(path(u"before.key"_s), key));
        server->signal(SIGHUP);
        QTRY_VERIFY_WITH_TIMEOUT(
            server->outputSoFar().contains(u"not reloaded, still serving with the previous one"_s),
            10000);
        QCOMPARE(qtGet(*server).second, QSslCertificate::fromPath(path(u"after.pem"_s)).value(0));
    }
};

QTEST_GUILESS_MAIN(TestCertificates)
#include "tst_certificates.moc"
