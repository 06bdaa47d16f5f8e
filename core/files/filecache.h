// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "devicefiles.h"

#include <QDateTime>
#include <QSqlDatabase>
#include <QStringList>

/// How much of the files the device keeps (DeviceFiles), and which go when there is too much:
/// above the size the person set, the files used longest ago go first — never a file the
/// server has not confirmed (it would be lost), never one the person keeps offline.
class FileCache
{
public:
    FileCache(QSqlDatabase db, DeviceFiles &files);

    static constexpr qint64 defaultLimitBytes = qint64(500) * 1000 * 1000;

    /// A file kept on the device: one of the person's own (not on the server yet), or one
    /// that came from the server (@p confirmed).
    bool note(const DeviceFiles::Kept &kept, bool confirmed, const QDateTime &now);
    /// The server has the file whole: it may go from the device when room is needed.
    bool confirm(const QString &hash);
    /// "Auf diesem Gerät behalten": kept whatever room it takes.
    bool setKeptOffline(const QString &hash, bool kept);
    /// Shown or opened now: it goes later.
    bool used(const QString &hash, const QDateTime &now);
    /// The files the person keeps offline.
    QStringList keptOffline() const;
    /// Whether the device holds the file named @p hash.
    bool holds(const QString &hash) const { return m_files.has(hash); }
    /// What the files the device keeps take together.
    qint64 bytesKept() const;
    /// Removes files, longest unused first, until they take at most @p limitBytes or no file
    /// that may go is left; returns the files removed (downloaded again when needed).
    QStringList evictTo(qint64 limitBytes);

private:
    QSqlDatabase m_db;
    DeviceFiles &m_files;
};
