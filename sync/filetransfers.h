// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QSslCertificate>
#include <QUrl>

class Clock;
class DeviceFiles;
class FileCache;
class FileDownload;
class FileRecords;
class FileUpload;
class QNetworkAccessManager;

/// The app's queue of file transfers: sends the files of records made here (FileRecords) and
/// fetches the files of records the person opens or keeps offline. At most two uploads and two
/// downloads run at once, each with its own back-off, so that one large or failing file holds
/// back neither the others nor the sync of texts (which never waits for a file). A record made
/// here is queued for the sync once the server has its file whole.
class FileTransfers : public QObject
{
    Q_OBJECT

public:
    FileTransfers(FileRecords &records, FileCache &cache, DeviceFiles &files,
        QNetworkAccessManager &network, const Clock &clock, QObject *parent = nullptr);
    ~FileTransfers() override;

    void setServer(const QUrl &base, const QList<QSslCertificate> &trusted = {});
    void setToken(const QString &token);
    /// The first wait after a failure and the longest (tests make them short).
    void setBackOff(int firstMs, int longestMs);
    /// Bytes per chunk or part (at most 1 MiB).
    void setChunkBytes(qint64 bytes) { m_chunkBytes = bytes; }

    static constexpr int atOnce = 2; ///< uploads at once, and downloads at once

    /// Starts sending the files that wait, up to atOnce at a time.
    void sendWaiting();
    /// Fetches the file of record @p entity @p id, unless it is on the device.
    void fetch(const QString &entity, const QString &id);

    /// How far the transfer of a record's file has come.
    struct Progress
    {
        bool running = false;
        bool sending = false; ///< else fetching
        qint64 done = 0;
        qint64 size = 0;
    };
    Progress progressOf(const QString &entity, const QString &id) const;
    int running() const { return int(m_uploads.size() + m_downloads.size()); }

Q_SIGNALS:
    /// Records whose files the server now has are queued: a sync sends them.
    void recordsReady();
    /// The transfer of a record's file moved on, ended or failed.
    void changed(const QString &entity, const QString &id);
    /// The file named @p hash is on the device now.
    void fetched(const QString &hash);

private:
    void uploaded(const QString &key, bool ok, const QString &error, const QString &message);
    void downloaded(const QString &key, bool ok, const QString &message);
    void fetchNext();
    static QString keyOf(const QString &entity, const QString &id);

    FileRecords &m_records;
    FileCache &m_cache;
    DeviceFiles &m_files;
    QNetworkAccessManager &m_network;
    const Clock &m_clock;
    QUrl m_base;
    QList<QSslCertificate> m_trusted;
    QString m_token;
    int m_firstBackOffMs = 1000;
    int m_longestBackOffMs = 60 * 1000;
    qint64 m_chunkBytes = qint64(1024) * 1024;
    /// Running transfers by "entity/id"; a record's file has at most one of each.
    QHash<QString, FileUpload *> m_uploads;
    QHash<QString, FileDownload *> m_downloads;
    QStringList m_toFetch; ///< "entity/id", in the order asked for
    QHash<QString, int> m_notKept; ///< downloads that could not be kept, by record
};
