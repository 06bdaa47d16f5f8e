// SPDX-License-Identifier: GPL-3.0-or-later
// Files sent to the real ews-server over TLS, in chunks (docs/sync-protocol.md, "Files"): a
// large file over a network that drops every few hundred kilobytes, a server killed and a
// server switched between chunks — the file arrives once, byte for byte, and no more than one
// chunk is sent again per interruption; a file that is not what its name or kind says, or too
// large, is refused before anything of it is kept; no answer tells of another device's file.
#include "filestore.h"
#include "fileupload.h"
#include "serverdatabase.h"
#include "serverprocess.h"
#include "testdevice.h"

#include <QCryptographicHash>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>

namespace {
constexpr qint64 chunkBytes = 256 * 1024;

/// A network that drops every few hundred kilobytes: a relay on 127.0.0.1 that passes each
/// connection's bytes to the server (TLS stays end to end) and cuts the connection once the
/// client has sent between @p least and @p most bytes through it.
class DroppingRelay : public QObject
{
public:
    DroppingRelay(quint16 serverPort, qint64 least, qint64 most)
    {
        m_listener.listen(QHostAddress::LocalHost);
        connect(&m_listener, &QTcpServer::newConnection, this, [=, this] {
            while (QTcpSocket *client = m_listener.nextPendingConnection()) {
                auto *server = new QTcpSocket(client);
                server->connectToHost(QHostAddress::LocalHost, serverPort);
                const qint64 budget = qint64(m_random.bounded(least, most));
                auto passed = std::make_shared<qint64>(0);
                connect(client, &QTcpSocket::readyRead, server, [=, this] {
                    const QByteArray bytes = client->readAll();
                    const qint64 room = budget - *passed;
                    server->write(bytes.left(room));
                    forwarded += qMin(room, qint64(bytes.size()));
                    *passed += bytes.size();
                    if (*passed >= budget) { // the network drops
                        ++drops;
                        server->abort();
                        client->abort();
                        client->deleteLater();
                    }
                });
                connect(server, &QTcpSocket::readyRead, client,
                    [=] { client->write(server->readAll()); });
                connect(server, &QTcpSocket::disconnected, client, &QTcpSocket::disconnectFromHost);
                connect(client, &QTcpSocket::disconnected, client, &QObject::deleteLater);
            }
        });
    }
    quint16 port() const { return m_listener.serverPort(); }
    int drops = 0;
    qint64 forwarded = 0; ///< bytes that reached the server from clients, TLS and all

private:
    QTcpServer m_listener;
    QRandomGenerator m_random { 11 };
};

/// What came back for one request.
struct Answer
{
    int status = 0; ///< 0: the connection broke off
    QJsonObject body;
};

/// Random bytes that begin as a JPEG does.
QByteArray photoBytes(qint64 size, quint32 seed)
{
    QByteArray bytes(size, Qt::Uninitialized);
    QRandomGenerator random(seed);
    random.fillRange(reinterpret_cast<quint32 *>(bytes.data()), size / 4);
    bytes.replace(0, 4, QByteArrayLiteral("\xFF\xD8\xFF\xE0"));
    return bytes;
}

QString nameOf(const QByteArray &contents)
{
    return QString::fromLatin1(
        QCryptographicHash::hash(contents, QCryptographicHash::Sha256).toHex());
}
}

