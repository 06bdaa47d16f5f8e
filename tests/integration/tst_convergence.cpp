// SPDX-License-Identifier: GPL-3.0-or-later
// The randomised convergence harness: devices with real replicas and real sync engines make
// random edits of every kind and sync through a fault layer (drops, duplicates, delays,
// truncated and lost answers, server errors) with the real ews-server process, which is
// killed with SIGKILL now and then and once restored from an older backup; devices are
// killed too (everything not committed is lost), and their clocks disagree by up to a day.
// When the faults stop, every device syncs until quiet, and the harness checks that every
// device holds what the server holds, that every log entry ever saved exists everywhere,
// and that no participant sees a phone number that was not shared. Participants add photos to
// log entries and remove some again; the photos go through the same faults, in chunks, with
// their records after them: at the end every photo added and not removed is on the server and
// everywhere, its file whole (fetched and checked against its name), and no removed one is.
//
// With live channels on (EWS_CONVERGENCE_LIVE_SEEDS, default 4 and 5), every device also keeps
// the app's live channel open (LiveUpdates) and syncs whenever news of a change comes, as the
// app in the foreground does: syncs start by themselves between and during the harness's own
// steps, and the channels go down with every server kill and come back with back-off.
//
// Seeds: EWS_CONVERGENCE_SEEDS (default 1, 2, 3 and the seeds that found bugs), operations
// per seed: EWS_CONVERGENCE_STEPS (default 100). A failure names its seed; run again with just that
// one (with live channels, the syncs news starts depend on timing too, so a replay may differ).
#include "devicefiles.h"
#include "faultynetwork.h"
#include "filecache.h"
#include "filerecords.h"
#include "filetransfers.h"
#include "ids.h"
#include "liveupdates.h"
#include "records.h"
#include "serverprocess.h"
#include "serverrequest.h"
#include "testdevice.h"

#include <QCryptographicHash>
#include <QImage>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSqlRecord>
#include <QTemporaryDir>

using namespace Qt::StringLiterals;

namespace {
/// The app's files and their transfers, on its replica: gone with the app when it is killed.
struct AppFiles
{
    AppFiles(
        const QString &folder, Replica &replica, QNetworkAccessManager &network, const Clock &clock)
        : files(folder)
        , cache(replica.database().connection(), files)
        , records(replica.database())
        , transfers(records, cache, files, network, clock)
    {
    }
    DeviceFiles files;
    FileCache cache;
    FileRecords records;
    FileTransfers transfers;
};

/// One simulated device: who it is, its clock, its network, and its (killable) app.
struct SimulatedDevice
{
    QString name;
    QString file;
    QString token;
    QString municipality; ///< empty for the organiser
    QString contactId;
    std::unique_ptr<FixedClock> clock;
    /// Whether its network has faults (switched off to compare at the end).
    std::unique_ptr<std::atomic<bool>> faultsOn = std::make_unique<std::atomic<bool>>(true);
    /// Its line to the server, through a network with faults; it outlives a killed app.
    std::unique_ptr<SyncConnection> connection;
    /// The network its files go through, with faults of its own; it outlives a killed app.
    std::unique_ptr<FaultyNetwork> fileNetwork;
    std::unique_ptr<Device> app;
    std::unique_ptr<AppFiles> files;
    /// The app's live channel (seeds with live channels on), gone with the app.
    std::unique_ptr<LiveUpdates> live;
};

QStringList column(Device &device, const QString &sql)
{
    QStringList values;
    QSqlQuery query(device.replica.database().connection());
    query.exec(sql);
    while (query.next()) {
        QStringList row;
        for (int i = 0; i < query.record().count(); ++i)
            row.append(query.value(i).toString());
        values.append(row.join(u'|'));
    }
    return values;
}
}

