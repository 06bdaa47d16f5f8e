// SPDX-License-Identifier: GPL-3.0-or-later
#include "filestore.h"

#include "contenthash.h"
#include "crashpoint.h"
#include "filetypes.h"
#include "records.h"
#include "serverdatabase.h"

#include <QDateTime>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

FileStore::FileStore(ServerDatabase &database)
    : m_db(database.connection())
{
}

FileStore::Upload FileStore::stateOf(const QString &deviceId, const QString &hash) const
{
    QSqlQuery query(m_db);
    query.prepare(
        u"SELECT size, received, complete FROM uploads WHERE device_id = ? AND hash = ?"_s);
    query.addBindValue(deviceId);
    query.addBindValue(hash);
    if (!query.exec())
        return { Outcome::Unavailable };
    if (!query.next())
        return { Outcome::NoUpload };
    return { Outcome::Ok, query.value(0).toLongLong(), query.value(1).toLongLong(),
        query.value(2).toInt() != 0 };
}

FileStore::Upload FileStore::finish(Upload upload)
{
    if (!m_db.commit())
        return fail(Outcome::Unavailable);
    return upload;
}

FileStore::Upload FileStore::fail(Outcome outcome)
{
    m_db.rollback();
    return { outcome };
}

qint64 FileStore::municipalityBytes(const QString &municipalityId) const
{
    QSqlQuery query(m_db);
    query.prepare(u"SELECT coalesce(sum(size), 0) FROM uploads WHERE municipality_id = ?"_s);
    query.addBindValue(municipalityId);
    return query.exec() && query.next() ? query.value(0).toLongLong() : -1;
}

FileStore::Upload FileStore::start(const QString &deviceId, const QString &municipalityId,
    const QString &hash, qint64 size, const QString &mediaType)
{
    if (!FileTypes::isAccepted(mediaType))
        return { Outcome::NotAccepted };
    if (size <= 0 || size > m_fileLimit)
        return { Outcome::TooLarge };
    // Written with the other writers (on PostgreSQL the row that hands out versions): an
    // upload started twice at once through two instances is started once.
    if (!ServerDatabase::beginWriting(m_db))
        return fail(Outcome::Unavailable);
    const Upload known = stateOf(deviceId, hash);
    if (known.outcome == Outcome::Unavailable)
        return fail(Outcome::Unavailable);
    if (known.outcome == Outcome::Ok) {
        if (known.size != size)
            return fail(Outcome::SizeDiffers);
        // Whole but not checked yet (the server stopped in between): checked now.
        if (!known.complete && known.received == known.size) {
            const Upload done = finish(known);
            return done.outcome == Outcome::Ok ? check(deviceId, hash) : done;
        }
        return finish(known);
    }
    if (m_quota > 0 && !municipalityId.isEmpty()) {
        const qint64 used = municipalityBytes(municipalityId);
        if (used < 0)
            return fail(Outcome::Unavailable);
        if (used + size > m_quota)
            return fail(Outcome::QuotaFull);
    }
    QSqlQuery query(m_db);
    query.prepare(u"INSERT INTO uploads (device_id, hash, municipality_id, media_type, size, "
                  "started_at) VALUES (?, ?, ?, ?, ?, ?)"_s);
    query.addBindValue(deviceId);
    query.addBindValue(hash);
    query.addBindValue(municipalityId);
    query.addBindValue(mediaType);
    query.addBindValue(size);
    query.addBindValue(QDateTime::currentMSecsSinceEpoch());
    if (!query.exec())
        return fail(Outcome::Unavailable);
    return finish({ Outcome::Ok, size, 0, false });
}

FileStore::Upload FileStore::append(
    const QString &deviceId, const QString &hash, qint64 position, const QByteArray &data)
{
    if (!ServerDatabase::beginWriting(m_db))
        return fail(Outcome::Unavailable);
    Upload upload = stateOf(deviceId, hash);
    if (upload.outcome != Outcome::Ok)
        return fail(upload.outcome);
    if (upload.complete) // the last chunk again, its answer lost: nothing to add
        return finish(upload);
    if (position != upload.received || data.isEmpty() || data.size() > maxChunkBytes
        || upload.received + data.size() > upload.size) {
        m_db.rollback();
        upload.outcome = Outcome::WrongPosition;
        return upload;
    }
    QSqlQuery query(m_db);
    if (position == 0) {
        query.prepare(u"SELECT media_type FROM uploads WHERE device_id = ? AND hash = ?"_s);
        query.addBindValue(deviceId);
        query.addBindValue(hash);
        if (!query.exec() || !query.next())
            return fail(Outcome::Unavailable);
        // The kind is known from the first bytes: a file that is not what it says is
        // refused before anything of it is kept, and its upload forgotten.
        if (!FileTypes::beginsAs(query.value(0).toString(), data)) {
            query.finish();
            query.prepare(u"DELETE FROM uploads WHERE device_id = ? AND hash = ?"_s);
            query.addBindValue(deviceId);
            query.addBindValue(hash);
            if (!query.exec() || !m_db.commit())
                return fail(Outcome::Unavailable);
            return { Outcome::NotItsKind };
        }
        query.finish();
    }
    query.prepare(u"INSERT INTO upload_chunks (device_id, hash, position, data) "
                  "VALUES (?, ?, ?, ?)"_s);
    query.addBindValue(deviceId);
    query.addBindValue(hash);
    query.addBindValue(position);
    query.addBindValue(data);
    if (!query.exec())
        return fail(Outcome::Unavailable);
    upload.received += data.size();
    query.prepare(u"UPDATE uploads SET received = ? WHERE device_id = ? AND hash = ?"_s);
    query.addBindValue(upload.received);
    query.addBindValue(deviceId);
    query.addBindValue(hash);
    if (!query.exec())
        return fail(Outcome::Unavailable);
    const Upload stored = finish(upload);
    if (stored.outcome != Outcome::Ok || upload.received < upload.size)
        return stored;
    CrashPoint::reached("upload-whole-not-checked");
    return check(deviceId, hash);
}