class TestUploads : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<ServerProcess> m_server;
    std::unique_ptr<ServerProcess> m_second; ///< on PostgreSQL: another instance, same store
    QNetworkAccessManager m_network;
    QString m_municipality;

    /// Sends one request; with @p cutAfter, the connection breaks off once that many bytes
    /// of the body have gone out (the network dropping mid-chunk).
    Answer call(const ServerProcess &server, const QByteArray &method, const QString &path,
        const QByteArray &body, const QString &token, quint16 throughPort = 0)
    {
        QUrl address = server.base().resolved(QUrl(path));
        if (throughPort)
            address.setPort(throughPort);
        QNetworkRequest request(address);
        auto tls = QSslConfiguration::defaultConfiguration();
        tls.addCaCertificate(server.certificate());
        request.setSslConfiguration(tls);
        request.setHeader(QNetworkRequest::ContentTypeHeader,
            method == "POST" ? u"application/json"_s : u"application/octet-stream"_s);
        request.setRawHeader("Authorization", "Bearer " + token.toLatin1());
        std::unique_ptr<QNetworkReply> reply(m_network.sendCustomRequest(request, method, body));
        QSignalSpy done(reply.get(), &QNetworkReply::finished);
        if (!reply->isFinished() && !done.wait(30000))
            return {};
        return { reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(),
            QJsonDocument::fromJson(reply->readAll()).object() };
    }

    QString signIn(const QString &name)
    {
        const QString code = ServerProcess::codeIn(
            m_server->command({ u"invite-participant"_s, m_municipality, name }));
        return redeemCode(m_network, m_server->base(), m_server->certificate(), code);
    }

    Answer start(const ServerProcess &server, const QString &token, const QByteArray &contents,
        const QString &mediaType = u"image/jpeg"_s)
    {
        return call(server, "POST", u"/v1/uploads/"_s + nameOf(contents),
            QJsonDocument(QJsonObject { { u"size"_s, qint64(contents.size()) },
                              { u"mediaType"_s, mediaType } })
                .toJson(QJsonDocument::Compact),
            token);
    }

    /// The file as the store keeps it, read back in pieces; empty if it is not kept.
    QByteArray kept(const QString &name)
    {
        ServerDatabase database(m_server->storeConnection());
        FileStore files(database);
        QByteArray contents;
        while (true) {
            const QByteArray piece = files.read(name, contents.size(), 3 * 1000 * 1000);
            if (piece.isEmpty())
                return contents;
            contents += piece;
        }
    }

