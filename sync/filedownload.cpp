// SPDX-License-Identifier: GPL-3.0-or-later
#include "filedownload.h"

#include "serverrequest.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

FileDownload::FileDownload(QNetworkAccessManager &network, const QString &entity, const QString &id,
    const QString &hash, qint64 size, const QString &path, QObject *parent)
    : QObject(parent)
    , m_network(network)
    , m_entity(entity)
    , m_id(id)
    , m_hash(hash)
    , m_size(size)
    , m_file(path)
{
    m_retry.setSingleShot(true);
    connect(&m_retry, &QTimer::timeout, this, &FileDownload::askNext);
}

FileDownload::~FileDownload()
{
    if (m_reply) {
        disconnect(m_reply, nullptr, this, nullptr);
        m_reply->abort();
        m_reply->deleteLater();
    }
}

void FileDownload::setServer(const QUrl &base, const QList<QSslCertificate> &trusted)
{
    m_base = base;
    m_trusted = trusted;
}

void FileDownload::setToken(const QString &token)
{
    m_token = token;
}

void FileDownload::start()
{
    if (!m_file.open(QIODevice::ReadWrite))
        return end(false, u"unwritable"_s, tr("There is no room for the file on this device."));
    // What arrived before the app was stopped stays; more than the file cannot be right.
    m_received = m_file.size();
    if (m_received > m_size) {
        m_file.resize(0);
        m_received = 0;
    }
    if (m_received == m_size)
        return end(true, {}, {});
    askNext();
}

void FileDownload::askNext()
{
    const qint64 last = m_received + qMin(m_partBytes, m_size - m_received) - 1;
    QNetworkRequest http
        = serverRequest(m_base, m_trusted, m_token, u"v1/files/%1/%2"_s.arg(m_entity, m_id));
    http.setRawHeader(
        "Range", "bytes=" + QByteArray::number(m_received) + '-' + QByteArray::number(last));
    // A part of another file (the record now names another) is no part of this one.
    http.setRawHeader("If-Range", '"' + m_hash.toLatin1() + '"');
    ++m_partsAsked;
    m_reply = m_network.get(http);
    connect(m_reply, &QNetworkReply::finished, this, [this, reply = m_reply] { answered(reply); });
}

void FileDownload::answered(QNetworkReply *reply)
{
    reply->deleteLater();
    if (reply != m_reply)
        return;
    m_reply = nullptr;
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (status == 206 || status == 200) {
        static const QRegularExpression range(u"^bytes (\\d+)-(\\d+)/(\\d+)$"_s);
        const auto match = range.match(QString::fromLatin1(reply->rawHeader("Content-Range")));
        const QByteArray part = reply->readAll();
        const qint64 from = status == 200 ? 0 : match.captured(1).toLongLong();
        if ((status == 206 && (!match.hasMatch() || from != m_received))
            || (status == 200 && part.size() != m_size) || part.isEmpty())
            return failedForNow(); // not the part asked for: ask again
        if (!m_file.seek(from) || m_file.write(part) != part.size() || !m_file.flush())
            return end(false, u"unwritable"_s, tr("There is no room for the file on this device."));
        m_received = from + part.size();
        m_backOff.reset();
        Q_EMIT progress(m_received, m_size);
        if (m_received >= m_size)
            return end(true, {}, {});
        return askNext();
    }
    if (status == 412 || status == 416)
        return startAgain();
    if (status == 0 || status == 429 || status >= 500)
        return failedForNow();
    if (status == 401 || status == 403)
        return end(false, u"unauthorized"_s, tr("Please sign in again."));
    end(false, u"not_found"_s, tr("This file is no longer on the server."));
}

void FileDownload::startAgain()
{
    m_file.resize(0);
    m_received = 0;
    failedForNow();
}

void FileDownload::failedForNow()
{
    m_retry.start(m_backOff.next());
}

void FileDownload::end(bool ok, const QString &error, const QString &message)
{
    m_retry.stop();
    m_file.close();
    Q_EMIT finished(ok, error, message);
}
