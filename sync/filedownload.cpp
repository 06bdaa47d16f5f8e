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
    dropReplies();
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
    if (!hashWhatIsThere()) {
        m_file.resize(0);
        m_received = 0;
        m_sum.emplace();
    }
    m_asked = m_received;
    if (m_received == m_size)
        return checkWhole();
    askNext();
}

bool FileDownload::hashWhatIsThere()
{
    m_sum.emplace();
    if (!m_file.seek(0))
        return false;
    for (qint64 read = 0; read < m_received;) {
        const QByteArray chunk = m_file.read(qMin(maxPartBytes, m_received - read));
        if (chunk.isEmpty())
            return false;
        m_sum->addData(chunk);
        read += chunk.size();
    }
    return true;
}

void FileDownload::checkWhole()
{
    if (QString::fromLatin1(m_sum->result().toHex()) == m_hash)
        return end(true, {}, {});
    // Spoilt on the way, or on the disk before the app was started again: nothing of it
    // stays, and it is fetched again from the start.
    if (++m_damaged >= 3)
        return end(false, u"damaged"_s, tr("The file arrived damaged several times."));
    startAgain();
}

void FileDownload::askNext()
{
    // Two parts on their way at once, so that the server reads the next while this device
    // writes the last; their answers are taken in order.
    while (m_replies.size() < partsOnTheirWay && m_asked < m_size) {
        const qint64 length = qMin(m_partBytes, m_size - m_asked);
        QNetworkRequest http
            = serverRequest(m_base, m_trusted, m_token, u"v1/files/%1/%2"_s.arg(m_entity, m_id));
        http.setRawHeader("Range",
            "bytes=" + QByteArray::number(m_asked) + '-'
                + QByteArray::number(m_asked + length - 1));
        // A part of another file (the record now names another) is no part of this one.
        http.setRawHeader("If-Range", '"' + m_hash.toLatin1() + '"');
        ++m_partsAsked;
        m_asked += length;
        QNetworkReply *reply = m_network.get(http);
        m_replies.append(reply);
        connect(reply, &QNetworkReply::finished, this, &FileDownload::takeAnswers);
    }
}

void FileDownload::takeAnswers()
{
    while (!m_replies.isEmpty() && m_replies.first()->isFinished()) {
        QNetworkReply *reply = m_replies.takeFirst();
        reply->deleteLater();
        if (!take(reply))
            return;
    }
    askNext();
}

bool FileDownload::take(QNetworkReply *reply)
{
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (status == 206 || status == 200) {
        static const QRegularExpression range(u"^bytes (\\d+)-(\\d+)/(\\d+)$"_s);
        const auto match = range.match(QString::fromLatin1(reply->rawHeader("Content-Range")));
        const QByteArray part = reply->readAll();
        const qint64 from = status == 200 ? 0 : match.captured(1).toLongLong();
        if ((status == 206 && (!match.hasMatch() || from != m_received))
            || (status == 200 && part.size() != m_size) || part.isEmpty()) {
            failedForNow(); // not the part asked for: ask again
            return false;
        }
        if (!m_file.seek(from) || m_file.write(part) != part.size() || !m_file.flush()) {
            end(false, u"unwritable"_s, tr("There is no room for the file on this device."));
            return false;
        }
        if (from == 0) // the whole file, or its first part: hashed from the start
            m_sum.emplace();
        m_sum->addData(part);
        m_received = from + part.size();
        m_backOff.reset();
        Q_EMIT progress(m_received, m_size);
        if (m_received < m_size)
            return true;
        checkWhole();
        return false;
    }
    if (status == 412 || status == 416)
        startAgain();
    else if (status == 0 || status == 429 || status >= 500)
        failedForNow();
    else if (status == 401 || status == 403)
        end(false, u"unauthorized"_s, tr("Please sign in again."));
    else
        end(false, u"not_found"_s, tr("This file is no longer on the server."));
    return false;
}

void FileDownload::dropReplies()
{
    for (QNetworkReply *reply : std::exchange(m_replies, {})) {
        disconnect(reply, nullptr, this, nullptr);
        reply->abort();
        reply->deleteLater();
    }
    m_asked = m_received; // asked again from where the file on the disk ends
}

void FileDownload::startAgain()
{
    dropReplies();
    m_file.resize(0);
    m_received = 0;
    m_asked = 0;
    m_sum.emplace();
    failedForNow();
}

void FileDownload::failedForNow()
{
    dropReplies();
    m_retry.start(m_backOff.next());
}

void FileDownload::end(bool ok, const QString &error, const QString &message)
{
    dropReplies();
    m_retry.stop();
    m_file.close();
    Q_EMIT finished(ok, error, message);
}