class TestConvergence : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<ServerProcess> m_server;
    QRandomGenerator m_random;
    FaultCounts m_faults;
    std::vector<SimulatedDevice> m_devices;
    QHash<QString, QString> m_logEntries; ///< every log entry saved on any device: id → text
    QSet<QString> m_corrections; ///< every correction saved on any device: "entry id|text"
    /// Every text written into a step's title or notes: "step|field|text".
    QSet<QString> m_written;
    /// Every text an edit replaced knowingly (the edit's base), or a person hid: the same form.
    QSet<QString> m_letGo;
    QHash<QString, QString> m_photos; ///< every photo added on any device: attachment id → hash
    QSet<QString> m_photosRemoved; ///< those removed again
    /// Every photo added to a person's own note: attachment id → hash; and its device.
    QHash<QString, QString> m_notePhotos;
    QHash<QString, QString> m_notePhotoOwners;
    QString m_serverDir;
    QString m_backup;
    int m_logTotal = 0;
    int m_photoTotal = 0;
    int m_photosRemovedTotal = 0;
    int m_notePhotoTotal = 0;
    int m_operations = 0;
    int m_serverKills = 0;
    int m_deviceKills = 0;
    int m_restores = 0;
    bool m_liveOn = false;
    int m_syncsByNews = 0;
    /// What happened, in order: every edit of a step's text (with the step's id) and every
    /// kill, restart, backup, restore and forgotten deletion; printed for a text found gone.
    QStringList m_trace;

    void trace(const QString &what) { m_trace.append(u"%1: %2"_s.arg(m_operations).arg(what)); }

    int pick(int count) { return int(m_random.bounded(count)); }
    static QString textKey(const QString &step, const QString &field, const QString &text)
    {
        return step + u'|' + field + u'|' + text;
    }

    void startApp(SimulatedDevice &device)
    {
        device.live.reset(); // before the app whose positions it reads
        device.app = std::make_unique<Device>(device.file, *device.connection, *device.clock);
        device.app->engine.setServer(m_server->base(), { m_server->certificate() });
        device.app->engine.setToken(device.token);
        device.app->engine.setOwnMunicipality(device.municipality);
        device.files = std::make_unique<AppFiles>(
            device.file + u".files"_s, device.app->replica, *device.fileNetwork, *device.clock);
        device.files->transfers.setBackOff(10, 200);
        useServer(device);
        device.files->transfers.sendWaiting(); // as the app does when it starts
        if (m_liveOn)
            openLiveChannel(device);
    }

    void useServer(SimulatedDevice &device)
    {
        device.app->engine.setServer(m_server->base(), { m_server->certificate() });
        device.files->transfers.setServer(m_server->base(), { m_server->certificate() });
        device.files->transfers.setToken(device.token);
    }

    /// Sends the files that wait on @p device and waits until its transfers are done (at most
    /// @p milliseconds).
    static void sendFiles(SimulatedDevice &device, int milliseconds)
    {
        device.files->transfers.sendWaiting();
        QElapsedTimer waited;
        waited.start();
        while (device.files->transfers.running() > 0 && waited.elapsed() < milliseconds)
            QTest::qWait(10);
    }

    /// A photo of its own, kept on @p device as the app keeps one taken there: colours and a
    /// pattern from the operation's number. No hash if it could not be kept.
    DeviceFiles::Kept takePhoto(SimulatedDevice &device)
    {
        QImage image(64, 48, QImage::Format_RGB32);
        image.fill(QColor::fromHsv((m_operations * 37) % 360, 200, 200));
        for (int bit = 0; bit < 16; ++bit)
            image.setPixel(bit, 0, (m_operations >> bit) & 1 ? qRgb(0, 0, 0) : qRgb(255, 255, 255));
        const QString path = device.file + u"-photo.png"_s;
        if (!image.save(path))
            return {};
        const DeviceFiles::Kept kept = device.files->files.addPhoto(path);
        if (!kept.error.isEmpty() || !device.files->cache.note(kept, false, device.clock->now()))
            return {};
        return kept;
    }

    /// A person adds a photo to their own note on a date (the note saved first if there is
    /// none), or removes one they added.
    void notePhotoEdit(SimulatedDevice &device)
    {
        const QDateTime now = device.clock->now();
        const QStringList own = column(*device.app, u"SELECT id FROM note_attachments"_s);
        if (!own.isEmpty() && pick(4) == 0) {
            const QString id = own.at(pick(int(own.size())));
            if (device.files->records.remove(Records::NoteAttachment::entity, id, now)) {
                m_photosRemoved.insert(id);
                ++m_photosRemovedTotal;
                trace(device.name + u" removes note photo "_s + id);
            }
            return;
        }
        const auto dates = device.app->replica.programme().events();
        if (dates.isEmpty())
            return;
        const QString note = device.app->replica.notes().noteForFiles(
            device.contactId, dates.at(pick(int(qMin(dates.size(), qsizetype(4))))).id, now);
        const DeviceFiles::Kept kept = takePhoto(device);
        if (note.isEmpty() || kept.hash.isEmpty())
            return;
        const QString id = QUuid::createUuid().toString(QUuid::WithoutBraces);
        const QJsonObject fields { { Records::NoteAttachment::noteId, note },
            { Records::FileFields::hash, kept.hash }, { Records::FileFields::size, kept.size },
            { Records::FileFields::mediaType, kept.mediaType },
            { Records::FileFields::fileName, u"Notiz %1.jpg"_s.arg(m_operations) } };
        if (device.files->records.add(Records::NoteAttachment::entity, id, fields, now)) {
            m_notePhotos.insert(id, kept.hash);
            m_notePhotoOwners.insert(id, device.name);
            ++m_photoTotal;
            ++m_notePhotoTotal;
            trace(device.name + u" adds note photo "_s + id);
        }
    }

    /// A participant adds a photo to one of their project's log entries or to their own note,
    /// or removes one they added.
    void photoEdit(SimulatedDevice &device)
    {
        if (pick(3) == 0)
            return notePhotoEdit(device);
        AppFiles &files = *device.files;
        const QDateTime now = device.clock->now();
        const QStringList own = column(*device.app,
            u"SELECT id FROM attachments WHERE author_contact_id = '%1' OR id IN (SELECT row_id "
            "FROM files_to_send)"_s.arg(device.contactId));
        if (!own.isEmpty() && pick(4) == 0) {
            const QString id = own.at(pick(int(own.size())));
            if (files.records.remove(Records::Attachment::entity, id, now)) {
                m_photosRemoved.insert(id);
                ++m_photosRemovedTotal;
                trace(device.name + u" removes photo "_s + id);
            }
            return;
        }
        const auto entries
            = device.app->replica.projects().logEntries(Ids::projectIdFor(device.municipality));
        if (entries.isEmpty())
            return;
        const DeviceFiles::Kept kept = takePhoto(device);
        if (kept.hash.isEmpty())
            return;
        const QString id = QUuid::createUuid().toString(QUuid::WithoutBraces);
        const QJsonObject fields { { Records::Attachment::logEntryId,
                                       entries.at(pick(int(entries.size()))).id },
            { Records::Attachment::projectId, Ids::projectIdFor(device.municipality) },
            { Records::FileFields::hash, kept.hash }, { Records::FileFields::size, kept.size },
            { Records::FileFields::mediaType, kept.mediaType },
            { Records::FileFields::fileName, u"Foto %1.jpg"_s.arg(m_operations) } };
        if (files.records.add(Records::Attachment::entity, id, fields, now)) {
            m_photos.insert(id, kept.hash);
            ++m_photoTotal;
            trace(device.name + u" adds photo "_s + id);
        }
    }

    /// As SyncController wires it: news asks for a sync; news that came during one, of
    /// something it did not bring, asks for one more.
    void openLiveChannel(SimulatedDevice &device)
    {
        Device &app = *device.app;
        device.live = std::make_unique<LiveUpdates>([&app] { return app.repository.cursors(); });
        LiveUpdates *live = device.live.get();
        connect(live, &LiveUpdates::syncWanted, &app.engine, [this, &app] {
            ++m_syncsByNews;
            app.engine.syncNow();
        });
        connect(&app.engine, &SyncEngine::finished, live, [live, &app](bool ok) {
            if (ok && live->takeNewsMissed())
                QTimer::singleShot(0, &app.engine, &SyncEngine::syncNow);
        });
        live->setCredentials({ m_server->base().toString(), device.token,
            QString::fromLatin1(m_server->certificate().toPem()), device.contactId,
            device.municipality, {} });
    }

    void addDevice(const QString &name, const QString &municipality, const QString &token,
        const QString &contactId, int seed)
    {
        SimulatedDevice device;
        device.name = name;
        device.file = m_dir.filePath(u"seed%1-%2.sqlite"_s.arg(seed).arg(name));
        for (const auto &suffix : { u""_s, u"-wal"_s, u"-shm"_s })
            QFile::remove(device.file + suffix); // a seed run twice starts afresh
        device.token = token;
        device.municipality = municipality;
        device.contactId = contactId;
        const qint64 skew = qint64(m_random.bounded(2 * 86400)) - 86400; // up to a day either way
        device.clock = std::make_unique<FixedClock>(
            QDateTime(QDate(2026, 11, 21), QTime(9, 0), Qt::UTC).addSecs(skew));
        connectThroughFaults(device);
        startApp(device);
        m_devices.push_back(std::move(device));
    }

    /// The device's sync connection, its network's faults drawn with a seed of its own.
    void connectThroughFaults(SimulatedDevice &device)
    {
        const auto seed = m_random.generate();
        device.fileNetwork
            = std::make_unique<FaultyNetwork>(seed ^ 0x5eed, m_faults, *device.faultsOn);
        device.connection
            = std::make_unique<SyncConnection>([this, seed, faultsOn = device.faultsOn.get()] {
                  return std::make_unique<FaultyNetwork>(seed, m_faults, *faultsOn);
              });
    }

    /// Invites someone and redeems the code (the participant's contact id comes with it).
    std::pair<QString, QString> invite(const QStringList &command)
    {
        const QString code = ServerProcess::codeIn(m_server->command(command));
        QNetworkAccessManager network;
        const auto answer = redeem(network, m_server->base(), m_server->certificate(), code);
        return { answer.value("token"_L1).toString(), answer.value("personId"_L1).toString() };
    }

    /// Syncs the chosen devices at the same time, so that their requests interleave.
    void syncTogether(const QList<int> &chosen)
    {
        std::vector<std::unique_ptr<QSignalSpy>> spies;
        for (int index : chosen) {
            m_devices[size_t(index)].files->transfers.sendWaiting();
            auto &engine = m_devices[size_t(index)].app->engine;
            spies.push_back(std::make_unique<QSignalSpy>(&engine, &SyncEngine::finished));
            engine.syncNow();
        }
        for (auto &spy : spies) {
            if (spy->isEmpty())
                spy->wait(60000);
        }
    }

    QList<Step> ownSteps(SimulatedDevice &device)
    {
        return device.app->replica.projects().steps(Ids::projectIdFor(device.municipality));
    }

    /// One random edit on a participant's device, of any kind a participant makes.
    void participantEdit(SimulatedDevice &device)
    {
        auto &projects = device.app->replica.projects();
        const QDateTime now = device.clock->now();
        const auto steps = ownSteps(device);
        if (pick(8) == 0)
            return photoEdit(device);
        const int kind = pick(10);
        if (kind < 3 || steps.isEmpty()) {
            Step step;
            step.title = u"Schritt %1 von %2"_s.arg(m_operations).arg(device.name);
            if (projects.addStepTo(device.municipality, &step, now)) {
                m_written.insert(textKey(step.id, u"title"_s, step.title));
                trace(device.name + u" adds "_s + step.id + u" title "_s + step.title);
            }
        } else if (kind < 6) {
            const Step before = steps.at(pick(int(steps.size())));
            Step step = before;
            const bool notes = pick(2);
            if (notes)
                step.notes = u"Notiz %1 von %2"_s.arg(m_operations).arg(device.name);
            else
                step.title = u"Titel %1 von %2"_s.arg(m_operations).arg(device.name);
            step.status = Step::Status(pick(3));
            if (projects.updateStep(step, now)) {
                const QString field = notes ? u"notes"_s : u"title"_s;
                trace(device.name + u" sets "_s + step.id + u' ' + field + u" to "_s
                    + (notes ? step.notes : step.title) + u" from "_s
                    + (notes ? before.notes : before.title));
                m_written.insert(textKey(step.id, field, notes ? step.notes : step.title));
                m_letGo.insert(textKey(step.id, field, notes ? before.notes : before.title));
            }
        } else if (kind < 7) {
            const QString id = steps.at(pick(int(steps.size()))).id;
            if (projects.deleteStep(id, now))
                trace(device.name + u" removes "_s + id);
        } else if (kind < 9 && pick(3) == 0) {
            // The writer corrects or withdraws one of their entries.
            QList<LogEntry> own;
            for (const auto &entry : projects.logEntries(Ids::projectIdFor(device.municipality))) {
                if (entry.authorContactId == device.contactId)
                    own.append(entry);
            }
            if (!own.isEmpty()) {
                const LogEntry entry = own.at(pick(int(own.size())));
                const QString text = u"Korrektur %1 von %2"_s.arg(m_operations).arg(device.name);
                if (projects.correctLogEntry(entry.id, text, pick(2) == 0, pick(4) == 0, now))
                    m_corrections.insert(entry.id + u'|' + text);
            }
        } else if (kind < 9) {
            LogEntry entry;
            entry.entryDate = now.date();
            entry.text = u"Eintrag %1 von %2"_s.arg(m_operations).arg(device.name);
            if (projects.addLogEntryTo(device.municipality, &entry, now)) {
                m_logEntries.insert(entry.id, entry.text);
                ++m_logTotal;
            }
        } else {
            const auto kept = projects.keptTexts(Ids::projectIdFor(device.municipality));
            if (!kept.isEmpty()) {
                const KeptText record = kept.at(pick(int(kept.size())));
                const auto step = projects.step(record.rowId);
                const bool adopt = pick(2) && step;
                if (adopt ? projects.adoptKeptText(record.id, now)
                          : projects.dismissKeptText(record.id, now)) {
                    trace(device.name + (adopt ? u" adopts "_s : u" hides "_s) + record.rowId + u' '
                        + record.field + u' ' + record.text);
                    // Taken over: the kept text is written again and the current one let go;
                    // hidden: the person let the kept text go.
                    if (adopt) {
                        m_written.insert(textKey(record.rowId, record.field, record.text));
                        m_letGo.insert(textKey(record.rowId, record.field,
                            record.field == "notes"_L1 ? step->notes : step->title));
                    } else {
                        m_letGo.insert(textKey(record.rowId, record.field, record.text));
                    }
                }
            } else {
                device.app->replica.contacts().setOwnDetails(
                    device.contactId, u"0211 %1"_s.arg(m_operations), {}, pick(2) == 0, true, now);
            }
        }
    }

    /// One random edit on the organiser's device, as the organisers' desk makes it: a date
    /// moved or cancelled in the draft, the draft published as a release, a participant's
    /// name corrected, or a comment written.
    void organiserEdit(SimulatedDevice &device)
    {
        Replica &replica = device.app->replica;
        const QDateTime now = device.clock->now();
        const int kind = pick(10);
        if (kind < 4) {
            const auto dates = replica.programme().events();
            if (dates.isEmpty())
                return;
            auto date = replica.drafts().current(dates.at(pick(int(dates.size()))).id);
            if (kind < 2) {
                date->startsAt
                    = QDateTime(QDate(2027, 1, 10).addDays(pick(60)), QTime(9, 0), Qt::UTC);
                date->endsAt = date->startsAt.addSecs(3600);
                date->allDay = false;
            } else {
                date->cancelled = kind == 2;
                date->cancelReason
                    = date->cancelled ? u"Abgesagt %1"_s.arg(m_operations) : QString();
            }
            replica.drafts().saveDraft(*date, now);
        } else if (kind < 6) {
            if (!replica.drafts().drafts().isEmpty() && !replica.drafts().publishing())
                replica.drafts().publish(u"Änderungen %1"_s.arg(m_operations), now);
        } else if (kind < 7) {
            const QStringList people = column(
                *device.app, u"SELECT id FROM contacts WHERE role = 'participant' ORDER BY id"_s);
            if (people.isEmpty())
                return;
            auto person = replica.contacts().contact(people.at(pick(int(people.size()))));
            person->name = u"Name %1"_s.arg(m_operations);
            replica.contacts().saveContact(*person, now);
        } else {
            const QStringList projects = column(*device.app, u"SELECT id FROM projects"_s);
            if (projects.isEmpty())
                return;
            ChangeLog(replica.database().connection())
                .record(u"comment"_s, QUuid::createUuid().toString(QUuid::WithoutBraces),
                    u"insert"_s,
                    { { u"projectId"_s, projects.at(pick(int(projects.size()))) },
                        { u"text"_s, u"Hinweis %1"_s.arg(m_operations) } },
                    now);
        }
    }

    void restartServer()
    {
        trace(u"* server killed and started"_s);
        m_server->kill();
        QVERIFY(m_server->start());
        for (auto &device : m_devices) {
            useServer(device);
            if (device.live)
                openLiveChannel(device); // the server may listen on another port now
        }
    }

    void restoreServer()
    {
        QCOMPARE(m_server->restore(m_backup), QString());
        trace(u"* server restored"_s);
        ++m_restores;
        restartServer();
    }

    void runSeed(int seed, int steps, bool live)
    {
        m_random.seed(quint32(seed));
        m_liveOn = live;
        m_devices.clear();
        m_logEntries.clear();
        m_corrections.clear();
        m_written.clear();
        m_letGo.clear();
        m_photos.clear();
        m_photosRemoved.clear();
        m_notePhotos.clear();
        m_notePhotoOwners.clear();
        m_trace.clear();
        m_serverDir = m_dir.filePath(u"server-%1"_s.arg(seed));
        QDir(m_serverDir).removeRecursively();
        m_server = std::make_unique<ServerProcess>(m_serverDir,
            QStringList { u"--syncs-per-minute"_s, u"100000"_s }
                + ServerProcess::databaseArguments(u"convergence_%1"_s.arg(seed)));
        QVERIFY(m_server->start());
        const QString townA = m_server->command({ u"add-municipality"_s, u"A-Stadt"_s });
        const QString townB = m_server->command({ u"add-municipality"_s, u"B-Kreis"_s });
        const auto erika = invite({ u"invite-participant"_s, townA, u"Erika"_s });
        const auto erikaOffice = invite({ u"invite-participant"_s, townA, u"Erika"_s });
        const auto jonas = invite({ u"invite-participant"_s, townA, u"Jonas"_s });
        const auto samira = invite({ u"invite-participant"_s, townB, u"Samira"_s });
        const auto alina = invite({ u"invite-organiser"_s, u"Alina"_s });
        addDevice(u"erika-phone"_s, townA, erika.first, erika.second, seed);
        addDevice(u"erika-office"_s, townA, erikaOffice.first, erikaOffice.second, seed);
        addDevice(u"jonas"_s, townA, jonas.first, jonas.second, seed);
        addDevice(u"samira"_s, townB, samira.first, samira.second, seed);
        addDevice(u"alina"_s, {}, alina.first, alina.second, seed);
        for (auto &device : m_devices) {
            *device.faultsOn = false;
            QCOMPARE(device.app->sync(), QString());
            *device.faultsOn = true;
        }
        m_backup.clear();

        for (int step = 0; step < steps; ++step) {
            ++m_operations;
            const int action = pick(100);
            auto &device = m_devices[size_t(pick(int(m_devices.size())))];
            if (action < 45) {
                if (device.municipality.isEmpty())
                    organiserEdit(device);
                else
                    participantEdit(device);
            } else if (action < 80) {
                QList<int> chosen;
                for (int i = 0; i < int(m_devices.size()); ++i) {
                    if (pick(2))
                        chosen.append(i);
                }
                syncTogether(chosen);
            } else if (action < 87) {
                // The app is killed, maybe in the middle of a sync: what was not committed
                // is gone, what was is there when it starts again.
                if (pick(2))
                    device.app->engine.syncNow();
                device.files.reset();
                device.app.reset();
                trace(u"* "_s + device.name + u" killed"_s);
                ++m_deviceKills;
                startApp(device);
            } else if (action < 93) {
                ++m_serverKills;
                restartServer();
            } else if (action < 96) {
                if (m_backup.isEmpty()) {
                    m_backup = m_dir.filePath(u"backup-%1.db"_s.arg(seed));
                    QCOMPARE(m_server->backup(m_backup), QString());
                    trace(u"* backup"_s);
                } else if (m_restores == 0 || pick(4) == 0) {
                    restoreServer();
                    m_backup.clear();
                }
            } else {
                m_server->command({ u"forget-deletions"_s, u"0"_s });
                trace(u"* deletions forgotten"_s);
            }
        }

        // The faults stop; everyone syncs until nothing is left to say (the live channels
        // close first, so that no sync starts by itself while the devices are compared, and a
        // sync news started under faults ends first: its failure is the faults').
        const auto [token, person] = invite({ u"invite-organiser"_s, u"Beobachterin"_s });
        // The invitation is an operator's command, written by another process: the server
        // answers quiet syncs from memory up to a tenth of a second old (QuietSyncs), so the
        // devices ask once that has passed, or their last rounds may all come before it.
        QTest::qWait(250);
        for (auto &device : m_devices) {
            device.live.reset();
            if (device.app->engine.isSyncing()) {
                QSignalSpy done(&device.app->engine, &SyncEngine::finished);
                QVERIFY(done.wait(60000));
            }
            *device.faultsOn = false;
        }
        // Files first in each round: a record goes once its file is there; a restored server
        // asks for the files it lost in a round's sync, and they go in the next.
        for (int round = 0; round < 4; ++round) {
            for (auto &device : m_devices) {
                sendFiles(device, 30000);
                QCOMPARE(device.app->sync(), QString());
            }
        }
        checkConverged(seed, token);
    }

    /// Compares every device with a device that syncs everything afresh (the server's truth).
    void checkConverged(int seed, const QString &token)
    {
        SimulatedDevice observer;
        observer.name = u"observer"_s;
        observer.file = m_dir.filePath(u"seed%1-observer.sqlite"_s.arg(seed));
        for (const auto &suffix : { u""_s, u"-wal"_s, u"-shm"_s })
            QFile::remove(observer.file + suffix);
        observer.token = token;
        observer.clock = std::make_unique<FixedClock>(QDateTime::currentDateTimeUtc());
        *observer.faultsOn = false;
        connectThroughFaults(observer);
        startApp(observer);
        QCOMPARE(observer.app->sync(), QString());
        Device &truth = *observer.app;

        const QStringList tables = {
            u"SELECT id, project_id, title, status, notes FROM steps ORDER BY id"_s,
            u"SELECT id, project_id, text FROM log_entries ORDER BY id"_s,
            u"SELECT id, log_entry_id, text, question, withdrawn, corrected_at "
            "FROM log_corrections ORDER BY id"_s,
            u"SELECT id, row_id, field, text FROM conflicts ORDER BY id"_s,
            u"SELECT id, project_id, text FROM comments ORDER BY id"_s,
            u"SELECT id, starts_at, ends_at, cancelled, cancel_reason FROM events ORDER BY id"_s,
            u"SELECT id, number, note, changes FROM releases ORDER BY id"_s,
            u"SELECT id, title, goal FROM projects ORDER BY id"_s,
            u"SELECT id, name FROM contacts ORDER BY id"_s,
            u"SELECT id, log_entry_id, hash, size, media_type, file_name, author_contact_id "
            "FROM attachments ORDER BY id"_s,
        };
        for (auto &device : m_devices) {
            const QString where = u"seed %1, %2"_s.arg(seed).arg(device.name);
            QVERIFY2(device.app->changeLog.pendingCount() == 0, qPrintable(where));
            if (!device.files->records.toSend().isEmpty())
                qWarning() << where << "waiting:"
                           << column(*device.app,
                                  u"SELECT row_id, hash, problem, refused FROM files_to_send"_s)
                           << "transfers running:" << device.files->transfers.running()
                           << "has the files:"
                           << column(
                                  *device.app, u"SELECT hash, size, confirmed FROM device_files"_s);
            QVERIFY2(device.files->records.toSend().isEmpty(),
                qPrintable(where + u": photos still waiting"_s));
            for (const auto &sql : tables) {
                const QStringList mine = column(*device.app, sql);
                const QStringList server = column(truth, sql);
                if (mine != server) {
                    qWarning() << where << sql << "\n device:" << mine << "\n server:" << server;
                    qWarning() << " device meta:"
                               << column(*device.app, u"SELECT key, value FROM replica_meta"_s)
                               << "sent:"
                               << column(*device.app,
                                      u"SELECT entity, row_id, operation FROM sent_changes"_s)
                               << "candidates:"
                               << column(*device.app, u"SELECT * FROM reset_candidates"_s);
                    {
                        auto store = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"inspect"_s);
                        store.setDatabaseName(m_serverDir + u"/ews-server.db"_s);
                        store.open();
                        const auto onServer = [&store](const QString &line) {
                            QStringList found;
                            QSqlQuery row(store);
                            row.exec(u"SELECT entity, scope, deleted, version, "
                                     "substr(fields, 1, 200) FROM rows WHERE id = '%1'"_s.arg(
                                         line.section(u'|', 0, 0)));
                            while (row.next()) {
                                for (int i = 0; i < 5; ++i)
                                    found.append(row.value(i).toString());
                            }
                            return found;
                        };
                        // What the device lacks, with its version on the server.
                        for (const auto &line : server) {
                            if (!mine.contains(line))
                                qWarning() << " missing here, on the server:" << onServer(line);
                        }
                        for (const auto &line : mine) {
                            if (server.contains(line))
                                continue;
                            qWarning() << " on the server:" << onServer(line);
                            for (auto &other : m_devices)
                                qWarning()
                                    << "  " << other.name << "has it:"
                                    << column(*other.app,
                                           u"SELECT count(*) FROM steps WHERE id = '%1'"_s.arg(
                                               line.section(u'|', 0, 0)))
                                    << "refused:"
                                    << column(*other.app,
                                           u"SELECT operation, reason FROM "
                                           "rejected_changes WHERE row_id = '%1'"_s.arg(
                                               line.section(u'|', 0, 0)));
                        }
                        store.close();
                    }
                    QSqlDatabase::removeDatabase(u"inspect"_s);
                    qWarning() << " photos waiting on the device:"
                               << column(*device.app,
                                      u"SELECT row_id, problem, refused FROM files_to_send"_s);
                    for (const auto &line : std::as_const(m_trace)) {
                        if (line.contains(u"photo"_s) || line.contains(u": * "_s))
                            qWarning("%s", qPrintable(line));
                    }
                    qWarning() << " refused on the device:"
                               << column(*device.app,
                                      u"SELECT entity, row_id, operation, reason, payload "
                                      "FROM rejected_changes"_s);
                }
                QVERIFY2(mine == server, qPrintable(where + u": "_s + sql));
            }
            // Organisers see the same draft of the next release.
            if (device.municipality.isEmpty()) {
                const QString drafts = u"SELECT id, starts_at, ends_at, cancelled, "
                                       "cancel_reason FROM date_drafts ORDER BY id"_s;
                QVERIFY2(column(*device.app, drafts) == column(truth, drafts),
                    qPrintable(where + u": the draft differs"_s));
            }
            // Nobody sees a participant's phone the participant did not share.
            if (!device.municipality.isEmpty()) {
                const QStringList hidden = column(
                    truth, u"SELECT id FROM contacts WHERE share_phone = 0 AND phone <> ''"_s);
                for (const auto &id : hidden) {
                    if (id == device.contactId)
                        continue;
                    QVERIFY2(
                        column(*device.app, u"SELECT phone FROM contacts WHERE id = '%1'"_s.arg(id))
                            .value(0)
                            .isEmpty(),
                        qPrintable(where + u": sees a phone not shared"_s));
                }
            }
        }
        // Every text written into a step is still to be read — in the step, or kept as
        // entered at the same time — unless someone replaced it knowingly or hid it, the
        // step was removed, or the server refused the change (then it is in the refused
        // list of the device that wrote it).
        const QStringList steps = column(truth, u"SELECT id FROM steps"_s);
        const QStringList titles = column(truth, u"SELECT id || '|title|' || title FROM steps"_s);
        const QStringList notes = column(truth, u"SELECT id || '|notes|' || notes FROM steps"_s);
        const QStringList kept
            = column(truth, u"SELECT row_id || '|' || field || '|' || text FROM conflicts"_s);
        QStringList refused;
        for (auto &device : m_devices)
            refused += column(*device.app, u"SELECT payload FROM rejected_changes"_s);
        for (const auto &text : std::as_const(m_written)) {
            const QString step = text.section(u'|', 0, 0);
            const QString value = text.section(u'|', 2);
            const bool readable
                = titles.contains(text) || notes.contains(text) || kept.contains(text);
            const bool letGo = m_letGo.contains(text) || !steps.contains(step)
                || std::any_of(refused.cbegin(), refused.cend(),
                    [&value](const QString &payload) { return payload.contains(value); });
            if (!readable && !letGo) {
                for (const auto &line : std::as_const(m_trace)) {
                    if (line.contains(step) || line.contains(u": * "_s))
                        qWarning("%s", qPrintable(line));
                }
                for (auto &device : m_devices)
                    qWarning()
                        << device.name << "holds"
                        << column(*device.app,
                               u"SELECT title, notes FROM steps WHERE id = '%1'"_s.arg(step))
                        << "kept"
                        << column(*device.app,
                               u"SELECT field, text FROM conflicts WHERE row_id = '%1'"_s.arg(step))
                        << "waiting"
                        << column(*device.app,
                               u"SELECT seq, operation, payload, base FROM local_changes "
                               "WHERE row_id = '%1'"_s.arg(step))
                        << "refused"
                        << column(*device.app,
                               u"SELECT seq, operation, reason, payload FROM rejected_changes "
                               "WHERE row_id = '%1'"_s.arg(step))
                        << "sent"
                        << column(*device.app,
                               u"SELECT seq, operation, payload FROM sent_changes "
                               "WHERE row_id = '%1'"_s.arg(step));
                // What the server keeps of the step and its kept texts.
                auto store = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"inspect-step"_s);
                store.setDatabaseName(m_serverDir + u"/ews-server.db"_s);
                if (store.open()) {
                    QSqlQuery row(store);
                    row.exec(u"SELECT entity, id, version, deleted, fields FROM rows WHERE id = "
                             "'%1' OR fields LIKE '%%1%'"_s.arg(step));
                    while (row.next())
                        qWarning() << " on the server:" << row.value(0) << row.value(1)
                                   << row.value(2) << row.value(3) << row.value(4).toString();
                    store.close();
                }
                QSqlDatabase::removeDatabase(u"inspect-step"_s);
            }
            QVERIFY2(readable || letGo,
                qPrintable(u"seed %1: the text \"%2\" is gone"_s.arg(seed).arg(text)));
        }

        // Every correction ever saved is there, and every device reads every entry alike.
        for (const QString &correction : std::as_const(m_corrections)) {
            const QStringList found = column(truth,
                u"SELECT log_entry_id || '|' || text FROM log_corrections WHERE log_entry_id = "
                "'%1'"_s.arg(correction.section(u'|', 0, 0)));
            if (!found.contains(correction)) {
                for (auto &device : m_devices)
                    qWarning() << device.name << "refused:"
                               << column(*device.app,
                                      u"SELECT reason || ' ' || message || ' ' || payload FROM "
                                      "rejected_changes WHERE entity = 'log_correction'"_s);
            }
            QVERIFY2(found.contains(correction),
                qPrintable(u"seed %1: correction %2 is missing"_s.arg(seed).arg(correction)));
        }
        const auto readLog = [](Device &device) {
            QStringList read;
            for (const QString &project :
                column(device, u"SELECT id FROM projects ORDER BY id"_s)) {
                for (const auto &entry : device.replica.projects().logEntries(project))
                    read.append(u"%1|%2|%3|%4"_s.arg(entry.id, entry.text)
                                    .arg(entry.withdrawn)
                                    .arg(entry.earlierTexts.join(u'/')));
            }
            read.sort(); // entries of one day are in the order each device received them
            return read;
        };
        for (auto &device : m_devices) {
            const QStringList mine = readLog(*device.app);
            const QStringList server = readLog(truth);
            if (mine != server)
                qWarning() << device.name << "reads the log as\n" << mine << "\n server:" << server;
            QCOMPARE(mine, server);
        }

        // Every log entry ever saved on any device is there, once, with its text.
        for (auto it = m_logEntries.cbegin(); it != m_logEntries.cend(); ++it) {
            const QStringList found
                = column(truth, u"SELECT text FROM log_entries WHERE id = '%1'"_s.arg(it.key()));
            QVERIFY2(found == QStringList { it.value() },
                qPrintable(u"seed %1: log entry %2 (%3) is missing"_s.arg(seed).arg(
                    it.key(), it.value())));
        }

        // Every photo added and not removed is on the server, none removed is; each one's file
        // is fetched whole from the server and is the file its name says.
        for (auto it = m_photos.cbegin(); it != m_photos.cend(); ++it) {
            const QStringList found
                = column(truth, u"SELECT hash FROM attachments WHERE id = '%1'"_s.arg(it.key()));
            if (m_photosRemoved.contains(it.key())) {
                QVERIFY2(found.isEmpty(),
                    qPrintable(u"seed %1: removed photo %2 is there"_s.arg(seed).arg(it.key())));
                continue;
            }
            if (found != QStringList { it.value() }) {
                for (const auto &line : std::as_const(m_trace)) {
                    if (line.contains(it.key()) || line.contains(u": * "_s))
                        qWarning("%s", qPrintable(line));
                }
                for (auto &device : m_devices)
                    qWarning() << device.name << "refused"
                               << column(*device.app,
                                      u"SELECT operation, reason FROM rejected_changes "
                                      "WHERE row_id = '%1'"_s.arg(it.key()))
                               << "sent"
                               << column(*device.app,
                                      u"SELECT seq, operation FROM sent_changes "
                                      "WHERE row_id = '%1'"_s.arg(it.key()))
                               << "holds"
                               << column(*device.app,
                                      u"SELECT count(*) FROM attachments WHERE id = '%1'"_s.arg(
                                          it.key()));
                auto store = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"inspect-photo"_s);
                store.setDatabaseName(m_serverDir + u"/ews-server.db"_s);
                if (store.open()) {
                    QSqlQuery row(store);
                    row.exec(u"SELECT deleted, version, fields FROM rows WHERE id = '%1'"_s.arg(
                        it.key()));
                    while (row.next())
                        qWarning() << " on the server:" << row.value(0) << row.value(1)
                                   << row.value(2).toString().left(200);
                    row.exec(u"SELECT device_id, complete, received FROM uploads WHERE hash = "
                             "'%1'"_s.arg(it.value()));
                    while (row.next())
                        qWarning() << " upload:" << row.value(0) << row.value(1) << row.value(2);
                    store.close();
                }
                QSqlDatabase::removeDatabase(u"inspect-photo"_s);
            }
            QVERIFY2(found == QStringList { it.value() },
                qPrintable(u"seed %1: photo %2 is missing"_s.arg(seed).arg(it.key())));
            QSignalSpy fetched(&observer.files->transfers, &FileTransfers::fetched);
            observer.files->transfers.fetch(Records::Attachment::entity, it.key());
            QElapsedTimer waited;
            waited.start();
            while (!observer.files->files.has(it.value()) && waited.elapsed() < 30000)
                QTest::qWait(10);
            QFile file(observer.files->files.pathOf(it.value()));
            QVERIFY2(file.open(QIODevice::ReadOnly),
                qPrintable(u"seed %1: photo %2 cannot be fetched"_s.arg(seed).arg(it.key())));
            QCryptographicHash sum(QCryptographicHash::Sha256);
            sum.addData(&file);
            QCOMPARE(QString::fromLatin1(sum.result().toHex()), it.value());
        }

        // Every photo on a note is its owner's alone: on their device and on the server for
        // them (read back with their token, byte for byte), on no one else's device, and
        // nothing for anyone else's token; one removed is nowhere.
        for (auto it = m_notePhotos.cbegin(); it != m_notePhotos.cend(); ++it) {
            const bool removed = m_photosRemoved.contains(it.key());
            const QString owner = m_notePhotoOwners.value(it.key());
            const QString where = u"seed %1: note photo %2 of %3"_s.arg(seed).arg(it.key(), owner);
            for (auto &device : m_devices) {
                const QStringList held = column(*device.app,
                    u"SELECT hash FROM note_attachments WHERE id = '%1'"_s.arg(it.key()));
                const bool own = device.name == owner;
                QVERIFY2(held == (own && !removed ? QStringList { it.value() } : QStringList()),
                    qPrintable(where + u" on "_s + device.name));
                if (!own)
                    continue;
                int status = 0;
                const QByteArray read = fileOnServer(device.token, it.key(), &status);
                QCOMPARE(status, removed ? 404 : 206);
                if (!removed)
                    QCOMPARE(
                        QString::fromLatin1(
                            QCryptographicHash::hash(read, QCryptographicHash::Sha256).toHex()),
                        it.value());
            }
            int status = 0;
            fileOnServer(observer.token, it.key(), &status);
            QVERIFY2(status == 404, qPrintable(where + u": read by the observer"_s));
        }
    }

    /// A note photo's file as the server gives it to @p token (its first 1 MiB); @p status
    /// the answer's.
    QByteArray fileOnServer(const QString &token, const QString &id, int *status)
    {
        QNetworkAccessManager network;
        QNetworkRequest request = serverRequest(m_server->base(), { m_server->certificate() },
            token, u"v1/files/noteAttachment/"_s + id);
        request.setRawHeader("Range", "bytes=0-1048575");
        QNetworkReply *reply = network.get(request);
        QSignalSpy finished(reply, &QNetworkReply::finished);
        if (!reply->isFinished())
            finished.wait(20000);
        *status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        const QByteArray body = reply->readAll();
        reply->deleteLater();
        return body;
    }

