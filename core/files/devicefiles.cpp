// SPDX-License-Identifier: GPL-3.0-or-later
#include "devicefiles.h"

#include "contenthash.h"
#include "filetypes.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QImageReader>
#include <QImageWriter>
#include <QMimeDatabase>
#include <QPainter>
#include <QSaveFile>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace {
constexpr qint64 chunkBytes = qint64(256) * 1024;

}

DeviceFiles::DeviceFiles(const QString &folder)
    : m_folder(folder)
{
    QDir().mkpath(m_folder);
}

QString DeviceFiles::pathOf(const QString &hash) const
{
    return QDir(m_folder).filePath(hash);
}

bool DeviceFiles::has(const QString &hash) const
{
    return FileTypes::isContentName(hash) && QFile::exists(pathOf(hash));
}

DeviceFiles::Kept DeviceFiles::addPhoto(const QString &path)
{
    QImageReader reader(path);
    reader.setAutoTransform(true); // turned as the camera was held (EXIF orientation)
    const QSize stored = reader.size();
    if (!reader.canRead() || !stored.isValid())
        return { {}, {}, 0, tr("This is not a photo the app can read.") };
    const int longSide = qMax(stored.width(), stored.height());
    if (longSide > longestSide)
        reader.setScaledSize(stored.scaled(longestSide, longestSide, Qt::KeepAspectRatio));
    QImage image = reader.read();
    if (image.isNull())
        return { {}, {}, 0, tr("This is not a photo the app can read.") };
    if (image.hasAlphaChannel()) { // JPEG has none: on white, as the photo would be printed
        QImage flat(image.size(), QImage::Format_RGB32);
        flat.fill(Qt::white);
        QPainter(&flat).drawImage(0, 0, image);
        image = flat;
    }
    // Written anew: Qt's JPEG writer puts no metadata into the file, so the location, the
    // camera and the time stay behind.
    const QString temporary
        = QDir(m_folder).filePath(u"."_s + QUuid::createUuid().toString(QUuid::Id128));
    QSaveFile file(temporary); // on the disk, not only in its cache, once committed
    QImageWriter writer(&file, "jpeg");
    writer.setQuality(jpegQuality);
    writer.setOptimizedWrite(true);
    if (!file.open(QIODevice::WriteOnly) || !writer.write(image) || !file.commit())
        return { {}, {}, 0, tr("The photo could not be saved on this device.") };
    return keep(temporary, u"image/jpeg"_s);
}

DeviceFiles::Kept DeviceFiles::addDocument(const QString &path, const QString &mediaType)
{
    QFile source(path);
    if (!FileTypes::isAccepted(mediaType) || !source.open(QIODevice::ReadOnly))
        return { {}, {}, 0, tr("The app keeps photos, PDFs and office documents.") };
    if (!FileTypes::beginsAs(mediaType, source.peek(16)))
        return { {}, {}, 0, tr("The file is not of the kind its name says.") };
    const QString temporary
        = QDir(m_folder).filePath(u"."_s + QUuid::createUuid().toString(QUuid::Id128));
    QSaveFile copy(temporary);
    bool ok = copy.open(QIODevice::WriteOnly);
    while (ok && !source.atEnd()) {
        const QByteArray chunk = source.read(chunkBytes);
        ok = !chunk.isEmpty() && copy.write(chunk) == chunk.size();
    }
    if (!ok || !copy.commit())
        return { {}, {}, 0, tr("The file could not be saved on this device.") };
    return keep(temporary, mediaType);
}

DeviceFiles::Kept DeviceFiles::adopt(
    const QString &temporary, const QString &hash, const QString &mediaType)
{
    return place(temporary, hash, mediaType);
}

DeviceFiles::Kept DeviceFiles::addPicked(const QString &path)
{
    const QString mediaType = QMimeDatabase().mimeTypeForFile(path).name();
    return isPhoto(mediaType) ? addPhoto(path) : addDocument(path, mediaType);
}

QString DeviceFiles::nameFor(const QString &pickedName, const Kept &kept)
{
    if (!isPhoto(kept.mediaType) || pickedName.endsWith(u".jpg"_s, Qt::CaseInsensitive)
        || pickedName.endsWith(u".jpeg"_s, Qt::CaseInsensitive))
        return pickedName;
    const qsizetype dot = pickedName.lastIndexOf(u'.');
    return (dot > 0 ? pickedName.left(dot) : pickedName) + u".jpg"_s;
}

QString DeviceFiles::partialPathOf(const QString &hash) const
{
    return m_folder + u"/"_s + hash + u".part"_s;
}

DeviceFiles::Kept DeviceFiles::keep(const QString &temporary, const QString &mediaType)
{
    const QString hash = ContentHash::ofFile(temporary);
    if (hash.isEmpty()) {
        QFile::remove(temporary);
        return { {}, {}, 0, tr("The file could not be saved on this device.") };
    }
    return place(temporary, hash, mediaType);
}

DeviceFiles::Kept DeviceFiles::place(
    const QString &temporary, const QString &hash, const QString &mediaType)
{
    const qint64 size = QFileInfo(temporary).size();
    // The same contents kept before: kept once.
    if (QFile::exists(pathOf(hash)))
        QFile::remove(temporary);
    else if (!QFile::rename(temporary, pathOf(hash))) {
        QFile::remove(temporary);
        return { {}, {}, 0, tr("The file could not be saved on this device.") };
    }
    return { hash, mediaType, size, {} };
}
