// SPDX-License-Identifier: GPL-3.0-or-later
#include "filehandoff.h"

#include "filetypes.h"

#include <QDir>
#include <QFileInfo>
#include <QSaveFile>
#include <QStandardPaths>

FileHandoff::FileHandoff(Opener open)
    : m_open(std::move(open))
{
}

QString FileHandoff::Result::message() const
{
    if (!error.isEmpty())
        return error;
    //: %1 is the file's name
    return opened ? tr("Saved in your downloads folder as %1 and opened.").arg(file.fileName())
                  //: %1 is the file's name
                  : tr("Saved in your downloads folder as %1.").arg(file.fileName());
}

FileHandoff::Result FileHandoff::handOver(const QByteArray &content, const QString &fileName) const
{
    Result result;
    result.file = fileFor(fileName);
    QDir().mkpath(QFileInfo(result.file.toLocalFile()).absolutePath());
    result.error = save(content, result.file);
    result.opened = result.error.isEmpty() && m_open(result.file);
    return result;
}

FileHandoff::Result FileHandoff::handOverCopy(const QString &path, const QString &fileName) const
{
    Result result;
    result.file = fileFor(FileTypes::safeFileName(fileName));
    const QString target = result.file.toLocalFile();
    QDir().mkpath(QFileInfo(target).absolutePath());
    // The person's copy of an earlier opening is replaced by the file as it is now.
    QFile::remove(target);
    if (!QFile::copy(path, target))
        result.error = tr("The file could not be saved in your downloads folder.");
    result.opened = result.error.isEmpty() && m_open(result.file);
    return result;
}

QUrl FileHandoff::fileFor(const QString &fileName)
{
    QString folder = QStandardPaths::writableLocation(QStandardPaths::DownloadLocation);
    if (folder.isEmpty())
        folder = QStandardPaths::writableLocation(QStandardPaths::HomeLocation);
    return QUrl::fromLocalFile(QDir(folder).filePath(fileName));
}

QString FileHandoff::save(const QByteArray &content, const QUrl &file)
{
    if (!file.isLocalFile())
        return tr("The file can only be saved in a folder on this device.");
    QSaveFile out(file.toLocalFile());
    if (!out.open(QIODevice::WriteOnly) || out.write(content) != content.size() || !out.commit())
        //: %1 is the reason the system gives
        return tr("The file could not be saved: %1").arg(out.errorString());
    return {};
}