private Q_SLOTS:
    void randomEditsWithFaultsConverge_data()
    {
        QTest::addColumn<int>("seed");
        QTest::addColumn<bool>("live");
        // 1–3, and the seeds that found bugs (docs/reliability.md), as regression tests.
        const QString seeds
            = qEnvironmentVariable("EWS_CONVERGENCE_SEEDS", u"1,2,3,23,24,49,131"_s);
        for (const auto &seed : seeds.split(u',', Qt::SkipEmptyParts))
            QTest::addRow("seed %d", seed.toInt()) << seed.toInt() << false;
        const QString liveSeeds = qEnvironmentVariable("EWS_CONVERGENCE_LIVE_SEEDS", u"4,5"_s);
        for (const auto &seed : liveSeeds.split(u',', Qt::SkipEmptyParts))
            QTest::addRow("seed %d, live channels on", seed.toInt()) << seed.toInt() << true;
    }

    void randomEditsWithFaultsConverge()
    {
        QFETCH(int, seed);
        QFETCH(bool, live);
        const int steps = qEnvironmentVariableIntValue("EWS_CONVERGENCE_STEPS") > 0
            ? qEnvironmentVariableIntValue("EWS_CONVERGENCE_STEPS")
            : 100;
        runSeed(seed, steps, live);
        if (QTest::currentTestFailed()) {
            qWarning("Replay with: %s=%d EWS_CONVERGENCE_STEPS=%d %s",
                live ? "EWS_CONVERGENCE_SEEDS= EWS_CONVERGENCE_LIVE_SEEDS"
                     : "EWS_CONVERGENCE_LIVE_SEEDS= EWS_CONVERGENCE_SEEDS",
                seed, steps,
                ServerProcess::onPostgres()
                    ? "ctest --preset dev -V -R 'tst_convergence_postgres|postgres_(start|stop)'"
                    : "build/dev/tests/integration/tst_convergence");
        }
    }

    void cleanupTestCase()
    {
        qInfo("operations %d, log entries %d, photos %d (%d on notes, %d removed again), "
              "device kills %d, "
              "server kills %d, restores %d, syncs started by live news %d, "
              "faults %d (dropped %d, answer lost %d, duplicated %d, server error %d, "
              "truncated %d, delayed %d), requests passed %d",
            m_operations, m_logTotal, m_photoTotal, m_notePhotoTotal, m_photosRemovedTotal,
            m_deviceKills, m_serverKills, m_restores, m_syncsByNews, m_faults.total(),
            m_faults.dropped.load(), m_faults.answerLost.load(), m_faults.duplicated.load(),
            m_faults.serverError.load(), m_faults.truncated.load(), m_faults.delayed.load(),
            m_faults.passed.load());
        m_devices.clear();
        m_server.reset();
    }
};

QTEST_GUILESS_MAIN(TestConvergence)
#include "tst_convergence.moc"
