// SPDX-License-Identifier: GPL-3.0-or-later
#include "accessjournal.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

AccessJournal::AccessJournal(const QString &path)
    : m_path(path)
{
}

bool AccessJournal::record(const QJsonObject &entry)
{
    const QByteArray line = QJsonDocument(entry).toJson(QJsonDocument::Compact) + '\n';
    const std::lock_guard lock(m_mutex);
    const QByteArray path = QFile::encodeName(m_path);
    const bool existed = ::access(path.constData(), F_OK) == 0;
    const int file = ::open(path.constData(), O_WRONLY | O_APPEND | O_CREAT | O_CLOEXEC, 0600);
    if (file < 0)
        return false;
    // Made by a command the operator ran as root: the service's user, who owns the folder,
    // must go on writing it.
    struct stat folder
    {
    };
    if (!existed && ::geteuid() == 0
        && ::stat(QFile::encodeName(QFileInfo(m_path).absolutePath()).constData(), &folder) == 0)
        [[maybe_unused]]
        const int owned = ::fchown(file, folder.st_uid, folder.st_gid);
    const bool written
        = ::write(file, line.constData(), size_t(line.size())) == line.size() && ::fsync(file) == 0;
    ::close(file);
    return written;
}

QList<QJsonObject> AccessJournal::entries(int *skipped) const
{
    QList<QJsonObject> result;
    if (skipped)
        *skipped = 0;
    QFile file(m_path);
    if (!file.open(QIODevice::ReadOnly))
        return result;
    while (!file.atEnd()) {
        const QByteArray line = file.readLine(1 << 20).trimmed();
        if (line.isEmpty())
            continue;
        const auto document = QJsonDocument::fromJson(line);
        if (document.isObject())
            result.append(document.object());
        else if (skipped)
            ++*skipped;
    }
    return result;
}
