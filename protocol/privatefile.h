// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFile>
#include <QString>

/// Stores that hold personal data are readable by their owner alone, whatever the process's
/// umask: on the app's device (the replica) and on the server (its SQLite store).
namespace PrivateFile {
/// Makes the SQLite file @p path (and its -wal and -shm files, if there) readable and
/// writable by the owner alone; a file not there yet is created so, before SQLite opens it
/// (SQLite gives the -wal and -shm files it makes the database file's permissions).
inline void prepareSqlite(const QString &path)
{
    constexpr auto ownerOnly = QFileDevice::ReadOwner | QFileDevice::WriteOwner;
    if (!QFile::exists(path)) {
        QFile file(path);
        if (file.open(QIODevice::WriteOnly | QIODevice::NewOnly))
            file.setPermissions(ownerOnly);
    }
    for (const char *suffix : { "", "-wal", "-shm" }) {
        const QString each = path + QLatin1StringView(suffix);
        if (QFile::exists(each))
            QFile::setPermissions(each, ownerOnly);
    }
}
}
