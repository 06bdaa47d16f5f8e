// SPDX-License-Identifier: GPL-3.0-or-later
// The files on the device: a photo taken with its location, the camera's name and turned on
// its side comes out upright, at most 2,048 pixels long, as JPEG, without any of that metadata
// — read back with ExifTool, the reference program for image metadata; documents are kept as
// they are, under the SHA-256 that sha256sum gives; what is not of its kind is refused.
#include "contenthash.h"
#include "devicefiles.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QImage>
#include <QImageReader>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

class TestDeviceFiles : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    /// What ExifTool reads from @p path: every tag, by group and name.
    static QJsonObject exifTool(const QString &path)
    {
        QProcess tool;
        tool.start(u"exiftool"_s, { u"-json"_s, u"-G1"_s, u"-n"_s, path });
        if (!tool.waitForFinished(20000) || tool.exitCode() != 0)
            return {};
        return QJsonDocument::fromJson(tool.readAllStandardOutput()).array().first().toObject();
    }

    static bool hasTagOf(const QJsonObject &tags, const QString &group)
    {
        for (auto it = tags.begin(); it != tags.end(); ++it) {
            if (it.key().startsWith(group + u':'))
                return true;
        }
        return false;
    }

private Q_SLOTS:
    /// The hash that names a file is SHA-256 as FIPS 180-2 gives it (its example vectors),
    /// whichever library computes it, and the same whether the file comes whole or in parts.
    void aFilesNameIsItsSha256()
    {
        QTemporaryDir dir;
        const auto write = [&dir](const QString &name, const QByteArray &contents) {
            QFile file(dir.filePath(name));
            return file.open(QIODevice::WriteOnly) && file.write(contents) == contents.size()
                ? file.fileName()
                : QString();
        };
        QCOMPARE(ContentHash::ofFile(write(u"abc"_s, "abc")),
            u"ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"_s);
        QCOMPARE(ContentHash::ofFile(write(u"million"_s, QByteArray(1000000, 'a'))),
            u"cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0"_s);
        QCOMPARE(ContentHash::ofFile(write(u"empty"_s, {})),
            u"e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"_s);
        ContentHash parts;
        for (int i = 0; i < 10; ++i)
            parts.addData(QByteArray(100000, 'a'));
        QCOMPARE(QString::fromLatin1(parts.result().toHex()),
            u"cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0"_s);
        QVERIFY(ContentHash::ofFile(dir.filePath(u"not-there"_s)).isEmpty());
    }

    void aPhotoLeavesItsLocationBehindAndStandsUpright()
    {
        // A photo 4,000 × 3,000 as stored, taken with the phone held upright (EXIF
        // orientation 6: turn 90° clockwise to show), with its place and camera.
        QImage taken(4000, 3000, QImage::Format_RGB32);
        taken.fill(QColor(200, 80, 40));
        const QString path = m_dir.filePath(u"taken.jpg"_s);
        QVERIFY(taken.save(path, "jpeg"));
        QProcess tool;
        tool.start(u"exiftool"_s,
            { u"-overwrite_original"_s, u"-GPSLatitude=51.2277"_s, u"-GPSLatitudeRef=N"_s,
                u"-GPSLongitude=6.7735"_s, u"-GPSLongitudeRef=E"_s, u"-Make=Phonemaker"_s,
                u"-Model=Phone 7"_s, u"-DateTimeOriginal=2026:11:26 10:15:00"_s,
                u"-Orientation#=6"_s, path });
        QVERIFY(tool.waitForFinished(20000));
        QCOMPARE(tool.exitCode(), 0);
        const QJsonObject before = exifTool(path);
        QVERIFY(before.contains(u"GPS:GPSLatitude"_s)); // the tool saw what it wrote
        QVERIFY(before.contains(u"IFD0:Make"_s));

        DeviceFiles files(m_dir.filePath(u"files"_s));
        const auto kept = files.addPhoto(path);
        QVERIFY2(kept.error.isEmpty(), qPrintable(kept.error));
        QCOMPARE(kept.mediaType, u"image/jpeg"_s);
        const QString out = files.pathOf(kept.hash);
        const QJsonObject after = exifTool(out);
        QVERIFY(!after.isEmpty());
        QCOMPARE(after.value(u"File:FileType"_s).toString(), u"JPEG"_s);
        QVERIFY2(!hasTagOf(after, u"GPS"_s), QJsonDocument(after).toJson().constData());
        QVERIFY(!hasTagOf(after, u"ExifIFD"_s));
        QVERIFY(!hasTagOf(after, u"IFD0"_s));
        QVERIFY(!hasTagOf(after, u"XMP"_s));
        // Upright and at most 2,048 pixels long.
        QCOMPARE(after.value(u"File:ImageWidth"_s).toInt(), 1536);
        QCOMPARE(after.value(u"File:ImageHeight"_s).toInt(), 2048);
        // Named by its contents, as sha256sum names them.
        QFile written(out);
        QVERIFY(written.open(QIODevice::ReadOnly));
        QCOMPARE(
            QString::fromLatin1(
                QCryptographicHash::hash(written.readAll(), QCryptographicHash::Sha256).toHex()),
            kept.hash);
        QCOMPARE(kept.size, QFileInfo(out).size());
    }

    void aSmallPhotoKeepsItsSizeAndTheSamePhotoIsKeptOnce()
    {
        QImage small(800, 600, QImage::Format_ARGB32);
        small.fill(QColor(0, 0, 255, 128)); // see-through: put on white
        const QString path = m_dir.filePath(u"small.png"_s);
        QVERIFY(small.save(path, "png"));
        DeviceFiles files(m_dir.filePath(u"small"_s));
        const auto first = files.addPhoto(path);
        const auto again = files.addPhoto(path);
        QVERIFY(first.error.isEmpty());
        QCOMPARE(again.hash, first.hash);
        QImageReader back(files.pathOf(first.hash));
        QCOMPARE(back.format(), QByteArray("jpeg"));
        QCOMPARE(back.size(), QSize(800, 600));
        const QColor pixel = back.read().pixelColor(10, 10);
        QVERIFY(pixel.red() > 100 && pixel.blue() > 200); // half blue on white
        // One file, nothing half-written left beside it.
        QCOMPARE(QDir(m_dir.filePath(u"small"_s)).entryList(QDir::Files | QDir::Hidden).size(), 1);
    }

    void aDocumentIsKeptAsItIsAndWhatIsNotItsKindIsRefused()
    {
        DeviceFiles files(m_dir.filePath(u"documents"_s));
        QByteArray pdf = "%PDF-1.7\n";
        for (int i = 0; i < 100000; ++i)
            pdf += "% line " + QByteArray::number(i) + '\n';
        const QString path = m_dir.filePath(u"handout.pdf"_s);
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(pdf);
        file.close();
        const auto kept = files.addDocument(path, u"application/pdf"_s);
        QVERIFY(kept.error.isEmpty());
        QProcess sum;
        sum.start(u"sha256sum"_s, { files.pathOf(kept.hash) });
        QVERIFY(sum.waitForFinished(10000));
        QCOMPARE(QString::fromLatin1(sum.readAllStandardOutput().left(64)), kept.hash);
        QCOMPARE(kept.size, pdf.size());
        // The same PDF said to be a Word document, a kind the app does not keep, and a text
        // file said to be a photo.
        QVERIFY(
            !files
                 .addDocument(path,
                     u"application/vnd.openxmlformats-officedocument.wordprocessingml.document"_s)
                 .error.isEmpty());
        QVERIFY(!files.addDocument(path, u"application/x-msdownload"_s).error.isEmpty());
        QVERIFY(!files.addPhoto(path).error.isEmpty());
        QVERIFY(!files.addPhoto(m_dir.filePath(u"gone.jpg"_s)).error.isEmpty());
    }
};

QTEST_MAIN(TestDeviceFiles)
#include "tst_devicefiles.moc"