private Q_SLOTS:
    void initTestCase()
    {
        const QStringList store = ServerProcess::databaseArguments(u"uploads"_s);
        m_server = std::make_unique<ServerProcess>(m_dir.filePath(u"server"_s),
            QStringList { u"--syncs-per-minute"_s, u"100000"_s } + store);
        m_municipality = m_server->command({ u"add-municipality"_s, u"Musterstadt"_s });
        m_server->setExtraArguments({ u"--file-limit-mb"_s, u"25"_s });
        QVERIFY(m_server->start());
        if (ServerProcess::onPostgres()) {
            m_second = std::make_unique<ServerProcess>(m_dir.filePath(u"second"_s), store);
            QVERIFY(m_second->start());
        }
    }

    void aLargeFileArrivesWholeOverADroppingNetwork()
    {
        const QString token = signIn(u"Erika"_s);
        const QByteArray photo = photoBytes(20 * 1000 * 1000, 1);
        const QString path = u"/v1/uploads/"_s + nameOf(photo);
        DroppingRelay network(quint16(m_server->base().port()), 300 * 1000, 600 * 1000);
        // Each chunk goes until it is answered; after a drop the device asks where the upload
        // stands (through the same network) and goes on from there.
        int interruptions = 0;
        int chunksSent = 0;
        qint64 position = -1;
        bool complete = false;
        while (!complete) {
            Answer answer;
            if (position < 0) {
                answer = call(*m_server, "POST", path,
                    QJsonDocument(QJsonObject { { u"size"_s, qint64(photo.size()) },
                                      { u"mediaType"_s, u"image/jpeg"_s } })
                        .toJson(QJsonDocument::Compact),
                    token, network.port());
            } else {
                ++chunksSent;
                answer = call(*m_server, "PUT", path + u'/' + QString::number(position),
                    photo.mid(position, chunkBytes), token, network.port());
            }
            if (answer.status == 0) {
                ++interruptions;
                position = -1;
                continue;
            }
            QCOMPARE(answer.status, 200);
            position = answer.body.value("received"_L1).toInteger();
            complete = answer.body.value("complete"_L1).toBool();
        }
        const int chunks = int((photo.size() + chunkBytes - 1) / chunkBytes);
        qInfo("%d chunks of %lld bytes, %d sent by the device, %d failed, the network dropped "
              "%d times; %lld bytes reached the server for %lld",
            chunks, chunkBytes, chunksSent, interruptions, network.drops, network.forwarded,
            qint64(photo.size()));
        QVERIFY2(network.drops >= 30, qPrintable(QString::number(network.drops)));
        // Nothing sent again but the chunk each drop cut (Qt sends a request again once by
        // itself when its connection closes, the device after that): with TLS, the requests'
        // heads and the answers to the questions where the upload stands, within 2 %.
        QVERIFY(chunksSent <= chunks + interruptions);
        QVERIFY2(network.forwarded <= photo.size() * 102 / 100 + network.drops * chunkBytes,
            qPrintable(QString::number(network.forwarded)));
        const QByteArray stored = kept(nameOf(photo));
        QCOMPARE(stored.size(), photo.size());
        QCOMPARE(nameOf(stored), nameOf(photo));
    }

    void theAppSendsAFileThroughDropsAndAKillOnce()
    {
        const QString token = signIn(u"Jule"_s);
        const QByteArray photo = photoBytes(20 * 1000 * 1000, 6);
        QFile file(m_dir.filePath(u"flipchart.jpg"_s));
        QVERIFY(file.open(QIODevice::WriteOnly));
        QCOMPARE(file.write(photo), photo.size());
        file.close();
        DroppingRelay network(quint16(m_server->base().port()), 300 * 1000, 600 * 1000);
        QUrl base = m_server->base();
        base.setPort(network.port());
        const auto upload = [&] {
            auto result = std::make_unique<FileUpload>(
                m_network, file.fileName(), nameOf(photo), u"image/jpeg"_s);
            result->setServer(base, { m_server->certificate() });
            result->setToken(token);
            result->setBackOff(10, 200);
            return result;
        };
        // The app is killed once the server has about 8 MB, a chunk on its way.
        auto first = upload();
        qint64 atKill = 0;
        connect(first.get(), &FileUpload::progress, this, [&first, &atKill](qint64 received) {
            atKill = received;
            if (received >= 8 * 1000 * 1000)
                first->deleteLater();
        });
        QSignalSpy killed(first.get(), &QObject::destroyed);
        first->start();
        QVERIFY(killed.wait(60000));
        (void)first.release(); // deleted by deleteLater
        QVERIFY(kept(nameOf(photo)).isEmpty());
        // Started again, it goes on where the server stands.
        auto again = upload();
        QSignalSpy done(again.get(), &FileUpload::finished);
        again->start();
        QVERIFY(done.wait(60000));
        QCOMPARE(done.first().at(0).toBool(), true);
        qInfo("the network dropped %d times; %lld bytes reached the server for %lld; after the "
              "kill %d chunks",
            network.drops, network.forwarded, qint64(photo.size()), again->chunksSent());
        QVERIFY(network.drops >= 30);
        // After the kill: the rest in chunks, one more for each failure at most (the chunk on
        // its way at the kill may have arrived: then one fewer).
        const qint64 rest = photo.size() - atKill;
        QVERIFY(again->chunksSent() <= (rest + chunkBytes - 1) / chunkBytes + again->failures());
        QVERIFY2(
            network.forwarded <= photo.size() * 102 / 100 + (network.drops + 1) * 1024 * 1024 / 4,
            qPrintable(QString::number(network.forwarded)));
        QCOMPARE(kept(nameOf(photo)), photo);
    }

    /// The server forgets an upload while the app sends it (restored from a backup from before
    /// its start, or an upload left unfinished for days): the app starts it again and the
    /// file arrives whole, never given up as refused.
    void anUploadTheServerForgotIsStartedAgain()
    {
        const QString token = signIn(u"Nele"_s);
        const QByteArray photo = photoBytes(4 * chunkBytes + 100, 8);
        QFile file(m_dir.filePath(u"forgotten.jpg"_s));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(photo);
        file.close();
        FileUpload upload(m_network, file.fileName(), nameOf(photo), u"image/jpeg"_s);
        upload.setServer(m_server->base(), { m_server->certificate() });
        upload.setToken(token);
        upload.setChunkBytes(chunkBytes);
        upload.setBackOff(10, 200);
        bool forgotten = false;
        connect(&upload, &FileUpload::progress, this, [&](qint64 received) {
            if (forgotten || received < 2 * chunkBytes)
                return;
            forgotten = true;
            ServerDatabase database(m_server->storeConnection());
            QSqlQuery query(database.connection());
            QVERIFY(
                query.exec(u"DELETE FROM upload_chunks WHERE hash = '%1'"_s.arg(nameOf(photo))));
            QVERIFY(query.exec(u"DELETE FROM uploads WHERE hash = '%1'"_s.arg(nameOf(photo))));
        });
        QSignalSpy done(&upload, &FileUpload::finished);
        upload.start();
        QVERIFY(done.wait(30000));
        QVERIFY(forgotten);
        QCOMPARE(done.first().at(0).toBool(), true);
        QCOMPARE(kept(nameOf(photo)), photo);
    }

    void theAppSaysWhyAFileIsRefused()
    {
        const QString token = signIn(u"Mia"_s);
        const auto refusal = [&](const QString &path, const QString &hash) {
            FileUpload upload(m_network, path, hash, u"image/jpeg"_s);
            upload.setServer(m_server->base(), { m_server->certificate() });
            upload.setToken(token);
            QSignalSpy done(&upload, &FileUpload::finished);
            upload.start();
            if (done.isEmpty() && !done.wait(20000))
                return QStringList();
            return QStringList { done.first().at(1).toString(), done.first().at(2).toString() };
        };
        // A PDF named a photo: refused at its first chunk, with the server's words.
        const QByteArray pdf = QByteArrayLiteral("%PDF-1.7\n") + QByteArray(3000, 'y');
        QFile file(m_dir.filePath(u"not-a-photo.jpg"_s));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(pdf);
        file.close();
        const QStringList kind = refusal(file.fileName(), nameOf(pdf));
        QCOMPARE(kind.value(0), u"not_its_kind"_s);
        QVERIFY(!kind.value(1).isEmpty());
        // A file gone from the disk.
        QCOMPARE(refusal(m_dir.filePath(u"gone.jpg"_s), nameOf("gone")).value(0), u"unreadable"_s);
    }

    void aKilledServerAndTheLastAnswerLostSendNothingTwice()
    {
        const QString token = signIn(u"Jonas"_s);
        const QByteArray photo = photoBytes(3 * chunkBytes + 1000, 2);
        const QString path = u"/v1/uploads/"_s + nameOf(photo);
        QCOMPARE(start(*m_server, token, photo).status, 200);
        QCOMPARE(call(*m_server, "PUT", path + u"/0"_s, photo.left(chunkBytes), token).status, 200);
        // The server is killed and started again between chunks: the upload goes on.
        m_server->kill();
        QVERIFY(m_server->start());
        Answer answer = start(*m_server, token, photo);
        QCOMPARE(answer.body.value("received"_L1).toInteger(), chunkBytes);
        // The same chunk again (its answer lost): refused with where the upload stands.
        answer = call(*m_server, "PUT", path + u"/0"_s, photo.left(chunkBytes), token);
        QCOMPARE(answer.status, 409);
        QCOMPARE(answer.body.value("received"_L1).toInteger(), chunkBytes);
        for (qint64 at = chunkBytes; at < photo.size(); at += chunkBytes)
            answer = call(*m_server, "PUT", path + u'/' + QString::number(at),
                photo.mid(at, chunkBytes), token);
        QCOMPARE(answer.body.value("complete"_L1).toBool(), true);
        // The last answer lost: asking again says it is whole, nothing to send.
        answer = start(*m_server, token, photo);
        QCOMPARE(answer.body.value("complete"_L1).toBool(), true);
        QCOMPARE(answer.body.value("received"_L1).toInteger(), photo.size());
        QCOMPARE(kept(nameOf(photo)), photo);
    }

    /// The server stops dead after the last chunk is stored and before the whole is checked:
    /// the next question where the upload stands checks it and keeps it.
    void aWholeUploadNotCheckedYetIsCheckedWhenAskedAgain()
    {
        const QString token = signIn(u"Lea"_s);
        const QByteArray photo = photoBytes(2 * chunkBytes + 10, 4);
        const QString path = u"/v1/uploads/"_s + nameOf(photo);
        m_server->kill();
        QVERIFY(m_server->start(u"upload-whole-not-checked"_s));
        QCOMPARE(start(*m_server, token, photo).status, 200);
        QCOMPARE(call(*m_server, "PUT", path + u"/0"_s, photo.left(chunkBytes), token).status, 200);
        QCOMPARE(call(*m_server, "PUT", path + u'/' + QString::number(chunkBytes),
                     photo.mid(chunkBytes, chunkBytes), token)
                     .status,
            200);
        // The last chunk: stored, then the server is gone before its answer.
        QCOMPARE(call(*m_server, "PUT", path + u'/' + QString::number(2 * chunkBytes),
                     photo.mid(2 * chunkBytes), token)
                     .status,
            0);
        QVERIFY(kept(nameOf(photo)).isEmpty());
        QVERIFY(m_server->start());
        const Answer answer = start(*m_server, token, photo);
        QCOMPARE(answer.status, 200);
        QCOMPARE(answer.body.value("complete"_L1).toBool(), true);
        QCOMPARE(kept(nameOf(photo)), photo);
    }

    void chunksThroughEitherInstanceMakeOneFile()
    {
        if (!m_second)
            QSKIP("two instances share a store on PostgreSQL (the _postgres run)");
        const QString token = signIn(u"Alex"_s);
        const QByteArray photo = photoBytes(5 * chunkBytes + 77, 5);
        const QString path = u"/v1/uploads/"_s + nameOf(photo);
        QCOMPARE(start(*m_second, token, photo).status, 200);
        // No sticky sessions: each chunk through the other instance.
        Answer answer;
        int turn = 0;
        for (qint64 at = 0; at < photo.size(); at += chunkBytes) {
            answer = call(++turn % 2 ? *m_server : *m_second, "PUT",
                path + u'/' + QString::number(at), photo.mid(at, chunkBytes), token);
            QCOMPARE(answer.status, 200);
        }
        QCOMPARE(answer.body.value("complete"_L1).toBool(), true);
        QCOMPARE(start(*m_second, token, photo).body.value("complete"_L1).toBool(), true);
        QCOMPARE(kept(nameOf(photo)), photo);
    }

    void noAnswerTellsOfAnotherDevicesFile()
    {
        const QString erika = signIn(u"Erika B"_s);
        const QString samira = signIn(u"Samira"_s);
        const QByteArray photo = photoBytes(1000, 3);
        const QString path = u"/v1/uploads/"_s + nameOf(photo);
        QCOMPARE(start(*m_server, erika, photo).status, 200);
        QCOMPARE(
            call(*m_server, "PUT", path + u"/0"_s, photo, erika).body.value("complete"_L1).toBool(),
            true);
        // Another device with the same file sends it as if no one had.
        const Answer other = start(*m_server, samira, photo);
        QCOMPARE(other.status, 200);
        QCOMPARE(other.body.value("received"_L1).toInteger(), 0);
        QCOMPARE(other.body.value("complete"_L1).toBool(), false);
        QCOMPARE(call(*m_server, "PUT", path + u"/0"_s, photo, samira)
                     .body.value("complete"_L1)
                     .toBool(),
            true);
        QCOMPARE(kept(nameOf(photo)), photo); // kept once, the same
    }

    void aFileNotWhatItSaysIsRefusedBeforeItIsKept()
    {
        const QString token = signIn(u"Kim"_s);
        // A PDF that says it is a photo: refused at its first chunk.
        const QByteArray pdf = QByteArrayLiteral("%PDF-1.7\n") + QByteArray(5000, 'x');
        QCOMPARE(start(*m_server, token, pdf).status, 200);
        Answer answer = call(*m_server, "PUT", u"/v1/uploads/%1/0"_s.arg(nameOf(pdf)), pdf, token);
        QCOMPARE(answer.status, 415);
        QCOMPARE(answer.body.value("error"_L1).toString(), u"not_its_kind"_s);
        QVERIFY(kept(nameOf(pdf)).isEmpty());
        // Contents that are not the file their name says: refused once whole, nothing kept,
        // the upload starts again from the beginning.
        const QByteArray photo = photoBytes(chunkBytes + 10, 4);
        QByteArray spoilt = photo;
        spoilt[chunkBytes + 5] = char(spoilt.at(chunkBytes + 5) ^ 1);
        const QString path = u"/v1/uploads/"_s + nameOf(photo);
        QCOMPARE(start(*m_server, token, photo).status, 200);
        QCOMPARE(
            call(*m_server, "PUT", path + u"/0"_s, spoilt.left(chunkBytes), token).status, 200);
        answer = call(*m_server, "PUT", path + u'/' + QString::number(chunkBytes),
            spoilt.mid(chunkBytes), token);
        QCOMPARE(answer.status, 422);
        QVERIFY(kept(nameOf(photo)).isEmpty());
        QCOMPARE(start(*m_server, token, photo).body.value("received"_L1).toInteger(), 0);
        // A kind the programme does not take, and a file over the limit: refused at the start.
        answer = start(*m_server, token, photo, u"application/x-msdownload"_s);
        QCOMPARE(answer.status, 415);
        answer = call(*m_server, "POST", u"/v1/uploads/"_s + nameOf("big"),
            R"({"size": 25000001, "mediaType": "image/jpeg"})", token);
        QCOMPARE(answer.status, 413);
        QVERIFY(!answer.body.value("message"_L1).toString().isEmpty());
        // Not signed in: nothing.
        QCOMPARE(start(*m_server, u"no-token"_s, photo).status, 401);
    }
};

QTEST_GUILESS_MAIN(TestUploads)
#include "tst_uploads.moc"
