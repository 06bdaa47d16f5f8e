// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QSqlDatabase>
#include <QString>

#include <optional>

class ServerDatabase;

/// The contents of files, kept in the store beside the rows (one backup and one restore cover
/// them; every instance reads what another received): each named by the SHA-256 of its
/// bytes, stored once in chunks however many send it. A device sends a file in chunks, each
/// one after the last the store has, so that an upload goes on where it stopped, through
/// whichever instance; once the last chunk is in, the whole is checked against its name and
/// only then kept. What the store answers about an upload is about that device's own upload:
/// no answer tells whether anyone else has a file.
class FileStore
{
public:
    explicit FileStore(ServerDatabase &database);

    /// The most one file may take (default 25 MB) and all of a municipality's uploads
    /// together (0: no limit), in bytes.
    void setFileLimit(qint64 bytes) { m_fileLimit = bytes; }
    void setMunicipalityQuota(qint64 bytes) { m_quota = bytes; }
    static constexpr qint64 defaultFileLimitMegabytes = 25;
    static constexpr qint64 defaultMunicipalityFilesMegabytes = 500;
    /// The most one chunk may hold: what one request may carry.
    static constexpr qint64 maxChunkBytes = qint64(1024) * 1024;

    enum class Outcome {
        Ok,
        TooLarge, ///< larger than the file limit
        QuotaFull, ///< beyond what the municipality may keep
        NotAccepted, ///< a kind of file the programme does not take
        SizeDiffers, ///< started before with another size
        NoUpload, ///< a chunk of an upload never started
        WrongPosition, ///< not where the upload stands (see received)
        NotItsKind, ///< the contents do not begin as the kind said
        NotItsName, ///< the whole does not have the SHA-256 it is named by
        Unavailable, ///< the store could not be read or written now
    };
    /// Where a device's upload of one file stands.
    struct Upload
    {
        Outcome outcome = Outcome::Ok;
        qint64 size = 0;
        qint64 received = 0; ///< bytes the store has, from the start
        bool complete = false; ///< whole, checked and kept
    };

    /// Starts the upload of the file named @p hash by @p deviceId (of @p municipalityId, empty
    /// for organisers), or says where it stands if it was started before.
    Upload start(const QString &deviceId, const QString &municipalityId, const QString &hash,
        qint64 size, const QString &mediaType);
    /// Adds @p data at @p position, which must be where the upload stands; the last chunk
    /// checks the whole and keeps it.
    Upload append(
        const QString &deviceId, const QString &hash, qint64 position, const QByteArray &data);

    /// Whether the store keeps the whole file named @p hash.
    bool has(const QString &hash) const;
    /// A file as @p deviceId sent it whole, which that device may name in a record.
    struct Received
    {
        qint64 size = 0;
        QString mediaType;
    };
    /// What @p deviceId sent of the file named @p hash, if it sent it whole; none otherwise
    /// (never told whether another device did).
    std::optional<Received> receivedFrom(const QString &deviceId, const QString &hash) const;
    /// Housekeeping: forgets uploads left unfinished since before @p before, and the contents
    /// of files kept since before it that no record names any more (removed with their
    /// record, or never named). Returns how many files and uploads went, or -1 on failure.
    int forgetUnnamed(const QDateTime &before);
    /// How long an unfinished upload or a file no record names is kept.
    static constexpr int unnamedDays = 7;

    /// The bytes of the file named @p hash from @p position, at most @p length of them
    /// (read chunk by chunk, never the whole file); empty past its end or if it is not kept.
    QByteArray read(const QString &hash, qint64 position, qint64 length) const;

private:
    /// Where @p deviceId's upload of @p hash stands; Outcome::NoUpload if never started.
    Upload stateOf(const QString &deviceId, const QString &hash) const;
    /// The SHA-256 of an upload's chunks, read one by one; empty if they cannot be read.
    QByteArray hashOfChunks(const QString &deviceId, const QString &hash) const;
    /// Checks a whole upload against its name (hashed outside the writers' lock), then keeps
    /// it or starts it again from 0.
    Upload check(const QString &deviceId, const QString &hash);
    /// Keeps a checked upload's contents where they are (once: a later copy goes).
    bool keep(const QString &deviceId, const QString &hash, qint64 size);
    qint64 municipalityBytes(const QString &municipalityId) const;
    Upload finish(Upload upload);
    Upload fail(Outcome outcome);

    QSqlDatabase m_db;
    qint64 m_fileLimit = defaultFileLimitMegabytes * 1000 * 1000;
    qint64 m_quota = 0;
};
