// SPDX-License-Identifier: GPL-3.0-or-later
// Photos on log entries and the materials pool as the screens use them, on a real replica and
// real files, without a server (nothing is sent): what is added is shown at once with its
// state, in the app's words; what may not be done is refused with a reason; a material is
// found by module and words; the room for files is kept.
#include "attachmentdesk.h"
#include "changelog.h"
#include "datenotes.h"
#include "devicefiles.h"
#include "devicestorage.h"
#include "filecache.h"
#include "filehandoff.h"
#include "filerecords.h"
#include "filetransfers.h"
#include "filetypes.h"
#include "materialdesk.h"
#include "materialsmodel.h"
#include "programmemodel.h"
#include "records.h"
#include "testreplica.h"

#include <QImage>
#include <QNetworkAccessManager>

using namespace Qt::StringLiterals;

namespace {
const QDateTime now(QDate(2026, 11, 20), QTime(10, 0), Qt::UTC);

/// The app's file services on one replica, as AppServices builds them.
struct Files
{
    explicit Files(TestReplica &test)
        : files(test.dir.filePath(u"files"_s))
        , cache(test.replica.database().connection(), files)
        , records(test.replica.database())
        , transfers(records, cache, files, network, test.clock)
        , attachments(records, transfers, files, cache, test.settings, test.clock, opener())
        , materials(records, cache, test.settings)
        , desk(records, transfers, files, cache, materials, test.replica.programme(), test.settings,
              test.clock, opener())
        , storage(cache, test.settings, test.context)
    {
    }
    FileHandoff::Opener opener()
    {
        return [this](const QUrl &file) {
            opened.append(file);
            return true;
        };
    }
    QNetworkAccessManager network;
    DeviceFiles files;
    FileCache cache;
    FileRecords records;
    FileTransfers transfers;
    AttachmentDesk attachments;
    MaterialsModel materials;
    MaterialDesk desk;
    DeviceStorage storage;
    QList<QUrl> opened;
};

QUrl photoIn(const QTemporaryDir &dir, const QString &name)
{
    QImage image(640, 480, QImage::Format_RGB32);
    image.fill(QColor(u"#3a7"_s));
    const QString path = dir.filePath(name);
    return image.save(path) ? QUrl::fromLocalFile(path) : QUrl();
}
}