FileStore::Upload FileStore::check(const QString &deviceId, const QString &hash)
{
    // Read and hashed outside the writers' lock: the other uploads and syncs go on meanwhile.
    const QByteArray sum = hashOfChunks(deviceId, hash);
    if (sum.isEmpty())
        return { Outcome::Unavailable };
    if (!ServerDatabase::beginWriting(m_db))
        return fail(Outcome::Unavailable);
    Upload upload = stateOf(deviceId, hash);
    if (upload.outcome != Outcome::Ok || upload.complete || upload.received != upload.size)
        return finish(upload); // checked meanwhile through another instance
    QSqlQuery query(m_db);
    if (QString::fromLatin1(sum.toHex()) != hash) {
        // Sent again from the start: what came may have been spoilt on the way.
        query.prepare(u"DELETE FROM upload_chunks WHERE device_id = ? AND hash = ?"_s);
        query.addBindValue(deviceId);
        query.addBindValue(hash);
        bool ok = query.exec();
        query.prepare(u"UPDATE uploads SET received = 0 WHERE device_id = ? AND hash = ?"_s);
        query.addBindValue(deviceId);
        query.addBindValue(hash);
        ok = ok && query.exec();
        if (!ok || !m_db.commit())
            return fail(Outcome::Unavailable);
        return { Outcome::NotItsName, upload.size, 0, false };
    }
    if (!keep(deviceId, hash, upload.size))
        return fail(Outcome::Unavailable);
    upload.complete = true;
    return finish(upload);
}

QByteArray FileStore::hashOfChunks(const QString &deviceId, const QString &hash) const
{
    QList<qint64> positions;
    QSqlQuery query(m_db);
    query.prepare(u"SELECT position FROM upload_chunks WHERE device_id = ? AND hash = ? "
                  "ORDER BY position"_s);
    query.addBindValue(deviceId);
    query.addBindValue(hash);
    if (!query.exec())
        return {};
    while (query.next())
        positions.append(query.value(0).toLongLong());
    // One chunk in memory at a time.
    ContentHash sum;
    query.prepare(
        u"SELECT data FROM upload_chunks WHERE device_id = ? AND hash = ? AND position = ?"_s);
    for (const qint64 position : std::as_const(positions)) {
        query.addBindValue(deviceId);
        query.addBindValue(hash);
        query.addBindValue(position);
        if (!query.exec() || !query.next())
            return {};
        sum.addData(query.value(0).toByteArray());
    }
    return sum.result();
}

bool FileStore::keep(const QString &deviceId, const QString &hash, qint64 size)
{
    QSqlQuery query(m_db);
    query.prepare(u"SELECT 1 FROM file_contents WHERE hash = ?"_s);
    query.addBindValue(hash);
    if (!query.exec())
        return false;
    const bool keptAlready = query.next();
    query.finish();
    if (keptAlready) {
        // Kept once: this device's copy goes.
        query.prepare(u"DELETE FROM upload_chunks WHERE device_id = ? AND hash = ?"_s);
        query.addBindValue(deviceId);
        query.addBindValue(hash);
    } else {
        // Its chunks stay where they are, as the file's contents.
        query.prepare(u"INSERT INTO file_contents (hash, size, stored_at, device_id) "
                      "VALUES (?, ?, ?, ?)"_s);
        query.addBindValue(hash);
        query.addBindValue(size);
        query.addBindValue(QDateTime::currentMSecsSinceEpoch());
        query.addBindValue(deviceId);
    }
    if (!query.exec())
        return false;
    query.prepare(u"UPDATE uploads SET complete = 1 WHERE device_id = ? AND hash = ?"_s);
    query.addBindValue(deviceId);
    query.addBindValue(hash);
    return query.exec();
}

bool FileStore::has(const QString &hash) const
{
    QSqlQuery query(m_db);
    query.prepare(u"SELECT 1 FROM file_contents WHERE hash = ?"_s);
    query.addBindValue(hash);
    return query.exec() && query.next();
}

