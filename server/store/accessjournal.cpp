// SPDX-License-Identifier: GPL-3.0-or-later
#include "accessjournal.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QSaveFile>

#include <fcntl.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>

class AccessJournal::FileLock
{
public:
    explicit FileLock(const QString &journal)
        : m_file(::open(QFile::encodeName(journal + QStringLiteral(".lock")).constData(),
            O_RDWR | O_CREAT | O_CLOEXEC, 0600))
    {
        if (m_file >= 0)
            ::flock(m_file, LOCK_EX);
    }
    ~FileLock()
    {
        if (m_file >= 0)
            ::close(m_file); // releases the lock
    }
    FileLock(const FileLock &) = delete;
    FileLock &operator=(const FileLock &) = delete;

private:
    int m_file;
};

namespace {
/// Made by a command the operator ran as root: the service's user, who owns the folder, must
/// go on writing it.
void handToFolderOwner(const QString &path, int file)
{
    struct stat folder
    {
    };
    if (::geteuid() == 0
        && ::stat(QFile::encodeName(QFileInfo(path).absolutePath()).constData(), &folder) == 0)
        [[maybe_unused]]
        const int owned = ::fchown(file, folder.st_uid, folder.st_gid);
}
}

AccessJournal::AccessJournal(const QString &path)
    : m_path(path)
{
}

bool AccessJournal::record(const QJsonObject &entry)
{
    const QByteArray line = QJsonDocument(entry).toJson(QJsonDocument::Compact) + '\n';
    const std::lock_guard lock(m_mutex);
    const FileLock fileLock(m_path);
    const QByteArray path = QFile::encodeName(m_path);
    const bool existed = ::access(path.constData(), F_OK) == 0;
    const int file = ::open(path.constData(), O_WRONLY | O_APPEND | O_CREAT | O_CLOEXEC, 0600);
    if (file < 0)
        return false;
    if (!existed)
        handToFolderOwner(m_path, file);
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

bool AccessJournal::rewrite(
    const std::function<bool(const QJsonObject &)> &keep, const QList<QJsonObject> &added)
{
    const std::lock_guard lock(m_mutex);
    const FileLock fileLock(m_path);
    QByteArray text;
    for (const QJsonObject &kept : entries()) {
        if (keep(kept))
            text += QJsonDocument(kept).toJson(QJsonDocument::Compact) + '\n';
    }
    for (const QJsonObject &entry : added)
        text += QJsonDocument(entry).toJson(QJsonDocument::Compact) + '\n';
    // Written beside the journal and put in its place at once: a crash leaves the old one.
    QSaveFile file(m_path);
    if (!file.open(QIODevice::WriteOnly))
        return false;
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    handToFolderOwner(m_path, int(file.handle()));
    file.write(text);
    return file.commit();
}
