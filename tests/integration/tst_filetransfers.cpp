// SPDX-License-Identifier: GPL-3.0-or-later
// Photos and files on log entries, from one app to another through the real ews-server over
// TLS: the entry goes at once, its photo follows once the server has it whole and checked; a
// colleague's app fetches it byte for byte; a file the server refuses leaves the entry and the
// other files as they are; a server restored from a backup that lacks a file gets it again
// from the device that added it.
#include "appdevice.h"
#include "ids.h"
#include "materialdesk.h"
#include "materialsmodel.h"
#include "noterepository.h"
#include "projectrepository.h"
#include "records.h"

#include <QCryptographicHash>
#include <QDir>
#include <QElapsedTimer>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

namespace {
QByteArray contentsOf(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}
}

class TestFileTransfers : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<ServerProcess> m_server;
    QString m_municipality;
    int m_devices = 0;

    std::unique_ptr<AppDevice> device(const QString &name)
    {
        const QString folder = m_dir.filePath(u"device-%1"_s.arg(++m_devices));
        QDir().mkpath(folder);
        auto app = std::make_unique<AppDevice>(folder);
        if (!signInAppAndSync(*app, *m_server, m_municipality, name))
            return {};
        return app;
    }

    /// A log entry written on @p app; its id.
    QString writeEntry(AppDevice &app, const QString &text)
    {
        LogEntry entry;
        entry.entryDate = QDate(2026, 11, 21);
        entry.text = text;
        ProjectRepository projects(app.replica.database());
        if (!projects.addLogEntryTo(m_municipality, &entry, app.clock.now()))
            return {};
        return entry.id;
    }

    /// A photo as a phone's camera gives it, @p width pixels wide, with its own colours.
    QString takePhoto(int width, int seed)
    {
        QImage photo(width, width * 3 / 4, QImage::Format_RGB32);
        for (int y = 0; y < photo.height(); ++y) {
            for (int x = 0; x < photo.width(); ++x)
                photo.setPixel(x, y, qRgb((x * seed) % 256, (y + seed) % 256, (x ^ y) % 256));
        }
        const QString path = m_dir.filePath(u"photo-%1.png"_s.arg(seed));
        return photo.save(path) ? path : QString();
    }

    /// Adds the file @p kept to log entry @p entryId on @p app, as the entry's screen does; the
    /// attachment's id.
    static QString attach(AppDevice &app, const QString &entryId, const DeviceFiles::Kept &kept,
        const QString &fileName)
    {
        return add(app, Records::Attachment::entity,
            { { Records::Attachment::logEntryId, entryId } }, kept, fileName);
    }

    /// Adds a record of @p entity on @p parent for the file @p kept on @p app; its id.
    static QString add(AppDevice &app, const QString &entity, QJsonObject parent,
        const DeviceFiles::Kept &kept, const QString &fileName)
    {
        if (!kept.error.isEmpty() || !app.cache.note(kept, false, app.clock.now()))
            return {};
        const QString id = QUuid::createUuid().toString(QUuid::WithoutBraces);
        parent.insert(Records::FileFields::hash, kept.hash);
        parent.insert(Records::FileFields::size, kept.size);
        parent.insert(Records::FileFields::mediaType, kept.mediaType);
        parent.insert(Records::FileFields::fileName, fileName);
        return app.records.add(entity, id, parent, app.clock.now()) ? id : QString();
    }

    /// Signs @p app in as another device of @p personId; whether its first sync ended well.
    bool signInAsAnotherDevice(AppDevice &app, const QString &personId)
    {
        const QString code
            = ServerProcess::codeIn(m_server->command({ u"invite-device"_s, personId }));
        const QString server = m_server->base().toString();
        const QString fingerprint = signInApp(app, server, code).at(2).toString();
        return signInApp(app, server, code, fingerprint).at(0).toString().isEmpty()
            && appSynced(app);
    }

    /// Lets @p app send what waits: every file up (or refused for good), then the records that
    /// followed them sent, whichever sync was running while each file arrived.
    static bool sendFiles(AppDevice &app)
    {
        app.transfers.sendWaiting();
        QElapsedTimer waited;
        waited.start();
        while ((app.transfers.running() > 0 || !app.records.toSend().isEmpty())
            && waited.elapsed() < 30000)
            QTest::qWait(20);
        for (int round = 0; round < 5; ++round) {
            if (!syncNow(app))
                return false;
            if (app.changeLog.pendingCount() == 0)
                return true;
        }
        return false;
    }

    static bool syncNow(AppDevice &app)
    {
        app.controller.syncNow();
        return appSynced(app);
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_server = std::make_unique<ServerProcess>(m_dir.filePath(u"server"_s),
            QStringList { u"--syncs-per-minute"_s, u"100000"_s }
                + ServerProcess::databaseArguments(u"filetransfers"_s));
        m_municipality = m_server->command({ u"add-municipality"_s, u"Musterstadt"_s });
        m_server->setExtraArguments({ u"--file-limit-mb"_s, u"2"_s });
        m_server->keepPort(); // the apps keep its address across a restore
        QVERIFY(m_server->start());
    }

    void aPhotoFollowsItsEntryAndReachesAColleagueWhole()
    {
        const auto erika = device(u"Erika"_s);
        const auto jonas = device(u"Jonas"_s);
        QVERIFY(erika && jonas);
        const QString entry = writeEntry(*erika, u"Flyer gedruckt"_s);
        const auto kept = erika->files.addPhoto(takePhoto(3000, 7));
        const QString photo = attach(*erika, entry, kept, u"Flyer.jpg"_s);
        QVERIFY(!photo.isEmpty());
        // Shown at once on Erika's phone, as waiting for its file.
        const auto shown = erika->records.attachmentsOf(entry);
        QCOMPARE(shown.size(), 1);
        QVERIFY(shown.first().waiting);

        // The entry goes with the next sync; the photo does not go before its file.
        QVERIFY(syncNow(*erika));
        QVERIFY(syncNow(*jonas));
        QCOMPARE(ProjectRepository(jonas->replica.database())
                     .logEntries(Ids::projectIdFor(m_municipality))
                     .size(),
            1);
        QVERIFY(jonas->records.attachmentsOf(entry).isEmpty());

        // Once the file is on the server, the photo's record goes, and Jonas's app fetches it.
        QVERIFY(sendFiles(*erika));
        QVERIFY(!erika->records.attachmentsOf(entry).first().waiting);
        QVERIFY(syncNow(*jonas));
        const auto arrived = jonas->records.attachmentsOf(entry);
        QCOMPARE(arrived.size(), 1);
        QCOMPARE(arrived.first().fields.value(Records::FileFields::hash).toString(), kept.hash);
        QVERIFY(!jonas->files.has(kept.hash));
        QSignalSpy fetched(&jonas->transfers, &FileTransfers::fetched);
        jonas->transfers.fetch(Records::Attachment::entity, photo);
        QVERIFY(fetched.wait(30000));
        QCOMPARE(fetched.first().at(0).toString(), kept.hash);
        QCOMPARE(
            contentsOf(jonas->files.pathOf(kept.hash)), contentsOf(erika->files.pathOf(kept.hash)));
        QVERIFY(!QFile::exists(jonas->files.partialPathOf(kept.hash)));
        // Erika's copy may now leave her phone when room is needed: the server has it.
        QCOMPARE(erika->cache.evictTo(0), QStringList { kept.hash });
    }

    void aFileHalfFetchedGoesOnAndADamagedOneIsFetchedAgain()
    {
        // What a killed app leaves: the first part of a file on the disk. The download goes
        // on from there (in parts of 64 KiB, two asked at a time) and checks the whole against
        // its name as the parts arrive — with the part that was there read once more; a part
        // spoilt on the disk meanwhile makes the whole another file, fetched again from the
        // start, never kept as the one named.
        const auto erika = device(u"Erika"_s);
        const auto jonas = device(u"Jonas"_s);
        QVERIFY(erika && jonas);
        constexpr qint64 partBytes = qint64(64) * 1024;
        jonas->transfers.setChunkBytes(partBytes);
        const QString entry = writeEntry(*erika, u"Plakat im Rathaus"_s);
        const auto kept = erika->files.addPhoto(takePhoto(2400, 11));
        const QByteArray photo = contentsOf(erika->files.pathOf(kept.hash));
        QVERIFY2(photo.size() > 4 * partBytes, "a photo of several parts");
        const QString first = attach(*erika, entry, kept, u"Plakat.jpg"_s);
        QVERIFY(sendFiles(*erika));
        QVERIFY(syncNow(*jonas));

        for (const bool spoilt : { false, true }) {
            QByteArray left = photo.left(photo.size() / 2 + 1000);
            if (spoilt)
                left[100] = char(left.at(100) ^ 0x5a);
            QFile partial(jonas->files.partialPathOf(kept.hash));
            QVERIFY(partial.open(QIODevice::WriteOnly));
            QCOMPARE(partial.write(left), left.size());
            partial.close();
            // How far the download stood each time it moved: never behind what was there,
            // unless what was there was spoilt.
            qint64 lowest = photo.size();
            const auto watch = connect(&jonas->transfers, &FileTransfers::changed, this, [&] {
                const auto progress
                    = jonas->transfers.progressOf(Records::Attachment::entity, first);
                if (progress.running)
                    lowest = qMin(lowest, progress.done);
            });
            QSignalSpy fetched(&jonas->transfers, &FileTransfers::fetched);
            jonas->transfers.fetch(Records::Attachment::entity, first);
            QVERIFY(fetched.wait(30000));
            disconnect(watch);
            QCOMPARE(fetched.first().at(0).toString(), kept.hash);
            QCOMPARE(contentsOf(jonas->files.pathOf(kept.hash)), photo);
            if (spoilt)
                QVERIFY2(lowest < left.size(), "fetched again from the start");
            else
                QVERIFY2(lowest >= left.size(), "gone on from where the file on the disk ended");
            QVERIFY(!QFile::exists(jonas->files.partialPathOf(kept.hash)));
            QVERIFY(QFile::remove(jonas->files.pathOf(kept.hash))); // fetched again next round
        }
    }

    void aRefusedFileLeavesTheEntryAndTheOtherFiles()
    {
        const auto mia = device(u"Mia"_s);
        QVERIFY(mia);
        const QString entry = writeEntry(*mia, u"Protokoll und Foto vom Treffen"_s);
        // A 3 MB PDF over the server's limit of 2 MB, then a photo.
        QByteArray pdf("%PDF-1.7\n");
        pdf += QByteArray(3 * 1000 * 1000, 'x');
        const QString pdfPath = m_dir.filePath(u"Protokoll.pdf"_s);
        QFile file(pdfPath);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(pdf);
        file.close();
        const QString minutes = attach(
            *mia, entry, mia->files.addDocument(pdfPath, u"application/pdf"_s), u"Protokoll.pdf"_s);
        const QString photo
            = attach(*mia, entry, mia->files.addPhoto(takePhoto(800, 3)), u"Treffen.jpg"_s);
        QVERIFY(!minutes.isEmpty() && !photo.isEmpty());
        QVERIFY(sendFiles(*mia));
        const auto refused = mia->records.record(Records::Attachment::entity, minutes);
        QVERIFY(refused && refused->waiting && refused->refused);
        QVERIFY2(refused->problem.contains(u"larger"_s), qPrintable(refused->problem));
        QVERIFY(!mia->records.record(Records::Attachment::entity, photo)->waiting);
        // The entry and the photo are everyone's; the refused file stays on Mia's phone only,
        // with what went wrong, and is not tried again.
        const auto jonas = device(u"Jonas M."_s);
        QVERIFY(jonas);
        const auto arrived = jonas->records.attachmentsOf(entry);
        QCOMPARE(arrived.size(), 1);
        QCOMPARE(arrived.first().id, photo);
        QCOMPARE(mia->records.toSend().size(), 0);
        // The operator raises the limit; Mia sends it again ("Nochmal versuchen"), and it
        // goes like any other.
        m_server->kill();
        m_server->setExtraArguments({ u"--file-limit-mb"_s, u"5"_s });
        QVERIFY(m_server->start());
        QVERIFY(mia->records.tryAgain(Records::Attachment::entity, minutes));
        QVERIFY(!mia->records.tryAgain(Records::Attachment::entity, photo)); // never refused
        QVERIFY(sendFiles(*mia));
        QVERIFY(!mia->records.record(Records::Attachment::entity, minutes)->waiting);
        QVERIFY(syncNow(*jonas));
        QCOMPARE(jonas->records.attachmentsOf(entry).size(), 2);
    }

    /// A module's materials are on the device in the days around it without being asked for;
    /// others only when kept offline (or opened).
    void aModulesMaterialsAreFetchedInTheDaysAroundIt()
    {
        const auto olga = device(u"Olga"_s);
        const auto mia = device(u"Mia M."_s);
        QVERIFY(olga && mia);
        // The materials' screens of a device, as the app builds them.
        struct Pool
        {
            explicit Pool(AppDevice &app)
                : model(app.records, app.cache, app.settings)
                , desk(app.records, app.transfers, app.files, app.cache, model,
                      app.replica.programme(), app.settings, app.clock,
                      [](const QUrl &) { return false; })
            {
            }
            MaterialsModel model;
            MaterialDesk desk;
        };
        Pool olgas(*olga);
        QByteArray pdf("%PDF-1.7\n");
        pdf += QByteArray(50000, 'm');
        for (const auto &[name, module] :
            { std::pair { u"Modul2.pdf"_s, 2 }, { u"Modul3.pdf"_s, 3 } }) {
            QFile file(m_dir.filePath(name));
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(pdf + name.toLatin1());
            file.close();
            QCOMPARE(olgas.desk.post(u"Folien "_s + name, {}, module, {}, {},
                         QUrl::fromLocalFile(file.fileName())),
                QString());
        }
        QVERIFY(sendFiles(*olga));
        QVERIFY(syncNow(*mia));
        const auto materials = mia->records.materials();
        QCOMPARE(materials.size(), 2);
        QString second;
        QString third;
        for (const auto &material : materials)
            (material.fields.value(Records::Material::moduleNumber).toInteger() == 2 ? second
                                                                                     : third)
                = material.fields.value(Records::FileFields::hash).toString();
        // Three days before module 2's first day (26 November): module 2's, not module 3's.
        mia->clock.setNow(QDateTime(QDate(2026, 11, 23), QTime(8, 0), Qt::UTC));
        Pool mias(*mia);
        QSignalSpy fetched(&mia->transfers, &FileTransfers::fetched);
        mias.desk.fetchWhatIsWanted();
        QVERIFY(fetched.wait(30000));
        QTest::qWait(200);
        QVERIFY(mia->files.has(second));
        QVERIFY(!mia->files.has(third));
        // Kept offline: fetched whatever the day.
        for (const auto &material : materials) {
            if (material.fields.value(Records::FileFields::hash).toString() == third)
                mias.desk.setKeptOffline(material.id, true);
        }
        QVERIFY(fetched.wait(30000));
        QVERIFY(mia->files.has(third));
    }

    /// A device whose sign-in is no good: its photo waits, said so, is not given up and not
    /// asked for again and again; signed in again, it goes.
    void aPhotoWaitsWhileTheDeviceIsSignedOut()
    {
        const auto lea = device(u"Lea"_s);
        QVERIFY(lea);
        const QString entry = writeEntry(*lea, u"Treffen im Rathaus"_s);
        const QString photo
            = attach(*lea, entry, lea->files.addPhoto(takePhoto(640, 21)), u"Rathaus.jpg"_s);
        QVERIFY(!photo.isEmpty());
        const QString token = lea->credentials.load().token;
        lea->transfers.setToken(u"not-a-token"_s);
        QSignalSpy changed(&lea->transfers, &FileTransfers::changed);
        lea->transfers.sendWaiting();
        QElapsedTimer waited;
        waited.start();
        while (lea->transfers.running() > 0 && waited.elapsed() < 10000)
            QTest::qWait(10);
        QCOMPARE(lea->transfers.running(), 0);
        QTest::qWait(300); // not started again by itself
        QCOMPARE(lea->transfers.running(), 0);
        const auto waiting = lea->records.record(Records::Attachment::entity, photo);
        QVERIFY(waiting && waiting->waiting && !waiting->refused);
        QVERIFY(!waiting->problem.isEmpty());
        lea->transfers.setToken(token);
        QVERIFY(sendFiles(*lea));
        QVERIFY(!lea->records.record(Records::Attachment::entity, photo)->waiting);
    }

    void aRestoredServerGetsTheFileAgainFromTheDeviceThatAddedIt()
    {
        const auto sam = device(u"Sam"_s);
        QVERIFY(sam);
        const QString entry = writeEntry(*sam, u"Plakat hängt"_s);
        QVERIFY(syncNow(*sam));
        const QString backup = m_dir.filePath(u"before-the-photo.backup"_s);
        QCOMPARE(m_server->backup(backup), QString());
        const auto kept = sam->files.addPhoto(takePhoto(1200, 11));
        const QString photo = attach(*sam, entry, kept, u"Plakat.jpg"_s);
        QVERIFY(sendFiles(*sam));
        // The server goes back to the backup: it has the entry, not the photo nor its file.
        QCOMPARE(m_server->restore(backup), QString());
        QVERIFY(m_server->start());
        // Sam's app notices, sends the record again, hears the file is missing, sends the file
        // and then the record.
        QVERIFY(syncNow(*sam));
        QVERIFY(sendFiles(*sam));
        const auto jonas = device(u"Jonas S."_s);
        QVERIFY(jonas);
        const auto arrived = jonas->records.attachmentsOf(entry);
        QCOMPARE(arrived.size(), 1);
        QCOMPARE(arrived.first().id, photo);
        QSignalSpy fetched(&jonas->transfers, &FileTransfers::fetched);
        jonas->transfers.fetch(Records::Attachment::entity, photo);
        QVERIFY(fetched.wait(30000));
        QCOMPARE(QCryptographicHash::hash(
                     contentsOf(jonas->files.pathOf(kept.hash)), QCryptographicHash::Sha256)
                     .toHex(),
            kept.hash.toLatin1());
    }

    /// A photo on a person's own note reaches their other device, byte for byte, and no one
    /// else's; a server restored to a backup from before the note gets the note first and
    /// then the photo again from the phone that took it.
    void aPhotoOnAnOwnNoteReachesTheOwnersOtherDeviceAlone()
    {
        const auto phone = device(u"Nora"_s);
        const auto colleague = device(u"Nils"_s);
        QVERIFY(phone && colleague);
        const QString backup = m_dir.filePath(u"before-the-note.backup"_s);
        QCOMPARE(m_server->backup(backup), QString());
        const QString nora = phone->settings.ownContactId();
        const QString note = NoteRepository(phone->replica.database())
                                 .noteForFiles(nora, u"event-modul-2"_s, phone->clock.now());
        QVERIFY(!note.isEmpty());
        const auto kept = phone->files.addPhoto(takePhoto(1000, 17));
        const QString photo = add(*phone, Records::NoteAttachment::entity,
            { { Records::NoteAttachment::noteId, note } }, kept, u"Flipchart.jpg"_s);
        QVERIFY(!photo.isEmpty());
        QVERIFY(syncNow(*phone));
        QVERIFY(sendFiles(*phone));
        QVERIFY(!phone->records.record(Records::NoteAttachment::entity, photo)->waiting);

        // The server goes back to before the note; the phone sends the note, then the photo.
        QCOMPARE(m_server->restore(backup), QString());
        QVERIFY(m_server->start());
        QVERIFY(syncNow(*phone));
        QVERIFY(sendFiles(*phone));
        QCOMPARE(phone->repository.rejectedCount(), 0);

        QVERIFY(QDir().mkpath(m_dir.filePath(u"nora-office"_s)));
        const auto office = std::make_unique<AppDevice>(m_dir.filePath(u"nora-office"_s));
        QVERIFY(signInAsAnotherDevice(*office, nora));
        const auto arrived = office->records.noteAttachmentsOf(note);
        QCOMPARE(arrived.size(), 1);
        QCOMPARE(arrived.first().id, photo);
        QSignalSpy fetched(&office->transfers, &FileTransfers::fetched);
        office->transfers.fetch(Records::NoteAttachment::entity, photo);
        QVERIFY(fetched.wait(30000));
        QCOMPARE(contentsOf(office->files.pathOf(kept.hash)),
            contentsOf(phone->files.pathOf(kept.hash)));
        // Nils's app never hears of it.
        QVERIFY(syncNow(*colleague));
        QVERIFY(colleague->records.noteAttachmentsOf(note).isEmpty());
        QVERIFY(!colleague->records.record(Records::NoteAttachment::entity, photo));
        // Her data as the operator exports it: the photo listed, and its contents beside.
        int exitCode = -1;
        const QString file = m_dir.filePath(u"nora-export"_s);
        m_server->command({ u"export-person"_s, nora, file }, &exitCode);
        QCOMPARE(exitCode, 0);
        QFile json(file + u".json"_s);
        QVERIFY(json.open(QIODevice::ReadOnly));
        const QJsonArray listed
            = QJsonDocument::fromJson(json.readAll()).object().value("files"_L1).toArray();
        QCOMPARE(listed.size(), 1);
        QCOMPARE(listed.first().toObject().value("fileName"_L1).toString(), u"Flipchart.jpg"_s);
        const QString written = file + u"-files/1-Flipchart.jpg"_s;
        QCOMPARE(contentsOf(written), contentsOf(phone->files.pathOf(kept.hash)));
        QCOMPARE(QFile(written).permissions() & (QFileDevice::ReadOther | QFileDevice::ReadGroup),
            QFileDevice::Permissions());
    }
};

QTEST_MAIN(TestFileTransfers)
#include "tst_filetransfers.moc"