int FileStore::forgetUnnamed(const QDateTime &before)
{
    if (!ServerDatabase::beginWriting(m_db))
        return -1;
    const qint64 cutOff = before.toMSecsSinceEpoch();
    QSqlQuery query(m_db);
    // Unfinished uploads: their chunks and themselves.
    query.prepare(u"SELECT device_id, hash FROM uploads WHERE complete = 0 AND started_at < ?"_s);
    query.addBindValue(cutOff);
    bool ok = query.exec();
    QList<std::pair<QString, QString>> unfinished;
    while (ok && query.next())
        unfinished.append({ query.value(0).toString(), query.value(1).toString() });
    query.finish();
    // Files no record names (a removed record's row no longer counts).
    const QStringList &named = Records::withFiles();
    query.prepare(
        u"SELECT hash, device_id FROM file_contents fc WHERE stored_at < ? AND NOT "
        "EXISTS (SELECT 1 FROM rows WHERE deleted = 0 AND entity IN (?%1) AND "
        "fields LIKE '%\"' || fc.hash || '\"%')"_s.arg(u", ?"_s.repeated(named.size() - 1)));
    query.addBindValue(cutOff);
    for (const QString &entity : named)
        query.addBindValue(entity);
    ok = ok && query.exec();
    QList<std::pair<QString, QString>> unnamed;
    while (ok && query.next())
        unnamed.append({ query.value(0).toString(), query.value(1).toString() });
    query.finish();
    const auto run = [&](const QString &sql, const QVariantList &values) {
        query.prepare(sql);
        for (const auto &value : values)
            query.addBindValue(value);
        return query.exec();
    };
    for (const auto &[device, hash] : std::as_const(unfinished)) {
        ok = ok
            && run(
                u"DELETE FROM upload_chunks WHERE device_id = ? AND hash = ?"_s, { device, hash })
            && run(u"DELETE FROM uploads WHERE device_id = ? AND hash = ?"_s, { device, hash });
    }
    for (const auto &[hash, device] : std::as_const(unnamed)) {
        // Gone whole: its contents, and every device's word that it sent it (a record naming
        // it later must have it sent again).
        ok = ok && run(u"DELETE FROM file_chunks WHERE hash = ?"_s, { hash })
            && run(u"DELETE FROM upload_chunks WHERE hash = ?"_s, { hash })
            && run(u"DELETE FROM uploads WHERE hash = ?"_s, { hash })
            && run(u"DELETE FROM file_contents WHERE hash = ?"_s, { hash });
    }
    if (!ok || !m_db.commit()) {
        m_db.rollback();
        return -1;
    }
    return int(unfinished.size() + unnamed.size());
}

std::optional<FileStore::Received> FileStore::receivedFrom(
    const QString &deviceId, const QString &hash) const
{
    QSqlQuery query(m_db);
    query.prepare(u"SELECT size, media_type FROM uploads WHERE device_id = ? AND hash = ? "
                  "AND complete = 1"_s);
    query.addBindValue(deviceId);
    query.addBindValue(hash);
    if (!query.exec() || !query.next())
        return std::nullopt;
    return Received { query.value(0).toLongLong(), query.value(1).toString() };
}

QByteArray FileStore::read(const QString &hash, qint64 position, qint64 length) const
{
    QSqlQuery query(m_db);
    query.prepare(u"SELECT device_id FROM file_contents WHERE hash = ?"_s);
    query.addBindValue(hash);
    if (!query.exec() || !query.next())
        return {};
    // In the chunks of the device that sent it first, or (kept before version 12) file_chunks.
    const QString device = query.value(0).toString();
    query.finish();
    const QString chunks = device.isEmpty() ? u"file_chunks WHERE hash = ?"_s
                                            : u"upload_chunks WHERE hash = ? AND device_id = ?"_s;
    const auto bindSource = [&] {
        query.addBindValue(hash);
        if (!device.isEmpty())
            query.addBindValue(device);
    };
    // The chunk that holds @p position, then the ones after it, one at a time.
    query.prepare(
        u"SELECT position, length(data) FROM %1 AND position < ? ORDER BY position"_s.arg(chunks));
    bindSource();
    query.addBindValue(position + length);
    if (!query.exec())
        return {};
    QList<std::pair<qint64, qint64>> found;
    while (query.next()) {
        const qint64 start = query.value(0).toLongLong();
        const qint64 size = query.value(1).toLongLong();
        if (start + size > position)
            found.append({ start, size });
    }
    QByteArray out;
    query.prepare(u"SELECT data FROM %1 AND position = ?"_s.arg(chunks));
    for (const auto &[start, size] : std::as_const(found)) {
        bindSource();
        query.addBindValue(start);
        if (!query.exec() || !query.next())
            return {};
        const QByteArray data = query.value(0).toByteArray();
        const qint64 from = qMax<qint64>(0, position - start);
        out += data.mid(from, length - out.size());
        if (out.size() >= length)
            break;
    }
    return out;
}
