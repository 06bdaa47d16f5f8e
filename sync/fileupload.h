// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "backoff.h"

#include <QFile>
#include <QObject>
#include <QSslCertificate>
#include <QTimer>
#include <QUrl>

class QNetworkAccessManager;
class QNetworkReply;

/// Sends one file on the device to the server (docs/sync-protocol.md, "Files"): asks where
/// the server stands with it, then sends it chunk by chunk from there, read from the disk one
/// chunk at a time (never the whole file in memory). After a failure (no network, a dropped
/// connection, a busy server) it asks again after a back-off with jitter and goes on where the
/// server stands, so an interruption costs at most the chunk it cut; the same for an app
/// killed and started again, since the server keeps what arrived. It ends when the server has
/// the file whole and checked, or when the server refuses it for good.
class FileUpload : public QObject
{
    Q_OBJECT
public:
    /// The file at @p path, named @p hash (its SHA-256), of kind @p mediaType.
    FileUpload(QNetworkAccessManager &network, const QString &path, const QString &hash,
        const QString &mediaType, QObject *parent = nullptr);
    /// Stops: a request on the way is dropped (what the server has stays).
    ~FileUpload() override;

    void setServer(const QUrl &base, const QList<QSslCertificate> &trusted = {});
    void setToken(const QString &token);
    /// Bytes per chunk (at most what one request may carry, 1 MiB).
    void setChunkBytes(qint64 bytes) { m_chunkBytes = bytes; }
    /// The first wait after a failure; it doubles up to @p longestMs.
    void setBackOff(int firstMs, int longestMs);

    void start();
    qint64 size() const { return m_size; }
    qint64 sent() const { return m_received; } ///< what the server has, as last heard
    int chunksSent() const { return m_chunksSent; }
    int failures() const { return m_failures; }

Q_SIGNALS:
    void progress(qint64 received, qint64 size);
    /// @p ok: the server has the file whole. Otherwise @p error is the server's code
    /// ("too_large", "quota_full", "not_accepted", "not_its_kind", "unreadable" for a file
    /// gone from the disk) and @p message says it for people.
    void finished(bool ok, const QString &error, const QString &message);

private:
    /// Asks where the upload stands (starts it if the server has nothing yet).
    void ask();
    void sendChunk();
    void answered(QNetworkReply *reply);
    void failedForNow();
    void end(bool ok, const QString &error, const QString &message);
    /// What the server's refusal @p code means, for people.
    static QString explain(const QString &code, int status);

    QNetworkAccessManager &m_network;
    QFile m_file;
    QString m_hash;
    QString m_mediaType;
    QUrl m_base;
    QList<QSslCertificate> m_trusted;
    QString m_token;
    qint64 m_size = 0;
    qint64 m_received = -1; ///< -1: not asked yet
    qint64 m_chunkBytes = qint64(256) * 1024;
    BackOff m_backOff { 1000, 60 * 1000 };
    int m_chunksSent = 0;
    int m_failures = 0;
    int m_spoilt = 0; ///< times the whole arrived not as this file
    QNetworkReply *m_reply = nullptr;
    QTimer m_retry;
};
