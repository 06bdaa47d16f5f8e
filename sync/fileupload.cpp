// SPDX-License-Identifier: GPL-3.0-or-later
#include "fileupload.h"

#include "serverrequest.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>

using namespace Qt::StringLiterals;

FileUpload::FileUpload(QNetworkAccessManager &network, const QString &path, const QString &hash,
    const QString &mediaType, QObject *parent)
    : QObject(parent)
    , m_network(network)
    , m_file(path)
    , m_hash(hash)
    , m_mediaType(mediaType)
{
    m_retry.setSingleShot(true);
    connect(&m_retry, &QTimer::timeout, this, &FileUpload::ask);
}

FileUpload::~FileUpload()
{
    if (m_reply) {
        disconnect(m_reply, nullptr, this, nullptr);
        m_reply->abort();
        m_reply->deleteLater();
    }
}

void FileUpload::setServer(const QUrl &base, const QList<QSslCertificate> &trusted)
{
    m_base = base;
    m_trusted = trusted;
}

void FileUpload::setToken(const QString &token)
{
    m_token = token;
}

void FileUpload::setBackOff(int firstMs, int longestMs)
{
    m_backOff.set(firstMs, longestMs);
}

void FileUpload::start()
{
    if (!m_file.open(QIODevice::ReadOnly))
        return end(false, u"unreadable"_s, tr("The file cannot be read on this device."));
    m_size = m_file.size();
    ask();
}

void FileUpload::ask()
{
    const QNetworkRequest http
        = serverRequest(m_base, m_trusted, m_token, u"v1/uploads/"_s + m_hash);
    const QJsonObject body { { u"size"_s, m_size }, { u"mediaType"_s, m_mediaType } };
    m_reply = m_network.post(http, QJsonDocument(body).toJson(QJsonDocument::Compact));
    connect(m_reply, &QNetworkReply::finished, this, [this, reply = m_reply] { answered(reply); });
}

void FileUpload::sendChunk()
{
    // One chunk read from the disk, from where the server stands.
    const qint64 length = qMin(m_chunkBytes, m_size - m_received);
    QByteArray chunk;
    if (m_file.seek(m_received))
        chunk = m_file.read(length);
    if (chunk.size() != length)
        return end(false, u"unreadable"_s, tr("The file cannot be read on this device."));
    QNetworkRequest http = serverRequest(
        m_base, m_trusted, m_token, u"v1/uploads/%1/%2"_s.arg(m_hash).arg(m_received));
    http.setHeader(QNetworkRequest::ContentTypeHeader, u"application/octet-stream"_s);
    ++m_chunksSent;
    m_reply = m_network.put(http, chunk);
    connect(m_reply, &QNetworkReply::finished, this, [this, reply = m_reply] { answered(reply); });
}

void FileUpload::answered(QNetworkReply *reply)
{
    reply->deleteLater();
    if (reply != m_reply)
        return;
    m_reply = nullptr;
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QJsonObject body = QJsonDocument::fromJson(reply->readAll()).object();
    const QString error = body.value("error"_L1).toString();
    if (status == 200 || (status == 409 && error == "position"_L1)) {
        if (body.value("complete"_L1).toBool())
            return end(true, {}, {});
        const qint64 received = body.value("received"_L1).toInteger(-1);
        if (received < 0 || received >= m_size)
            return failedForNow(); // an answer that does not add up: ask again
        m_backOff.reset();
        m_received = received;
        Q_EMIT progress(m_received, m_size);
        return sendChunk();
    }
    if (status == 0 || status == 429 || status >= 500)
        return failedForNow();
    if (status == 404 && error == "no_upload"_L1) {
        // The server no longer knows the upload (restored from a backup from before it, or
        // it forgot an upload left unfinished for days): it starts again where the server
        // stands, which asking says.
        m_received = -1;
        return ask();
    }
    if (status == 422 && m_spoilt < 3) {
        // What arrived was not this file (spoilt on the way): the server starts it afresh.
        ++m_spoilt;
        return ask();
    }
    const QString code = error.isEmpty() ? u"server"_s : error;
    end(false, code, explain(code, status));
}

QString FileUpload::explain(const QString &code, int status)
{
    // In the app's words, not the server's (which are English, for operators and tests).
    if (code == "too_large"_L1)
        return tr("This file is larger than the server takes.");
    if (code == "quota_full"_L1)
        return tr("Your municipality has used all the room the server keeps for its files; "
                  "the organisers can help.");
    if (code == "not_accepted"_L1)
        return tr("The server takes photos (JPEG, PNG), PDFs and office documents.");
    if (code == "not_its_kind"_L1)
        return tr("The file is not of the kind its name says.");
    if (code == "not_its_name"_L1)
        return tr("The file arrived damaged several times.");
    if (code == "unauthorized"_L1 || code == "revoked"_L1)
        return tr("Please sign in again.");
    return tr("The server answered with an error (%1).").arg(status);
}

void FileUpload::failedForNow()
{
    ++m_failures;
    m_received = -1;
    m_retry.start(m_backOff.next());
}

void FileUpload::end(bool ok, const QString &error, const QString &message)
{
    m_retry.stop();
    m_file.close();
    if (ok)
        m_received = m_size;
    Q_EMIT finished(ok, error, message);
}
