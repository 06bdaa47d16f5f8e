// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>

/// The files on this device — photos and documents of entries, materials kept offline — in a
/// folder of their own, each named by the SHA-256 of its contents, so that the same file is
/// kept and sent once. A photo is made ready to share before it is kept: turned as it was
/// taken, scaled to at most 2,048 pixels on its long side and written anew as JPEG, which
/// leaves its location and every other piece of metadata behind. Files are read and written
/// in chunks; a photo is decoded at the size it will have.
class DeviceFiles
{
    Q_DECLARE_TR_FUNCTIONS(DeviceFiles)
public:
    explicit DeviceFiles(const QString &folder);

    static constexpr int longestSide = 2048;
    static constexpr int jpegQuality = 85;

    /// A file kept, or why not (@ref error for people; empty when kept).
    struct Kept
    {
        QString hash;
        QString mediaType;
        qint64 size = 0;
        QString error;
    };

    /// The photo at @p path (JPEG, PNG or another kind Qt reads), made ready to share.
    Kept addPhoto(const QString &path);
    /// The document at @p path (PDF, office document) as it is, if it is of @p mediaType.
    Kept addDocument(const QString &path, const QString &mediaType);
    /// A file the person picked: a photo if it is an image, else a document of the kind its
    /// contents and name say.
    Kept addPicked(const QString &path);
    static bool isPhoto(const QString &mediaType) { return mediaType.startsWith(u"image/"); }
    /// The name a kept file goes by, from the name of the file it was made from: a photo is
    /// a JPEG now ("Flipchart.png" → "Flipchart.jpg").
    static QString nameFor(const QString &pickedName, const Kept &kept);

    /// A file that arrived from the server at @p temporary (a path partialPathOf() gave),
    /// whole and checked against its name @p hash as it arrived (FileDownload does that, so
    /// that a large file is not read from the disk a second time), kept under that name.
    Kept adopt(const QString &temporary, const QString &hash, const QString &mediaType);
    /// Where a file on its way from the server is written until it is whole.
    QString partialPathOf(const QString &hash) const;
    QString pathOf(const QString &hash) const;
    bool has(const QString &hash) const;

private:
    /// Moves @p temporary into the folder under the SHA-256 of its contents.
    Kept keep(const QString &temporary, const QString &mediaType);
    /// Moves @p temporary, whose contents are named @p hash, into the folder.
    Kept place(const QString &temporary, const QString &hash, const QString &mediaType);
    QString m_folder;
};