class TestFileDesks : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void aPhotoOnAnEntryShowsAtOnceAsWaiting()
    {
        TestReplica test(now);
        test.settings.setOwnMunicipalityId(u"demo-musterstadt"_s);
        test.settings.setOwnContactId(u"demo-erika"_s);
        Files app(test);
        QCOMPARE(
            app.attachments.attachToEntry(u"demo-log-3"_s, photoIn(test.dir, u"Flipchart.png"_s)),
            QString());
        const QVariantList shown = app.attachments.of(u"demo-log-3"_s);
        QCOMPARE(shown.size(), 1);
        const QVariantMap photo = shown.first().toMap();
        QCOMPARE(photo.value(u"state"_s).toString(), u"waiting"_s);
        // (The words in English: no translation is loaded here.)
        QCOMPARE(photo.value(u"stateText"_s).toString(),
            u"Photo is sent as soon as there is a connection"_s);
        QVERIFY(photo.value(u"isPhoto"_s).toBool());
        QVERIFY(photo.value(u"mine"_s).toBool());
        // Made ready to share: a JPEG, named so.
        QCOMPARE(photo.value(u"fileName"_s).toString(), u"Flipchart.jpg"_s);
        QVERIFY(QUrl(photo.value(u"localUrl"_s).toString()).isLocalFile());
        // Nothing of it goes with the sync before its file.
        QCOMPARE(app.records.toSend().size(), 1);
        // Opened: handed on under its name, never the store's.
        const QString said = app.attachments.open(photo.value(u"id"_s).toString());
        QCOMPARE(app.opened.size(), 1);
        QCOMPARE(app.opened.first().fileName(), u"Flipchart.jpg"_s);
        QVERIFY(!said.isEmpty());
        // Removed before it was sent: gone, nothing to send.
        QCOMPARE(app.attachments.remove(photo.value(u"id"_s).toString()), QString());
        QVERIFY(app.attachments.of(u"demo-log-3"_s).isEmpty());
        QVERIFY(app.records.toSend().isEmpty());
    }

    /// A photo on the person's own note: the note is saved first (empty, if nothing was typed)
    /// and kept while a file is on it; the photo is the person's and waits for its file.
    void aPhotoOnAnOwnNoteKeepsTheNote()
    {
        TestReplica test(now);
        test.settings.setOwnMunicipalityId(u"demo-musterstadt"_s);
        test.settings.setOwnContactId(u"demo-erika"_s);
        Files app(test);
        ProgrammeModel programme(test.replica.programme(), test.context);
        DateNotes notes(
            test.replica.notes(), programme, test.replica.projects(), test.settings, test.context);
        const QString date = u"ews7-module-3-day-1"_s;
        QVERIFY(notes.noteId(date).isEmpty());
        QVERIFY(!app.attachments.attachToNote({}, photoIn(test.dir, u"Tafel.png"_s)).isEmpty());
        const QString note = notes.noteForFiles(date);
        QVERIFY(!note.isEmpty());
        QCOMPARE(notes.noteId(date), note);
        QCOMPARE(notes.noteForFiles(date), note); // the same note, not another
        QCOMPARE(app.attachments.attachToNote(note, photoIn(test.dir, u"Tafel.png"_s)), QString());
        const QVariantList shown = app.attachments.of(note);
        QCOMPARE(shown.size(), 1);
        const QVariantMap photo = shown.first().toMap();
        QVERIFY(photo.value(u"mine"_s).toBool());
        QCOMPARE(photo.value(u"state"_s).toString(), u"waiting"_s);
        QCOMPARE(app.records.toSend().size(), 1);
        QCOMPARE(app.records.toSend().first().entity, u"noteAttachment"_s);
        // The note goes first (its own change), the photo after its file.
        ChangeLog changes(test.replica.database().connection());
        QCOMPARE(changes.pending().last().entity, u"note"_s);
        QCOMPARE(changes.pending().last().operation, u"insert"_s);
        // Emptied while the photo is on it: the note stays.
        QCOMPARE(notes.save(date, u"Tafelbild"_s, QString()), QString());
        QCOMPARE(notes.save(date, QString(), QString()), QString());
        QCOMPARE(notes.noteId(date), note);
        QCOMPARE(app.attachments.of(note).size(), 1);
        // Without the photo, emptying it removes it.
        QCOMPARE(app.attachments.remove(photo.value(u"id"_s).toString()), QString());
        QCOMPARE(notes.save(date, QString(), QString()), QString());
        QVERIFY(notes.noteId(date).isEmpty());
        QCOMPARE(changes.pending().last().operation, u"delete"_s);
    }

    /// A file the server refused shows why and can be sent again once the cause is gone.
    void aRefusedFileCanBeTriedAgain()
    {
        TestReplica test(now);
        test.settings.setOwnMunicipalityId(u"demo-musterstadt"_s);
        test.settings.setOwnContactId(u"demo-erika"_s);
        Files app(test);
        QCOMPARE(app.attachments.attachToEntry(u"demo-log-3"_s, photoIn(test.dir, u"Plakat.png"_s)),
            QString());
        const QString id
            = app.attachments.of(u"demo-log-3"_s).first().toMap().value(u"id"_s).toString();
        QVERIFY(!app.attachments.tryAgain(id).isEmpty()); // not refused: nothing to try again
        QVERIFY(app.records.noteProblem(Records::Attachment::entity, id,
            u"The file is larger than the server takes (2 MB)."_s, true));
        QVariantMap shown = app.attachments.of(u"demo-log-3"_s).first().toMap();
        QCOMPARE(shown.value(u"state"_s).toString(), u"refused"_s);
        QCOMPARE(shown.value(u"stateText"_s).toString(),
            u"The file is larger than the server takes (2 MB)."_s);
        QVERIFY(app.records.toSend().isEmpty());
        QCOMPARE(app.attachments.tryAgain(id), QString());
        shown = app.attachments.of(u"demo-log-3"_s).first().toMap();
        QCOMPARE(shown.value(u"state"_s).toString(), u"waiting"_s);
        QCOMPARE(app.records.toSend().size(), 1);
    }

    void aColleaguesPhotoIsNotMineToRemove()
    {
        TestReplica test(now);
        test.settings.setOwnContactId(u"demo-erika"_s);
        Files app(test);
        QVERIFY(app.records.applyIncoming(Records::Attachment::entity, u"a-jonas"_s, false,
            { { Records::Attachment::logEntryId, u"demo-log-2"_s },
                { Records::Attachment::authorContactId, u"demo-jonas"_s },
                { Records::FileFields::hash, QString(64, u'b') },
                { Records::FileFields::size, 1000 },
                { Records::FileFields::mediaType, u"image/jpeg"_s },
                { Records::FileFields::fileName, u"Liste.jpg"_s } }));
        const QVariantMap theirs = app.attachments.of(u"demo-log-2"_s).first().toMap();
        QVERIFY(!theirs.value(u"mine"_s).toBool());
        // Not on the device: shown as to be fetched.
        QCOMPARE(theirs.value(u"state"_s).toString(), u"missing"_s);
        QVERIFY(theirs.value(u"localUrl"_s).toString().isEmpty());
        QVERIFY(!app.attachments.remove(u"a-jonas"_s).isEmpty());
        QCOMPARE(app.attachments.of(u"demo-log-2"_s).size(), 1);
        // A file of another's name is saved under a name of letters and digits only.
        QCOMPARE(FileTypes::safeFileName(u"../../.bashrc"_s), u"bashrc"_s);
        QCOMPARE(FileTypes::safeFileName(u"C:\\Users\\x\\Flyer (1).pdf"_s), u"Flyer-1.pdf"_s);
        QCOMPARE(FileTypes::safeFileName(u"Protokoll.tar.gz"_s), u"Protokoll-tar.gz"_s);
        QCOMPARE(FileTypes::safeFileName(u"..."_s), u"file"_s);
    }

    void materialsArePostedFoundAndKeptByRule()
    {
        TestReplica test(now);
        test.settings.setOwnContactId(u"demo-erika"_s);
        Files app(test);
        QCOMPARE(app.desk.post(u""_s, {}, 2, {}, u"https://example.org"_s, {}),
            u"Please give the material a title."_s);
        QCOMPARE(app.desk.post(u"Portal"_s, {}, 0, {}, u"http://example.org"_s, {}),
            u"A link begins with https:// and is one address."_s);
        QCOMPARE(app.desk.post(u"Beides"_s, {}, 0, {}, u"https://example.org"_s,
                     photoIn(test.dir, u"b.png"_s)),
            u"Please choose a file or give a link, one of them."_s);
        QCOMPARE(app.desk.post(u"Portal"_s, u"Das Landesportal"_s, 0, u"Netzwerke"_s,
                     u"https://www.engagiert-in-nrw.de"_s, {}),
            QString());
        QCOMPARE(app.desk.post(u"Flyer Lotsen"_s, u"Entwurf"_s, 3, u"Öffentlichkeitsarbeit"_s, {},
                     photoIn(test.dir, u"flyer.png"_s)),
            QString());
        // By module (module 3 first, those of no module last) and by words.
        QCOMPARE(app.materials.rowCount(), 2);
        QCOMPARE(modelColumn(app.materials, MaterialsModel::TitleRole),
            QStringList({ u"Flyer Lotsen"_s, u"Portal"_s }));
        app.materials.setModule(3);
        QCOMPARE(modelColumn(app.materials, MaterialsModel::TitleRole),
            QStringList { u"Flyer Lotsen"_s });
        app.materials.setModule(0);
        app.materials.setFilter(u"netzwerk"_s);
        QCOMPARE(
            modelColumn(app.materials, MaterialsModel::TitleRole), QStringList { u"Portal"_s });
        app.materials.setFilter({});
        // The link goes with the next sync; the flyer waits for its file.
        const QString flyer
            = app.materials.data(app.materials.index(0, 0), MaterialsModel::MaterialIdRole)
                  .toString();
        QVERIFY(
            app.materials.data(app.materials.index(0, 0), MaterialsModel::WaitingRole).toBool());
        QCOMPARE(app.records.toSend().size(), 1);
        // Changed by whoever posted it; an organiser's material is not a participant's to change.
        QCOMPARE(
            app.desk.change(flyer, u"Flyer: Lotsen gesucht"_s, u"Entwurf"_s, 3, {}), QString());
        QVERIFY(app.records.applyIncoming(Records::Material::entity, u"slides"_s, false,
            { { Records::Material::title, u"Folien"_s },
                { Records::Material::authorContactId, u"demo-olga"_s },
                { Records::FileFields::hash, QString(64, u'c') },
                { Records::FileFields::size, 2000 },
                { Records::FileFields::mediaType, u"application/pdf"_s },
                { Records::FileFields::fileName, u"Folien.pdf"_s } }));
        app.materials.reload();
        QVERIFY(!app.desk.change(u"slides"_s, u"Meine Folien"_s, {}, 2, {}).isEmpty());
        QVERIFY(!app.desk.remove(u"slides"_s).isEmpty());
        QCOMPARE(app.materials.get(u"slides"_s).value(u"title"_s).toString(), u"Folien"_s);
        // Kept offline before it was ever fetched: the wish stays.
        app.desk.setKeptOffline(u"slides"_s, true);
        QCOMPARE(app.cache.keptOffline(), QStringList { QString(64, u'c') });
        QVERIFY(app.materials.get(u"slides"_s).value(u"keptOffline"_s).toBool());
        QVERIFY(!app.materials.get(u"slides"_s).value(u"onDevice"_s).toBool());
    }

    void theRoomForFilesIsBounded()
    {
        TestReplica test(now);
        Files app(test);
        QCOMPARE(app.storage.limitMegabytes(), 500);
        app.storage.setLimitMegabytes(20);
        QCOMPARE(app.storage.limitMegabytes(), DeviceStorage::smallestMegabytes);
        app.storage.setLimitMegabytes(1000000);
        QCOMPARE(app.storage.limitMegabytes(), DeviceStorage::largestMegabytes);
        // Kept across a restart of the app.
        Files again(test);
        QCOMPARE(again.storage.limitMegabytes(), DeviceStorage::largestMegabytes);
        QCOMPARE(again.storage.usedText(), u"0,0 MB"_s);
    }
};

QTEST_MAIN(TestFileDesks)
#include "tst_filedesks.moc"
