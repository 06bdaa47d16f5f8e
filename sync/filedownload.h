// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "backoff.h"
#include "contenthash.h"

#include <QFile>
#include <QObject>
#include <QSslCertificate>
#include <QTimer>
#include <QUrl>

#include <optional>

class QNetworkAccessManager;
class QNetworkReply;

/// Fetches the file of one record from the server (docs/sync-protocol.md, "Files") into a file
/// on the disk, part by part (at most 1 MiB each, written as it arrives, never the whole in
/// memory). It goes on where the file on the disk ends, after a dropped network or an app
/// killed and started again; after a failure it asks again after a back-off with jitter. Each
/// part is hashed as it is written, so that the whole is checked against its name (the
/// SHA-256 of its contents) when the last part arrives, without reading the file again; a
/// whole that is not the file named is fetched again from the start.
class FileDownload : public QObject
{
    Q_OBJECT

public:
    /// The file of record @p entity @p id, @p size bytes, into @p path (continued if it is
    /// there in part).
    FileDownload(QNetworkAccessManager &network, const QString &entity, const QString &id,
        const QString &hash, qint64 size, const QString &path, QObject *parent = nullptr);
    /// Stops: a request on the way is dropped (what arrived stays on the disk).
    ~FileDownload() override;

    void setServer(const QUrl &base, const QList<QSslCertificate> &trusted = {});
    void setToken(const QString &token);
    /// Bytes per part asked for (at most what the server answers at once, 1 MiB).
    void setPartBytes(qint64 bytes) { m_partBytes = bytes; }
    /// The first wait after a failure; it doubles up to @p longestMs.
    void setBackOff(int firstMs, int longestMs) { m_backOff.set(firstMs, longestMs); }
    void start();

    qint64 received() const { return m_received; }
    qint64 size() const { return m_size; }
    int partsAsked() const { return m_partsAsked; }

    static constexpr qint64 maxPartBytes = qint64(1024) * 1024;

Q_SIGNALS:
    void progress(qint64 received, qint64 size);
    /// @p ok: the whole file is at the path, checked against its name. Otherwise @p error is
    /// "not_found" (the record is gone, or this device may not read it), "unwritable",
    /// "unauthorized" or "damaged" (it arrived otherwise than named three times), and
    /// @p message says it for people.
    void finished(bool ok, const QString &error, const QString &message);

private:
    /// Asks for the parts that come next, up to partsOnTheirWay at once.
    void askNext();
    /// Takes the answers that have arrived, in the order they were asked for.
    void takeAnswers();
    /// Writes the part @p reply carries; false if the download stopped or waits (a failure,
    /// the end), with the other requests on their way dropped.
    bool take(QNetworkReply *reply);
    /// Drops the requests on their way (a failure, or the end).
    void dropReplies();
    /// Hashes what is on the disk already (left by an earlier run); false if it cannot be read.
    bool hashWhatIsThere();
    /// The last part is written: the whole is kept if it is the file named, else fetched again.
    void checkWhole();
    void failedForNow();
    /// Drops what arrived: it belongs to another file.
    void startAgain();
    void end(bool ok, const QString &error, const QString &message);

    QNetworkAccessManager &m_network;
    QString m_entity;
    QString m_id;
    QString m_hash;
    qint64 m_size = 0;
    QFile m_file;
    QUrl m_base;
    QList<QSslCertificate> m_trusted;
    QString m_token;
    qint64 m_received = 0;
    qint64 m_partBytes = maxPartBytes;
    int m_partsAsked = 0;
    int m_damaged = 0; ///< times the whole arrived not as the file named
    std::optional<ContentHash> m_sum; ///< of the file's first m_received bytes
    BackOff m_backOff { 1000, 60 * 1000 };
    static constexpr int partsOnTheirWay = 2;
    QList<QNetworkReply *> m_replies; ///< on their way, in the order asked
    qint64 m_asked = 0; ///< where the next part to ask for starts
    QTimer m_retry;
};
