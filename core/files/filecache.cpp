// SPDX-License-Identifier: GPL-3.0-or-later
#include "filecache.h"

#include <QFile>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

FileCache::FileCache(QSqlDatabase db, DeviceFiles &files)
    : m_db(std::move(db))
    , m_files(files)
{
}

bool FileCache::note(const DeviceFiles::Kept &kept, bool confirmed, const QDateTime &now)
{
    QSqlQuery query(m_db);
    // Noted again (the same photo twice, a download of a file the person sent): a file once
    // confirmed stays confirmed.
    query.prepare(u"INSERT INTO device_files (hash, media_type, size, confirmed, used_at) "
                  "VALUES (?, ?, ?, ?, ?) ON CONFLICT(hash) DO UPDATE SET "
                  "confirmed = max(confirmed, excluded.confirmed), used_at = excluded.used_at, "
                  "media_type = excluded.media_type, size = excluded.size"_s);
    query.addBindValue(kept.hash);
    query.addBindValue(kept.mediaType);
    query.addBindValue(kept.size);
    query.addBindValue(confirmed ? 1 : 0);
    query.addBindValue(now.toMSecsSinceEpoch());
    return query.exec();
}

bool FileCache::confirm(const QString &hash)
{
    QSqlQuery query(m_db);
    query.prepare(u"UPDATE device_files SET confirmed = 1 WHERE hash = ?"_s);
    query.addBindValue(hash);
    return query.exec() && query.numRowsAffected() == 1;
}

QStringList FileCache::keptOffline() const
{
    QStringList hashes;
    QSqlQuery query(m_db);
    if (query.exec(u"SELECT hash FROM device_files WHERE kept_offline = 1"_s)) {
        while (query.next())
            hashes.append(query.value(0).toString());
    }
    return hashes;
}

bool FileCache::setKeptOffline(const QString &hash, bool kept)
{
    // Also for a file not fetched yet: the wish stays until it is here (note() fills in the
    // rest), through a stopped app.
    QSqlQuery query(m_db);
    query.prepare(u"INSERT INTO device_files (hash, media_type, size, kept_offline, used_at) "
                  "VALUES (?, '', 0, ?, 0) ON CONFLICT(hash) DO UPDATE SET "
                  "kept_offline = excluded.kept_offline"_s);
    query.addBindValue(hash);
    query.addBindValue(kept ? 1 : 0);
    return query.exec();
}

bool FileCache::used(const QString &hash, const QDateTime &now)
{
    QSqlQuery query(m_db);
    query.prepare(u"UPDATE device_files SET used_at = ? WHERE hash = ?"_s);
    query.addBindValue(now.toMSecsSinceEpoch());
    query.addBindValue(hash);
    return query.exec() && query.numRowsAffected() == 1;
}

qint64 FileCache::bytesKept() const
{
    QSqlQuery query(m_db);
    return query.exec(u"SELECT coalesce(sum(size), 0) FROM device_files"_s) && query.next()
        ? query.value(0).toLongLong()
        : -1;
}

QStringList FileCache::evictTo(qint64 limitBytes)
{
    QStringList evicted;
    qint64 kept = bytesKept();
    if (kept < 0 || kept <= limitBytes)
        return evicted;
    QList<std::pair<QString, qint64>> candidates;
    {
        QSqlQuery query(m_db);
        // Nor a file a record made here still waits for (sent again after a restore).
        if (!query.exec(u"SELECT hash, size FROM device_files WHERE confirmed = 1 "
                        "AND kept_offline = 0 AND hash NOT IN (SELECT hash FROM files_to_send) "
                        "ORDER BY used_at, hash"_s))
            return evicted;
        while (query.next())
            candidates.append({ query.value(0).toString(), query.value(1).toLongLong() });
    }
    QSqlQuery remove(m_db);
    remove.prepare(u"DELETE FROM device_files WHERE hash = ?"_s);
    for (const auto &[hash, size] : std::as_const(candidates)) {
        if (kept <= limitBytes)
            break;
        // The row goes first: a file without a row is not shown as on the device; a row
        // without its file would be.
        remove.addBindValue(hash);
        if (!remove.exec())
            break;
        QFile::remove(m_files.pathOf(hash));
        kept -= size;
        evicted.append(hash);
    }
    return evicted;
}
