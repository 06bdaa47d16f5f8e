// SPDX-License-Identifier: GPL-3.0-or-later
#include "filetransfers.h"

#include "clock.h"
#include "devicefiles.h"
#include "filecache.h"
#include "filedownload.h"
#include "filerecords.h"
#include "fileupload.h"
#include "records.h"

using namespace Qt::StringLiterals;

namespace {
constexpr int keepTries = 3; ///< downloads that could not be kept before giving up for now
}

FileTransfers::FileTransfers(FileRecords &records, FileCache &cache, DeviceFiles &files,
    QNetworkAccessManager &network, const Clock &clock, QObject *parent)
    : QObject(parent)
    , m_records(records)
    , m_cache(cache)
    , m_files(files)
    , m_network(network)
    , m_clock(clock)
{
}

FileTransfers::~FileTransfers()
{
    qDeleteAll(m_uploads);
    qDeleteAll(m_downloads);
}

void FileTransfers::setServer(const QUrl &base, const QList<QSslCertificate> &trusted)
{
    m_base = base;
    m_trusted = trusted;
    // Transfers on their way go on with the server as it is now (their next request).
    for (FileUpload *upload : std::as_const(m_uploads))
        upload->setServer(base, trusted);
    for (FileDownload *download : std::as_const(m_downloads))
        download->setServer(base, trusted);
}

void FileTransfers::setToken(const QString &token)
{
    m_token = token;
    for (FileUpload *upload : std::as_const(m_uploads))
        upload->setToken(token);
    for (FileDownload *download : std::as_const(m_downloads))
        download->setToken(token);
}

void FileTransfers::setBackOff(int firstMs, int longestMs)
{
    m_firstBackOffMs = firstMs;
    m_longestBackOffMs = longestMs;
}

QString FileTransfers::keyOf(const QString &entity, const QString &id)
{
    return entity + u'/' + id;
}

void FileTransfers::sendWaiting()
{
    if (m_base.isEmpty() || m_token.isEmpty())
        return;
    for (const FileToSend &waiting : m_records.toSend()) {
        if (m_uploads.size() >= atOnce)
            return;
        const QString key = keyOf(waiting.entity, waiting.id);
        if (m_uploads.contains(key))
            continue;
        if (!m_files.has(waiting.hash)) {
            m_records.noteProblem(waiting.entity, waiting.id,
                tr("The file is no longer on this device; please add it again."), true);
            Q_EMIT changed(waiting.entity, waiting.id);
            continue;
        }
        auto *upload = new FileUpload(
            m_network, m_files.pathOf(waiting.hash), waiting.hash, waiting.mediaType);
        upload->setServer(m_base, m_trusted);
        upload->setToken(m_token);
        upload->setChunkBytes(m_chunkBytes);
        upload->setBackOff(m_firstBackOffMs, m_longestBackOffMs);
        m_uploads.insert(key, upload);
        connect(upload, &FileUpload::progress, this,
            [this, waiting] { Q_EMIT changed(waiting.entity, waiting.id); });
        connect(upload, &FileUpload::finished, this,
            [this, key](bool ok, const QString &error, const QString &message) {
                uploaded(key, ok, error, message);
            });
        upload->start();
    }
}

void FileTransfers::uploaded(
    const QString &key, bool ok, const QString &error, const QString &message)
{
    FileUpload *upload = m_uploads.take(key);
    if (upload)
        upload->deleteLater();
    const QString entity = key.section(u'/', 0, 0);
    const QString id = key.section(u'/', 1);
    if (ok) {
        // The record is queued first, then the file may leave the device: never the other way
        // round, or a stop in between would leave a record waiting for a file gone.
        const auto record = m_records.record(entity, id);
        if (m_records.fileSent(entity, id, m_clock.now()) && record)
            m_cache.confirm(record->fields.value(Records::FileFields::hash).toString());
        Q_EMIT recordsReady();
    } else {
        // Not signed in (any more): the file waits, said so, until the device is signed in
        // again — not started again at once, which would ask and be turned away in a loop.
        const bool signedOut = error == "unauthorized"_L1 || error == "revoked"_L1;
        // Otherwise refused for good (too large, not its kind, no room left): said, not tried
        // again.
        m_records.noteProblem(entity, id, message, !signedOut);
        if (signedOut) {
            Q_EMIT changed(entity, id);
            return;
        }
    }
    Q_EMIT changed(entity, id);
    sendWaiting();
}

void FileTransfers::fetch(const QString &entity, const QString &id)
{
    const auto record = m_records.record(entity, id);
    if (!record)
        return;
    const QString hash = record->fields.value(Records::FileFields::hash).toString();
    if (hash.isEmpty())
        return;
    if (m_files.has(hash)) {
        m_cache.used(hash, m_clock.now());
        return;
    }
    const QString key = keyOf(entity, id);
    if (!m_downloads.contains(key) && !m_toFetch.contains(key))
        m_toFetch.append(key);
    fetchNext();
}

void FileTransfers::fetchNext()
{
    if (m_base.isEmpty() || m_token.isEmpty())
        return;
    while (m_downloads.size() < atOnce && !m_toFetch.isEmpty()) {
        const QString key = m_toFetch.takeFirst();
        const QString entity = key.section(u'/', 0, 0);
        const QString id = key.section(u'/', 1);
        const auto record = m_records.record(entity, id);
        if (!record)
            continue; // removed meanwhile
        const QString hash = record->fields.value(Records::FileFields::hash).toString();
        auto *download = new FileDownload(m_network, entity, id, hash,
            record->fields.value(Records::FileFields::size).toInteger(),
            m_files.partialPathOf(hash));
        download->setServer(m_base, m_trusted);
        download->setToken(m_token);
        download->setPartBytes(qMin(m_chunkBytes, FileDownload::maxPartBytes));
        download->setBackOff(m_firstBackOffMs, m_longestBackOffMs);
        m_downloads.insert(key, download);
        connect(download, &FileDownload::progress, this,
            [this, entity, id] { Q_EMIT changed(entity, id); });
        connect(download, &FileDownload::finished, this,
            [this, key](bool ok, const QString &, const QString &message) {
                downloaded(key, ok, message);
            });
        download->start();
    }
}

void FileTransfers::downloaded(const QString &key, bool ok, const QString &message)
{
    FileDownload *download = m_downloads.take(key);
    if (download)
        download->deleteLater();
    const QString entity = key.section(u'/', 0, 0);
    const QString id = key.section(u'/', 1);
    const auto record = m_records.record(entity, id);
    if (ok && record) {
        const QString hash = record->fields.value(Records::FileFields::hash).toString();
        const auto kept = m_files.adopt(m_files.partialPathOf(hash), hash,
            record->fields.value(Records::FileFields::mediaType).toString());
        if (kept.error.isEmpty()) {
            m_cache.note(kept, true, m_clock.now());
            m_notKept.remove(key);
            Q_EMIT fetched(hash);
        } else if (++m_notKept[key] < keepTries) {
            m_toFetch.append(key); // could not be kept (the disk): fetched again
        }
    } else if (!ok) {
        qInfo("A file could not be fetched: %s", qPrintable(message));
    }
    Q_EMIT changed(entity, id);
    fetchNext();
}

FileTransfers::Progress FileTransfers::progressOf(const QString &entity, const QString &id) const
{
    const QString key = keyOf(entity, id);
    if (const FileUpload *upload = m_uploads.value(key))
        return { true, true, qMax<qint64>(0, upload->sent()), upload->size() };
    if (const FileDownload *download = m_downloads.value(key))
        return { true, false, download->received(), download->size() };
    return {};
}
