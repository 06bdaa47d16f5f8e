// SPDX-License-Identifier: GPL-3.0-or-later
// The failures the sync requirements list, as scenarios: devices with real replicas sync
// through the real ews-server process over HTTPS (§5 overwritten text, §7 deletions past the
// horizon, a deletion against a concurrent edit).
#include "ids.h"
#include "serverprocess.h"
#include "syncrequest.h"
#include "testdevice.h"

#include <QTemporaryDir>

using namespace Qt::StringLiterals;

class TestSyncScenarios : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<ServerProcess> m_server;
    QNetworkAccessManager m_network;
    SyncConnection m_connection;
    FixedClock m_clock { QDateTime(QDate(2026, 11, 21), QTime(9, 0), Qt::UTC) };

    QHash<const Device *, QString> m_tokens;

    /// Sends the device's waiting changes as its engine would, and drops the answer: what a
    /// network that fails after the server committed looks like to the device.
    int sendAndLoseTheAnswer(Device &device)
    {
        SyncRequest request;
        request.clientId = device.repository.clientId();
        request.storeId = device.repository.storeId();
        for (const auto &change : device.changeLog.pending())
            request.mutations.append({ change.sequence, change.entity, change.operation,
                change.rowId, change.payload, change.base });
        QNetworkRequest http(m_server->base().resolved(QUrl(u"v1/sync"_s)));
        http.setHeader(QNetworkRequest::ContentTypeHeader, u"application/json"_s);
        http.setRawHeader("Authorization", "Bearer " + m_tokens.value(&device).toLatin1());
        auto tls = QSslConfiguration::defaultConfiguration();
        tls.addCaCertificate(m_server->certificate());
        http.setSslConfiguration(tls);
        std::unique_ptr<QNetworkReply> reply(m_network.post(http, request.toJson()));
        QSignalSpy done(reply.get(), &QNetworkReply::finished);
        if (!reply->isFinished())
            done.wait(15000);
        return reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    }

    std::unique_ptr<Device> device(const QString &municipality, const QString &name)
    {
        auto result = std::make_unique<Device>(
            m_dir.filePath(QUuid::createUuid().toString(QUuid::WithoutBraces) + u".sqlite"_s),
            m_connection, m_clock);
        const QString code = ServerProcess::codeIn(
            m_server->command({ u"invite-participant"_s, municipality, name }));
        result->engine.setServer(m_server->base(), { m_server->certificate() });
        const QString token
            = redeemCode(m_network, m_server->base(), m_server->certificate(), code);
        result->engine.setToken(token);
        m_tokens.insert(result.get(), token);
        result->engine.setOwnMunicipality(municipality);
        if (const QString error = result->sync(); !error.isEmpty())
            qWarning("first sync: %s", qPrintable(error));
        return result;
    }

    static QString notesOf(Device &device, const QString &stepId)
    {
        const auto step = device.replica.projects().step(stepId);
        return step ? step->notes : u"<missing>"_s;
    }

    static QStringList keptTexts(Device &device, const QString &stepId)
    {
        QStringList texts;
        QSqlQuery query(device.replica.database().connection());
        query.prepare(u"SELECT text FROM conflicts WHERE row_id = ? ORDER BY text"_s);
        query.addBindValue(stepId);
        query.exec();
        while (query.next())
            texts.append(query.value(0).toString());
        return texts;
    }

    static void edit(Device &device, const QString &stepId, const QString &notes, QDateTime at)
    {
        auto step = device.replica.projects().step(stepId);
        QVERIFY(step);
        step->notes = notes;
        QVERIFY(device.replica.projects().updateStep(*step, at));
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_server = std::make_unique<ServerProcess>(
            m_dir.filePath(u"server"_s), ServerProcess::databaseArguments(u"scenarios"_s));
        QVERIFY(m_server->command({ u"import-programme"_s, QStringLiteral(PROGRAMME_FILE) })
                    .contains(u"20 dates"_s));
        QVERIFY(m_server->start());
    }

    /// Two participants of one municipality, two devices each, all editing the same step and
    /// writing to the log while offline: every text ends up either current or kept.
    void twoParticipantsOnTwoDevicesEachEditTheSameStepOffline()
    {
        const QString town = m_server->command({ u"add-municipality"_s, u"Doppelstadt"_s });
        std::vector<std::unique_ptr<Device>> devices;
        devices.push_back(device(town, u"Erika"_s)); // phone
        devices.push_back(device(town, u"Erika"_s)); // office PC
        devices.push_back(device(town, u"Jonas"_s)); // phone
        devices.push_back(device(town, u"Jonas"_s)); // office PC
        Step step;
        step.title = u"Flyer drucken"_s;
        QVERIFY(devices[0]->replica.projects().addStepTo(town, &step, m_clock.now()));
        for (auto &each : devices)
            QCOMPARE(each->sync(), QString());

        // Offline: each device changes the notes from the same empty text, one also the
        // status, and each writes a log entry. The device clocks disagree by up to a day.
        for (int i = 0; i < 4; ++i) {
            const QDateTime at = m_clock.now().addSecs((i - 2) * 43200);
            edit(*devices[i], step.id, u"Notiz von Gerät %1"_s.arg(i + 1), at);
            LogEntry entry;
            entry.entryDate = QDate(2026, 11, 20);
            entry.text = u"Eintrag von Gerät %1"_s.arg(i + 1);
            QVERIFY(devices[i]->replica.projects().addLogEntryTo(town, &entry, at));
        }
        auto done = *devices[2]->replica.projects().step(step.id);
        done.status = Step::Status::Done;
        QVERIFY(devices[2]->replica.projects().updateStep(done, m_clock.now()));

        // Back online in an order no clock decides, then once more so everyone has it all.
        for (const int i : { 2, 0, 3, 1 })
            QCOMPARE(devices[i]->sync(), QString());
        for (auto &each : devices)
            QCOMPARE(each->sync(), QString());

        // Server order: the last device to arrive wins the field; the three texts it
        // replaced are kept, with their authors, on every device.
        const QStringList replaced
            = { u"Notiz von Gerät 1"_s, u"Notiz von Gerät 3"_s, u"Notiz von Gerät 4"_s };
        for (auto &each : devices) {
            QCOMPARE(notesOf(*each, step.id), u"Notiz von Gerät 2"_s);
            QCOMPARE(each->replica.projects().step(step.id)->status, Step::Status::Done);
            QCOMPARE(keptTexts(*each, step.id), replaced);
            QCOMPARE(each->count(u"SELECT count(*) FROM log_entries"_s), 4);
            QCOMPARE(each->count(u"SELECT count(DISTINCT text) FROM log_entries"_s), 4);
            QCOMPARE(each->changeLog.pendingCount(), 0);
            QCOMPARE(each->repository.rejectedCount(), 0);
        }
        QCOMPARE(devices[0]->count(u"SELECT count(*) FROM conflicts WHERE author_contact_id = "
                                   "'' OR row_id <> '%1'"_s.arg(step.id)),
            0);

        // Taken over on one device: the kept text becomes the notes everywhere, the record goes.
        const auto records = devices[3]->replica.projects().keptTexts(
            devices[3]->replica.projects().projectOf(town)->id);
        QCOMPARE(records.size(), 3);
        QVERIFY(devices[3]->replica.projects().adoptKeptText(records.first().id, m_clock.now()));
        QCOMPARE(devices[3]->sync(), QString());
        QCOMPARE(devices[0]->sync(), QString());
        QCOMPARE(notesOf(*devices[0], step.id), records.first().text);
        QCOMPARE(keptTexts(*devices[0], step.id).size(), 2);
        QCOMPARE(devices[3]->repository.rejectedCount(), 0);
    }

    /// A device loses its download position (§1): resuming from nothing gives what a full
    /// sync gives, with nothing doubled and its waiting change sent once.
    void lostCursorGivesTheSameAsAFullSync()
    {
        const QString town = m_server->command({ u"add-municipality"_s, u"Cursorstadt"_s });
        auto phone = device(town, u"Erika"_s);
        for (const auto &title : { u"Eins"_s, u"Zwei"_s }) {
            Step step;
            step.title = title;
            QVERIFY(phone->replica.projects().addStepTo(town, &step, m_clock.now()));
        }
        LogEntry entry;
        entry.entryDate = QDate(2026, 11, 20);
        entry.text = u"Einmal"_s;
        QVERIFY(phone->replica.projects().addLogEntryTo(town, &entry, m_clock.now()));
        QCOMPARE(phone->sync(), QString());

        Step waiting;
        waiting.title = u"Wartet noch"_s;
        QVERIFY(phone->replica.projects().addStepTo(town, &waiting, m_clock.now()));
        QVERIFY(phone->repository.setCursors({})); // the position is gone
        QCOMPARE(phone->sync(), QString());
        QCOMPARE(phone->changeLog.pendingCount(), 0);

        auto fresh = device(town, u"Neu"_s); // a full sync from scratch
        QCOMPARE(phone->sync(), QString()); // and the phone hears of the newcomer too
        const QString projectRows
            = u"SELECT count(*) FROM steps WHERE project_id = '%1'"_s.arg(Ids::projectIdFor(town));
        QCOMPARE(phone->count(projectRows), 3);
        QCOMPARE(fresh->count(projectRows), 3);
        for (const auto &table : { u"events"_s, u"places"_s, u"municipalities"_s })
            QCOMPARE(phone->count(u"SELECT count(*) FROM %1"_s.arg(table)),
                fresh->count(u"SELECT count(*) FROM %1"_s.arg(table)));
        QCOMPARE(phone->count(u"SELECT count(*) FROM log_entries WHERE text = 'Einmal'"_s), 1);
        QCOMPARE(fresh->count(u"SELECT count(*) FROM log_entries WHERE text = 'Einmal'"_s), 1);
        QCOMPARE(phone->repository.cursors(), fresh->repository.cursors());
    }

    /// The server commits an upload but the answer never arrives; the same upload comes again
    /// (a retrying proxy) and then once more from the device itself: applied once.
    void sameUploadTwiceAndTheAnswerLost()
    {
        const QString town = m_server->command({ u"add-municipality"_s, u"Wiederstadt"_s });
        auto phone = device(town, u"Erika"_s);
        auto office = device(town, u"Jonas"_s);
        Step step;
        step.title = u"Einmal anlegen"_s;
        QVERIFY(phone->replica.projects().addStepTo(town, &step, m_clock.now()));
        LogEntry entry;
        entry.entryDate = QDate(2026, 11, 20);
        entry.text = u"Nur einmal im Tagebuch"_s;
        QVERIFY(phone->replica.projects().addLogEntryTo(town, &entry, m_clock.now()));
        auto renamed = *phone->replica.projects().step(step.id);
        renamed.notes = u"Erster Stand"_s;
        QVERIFY(phone->replica.projects().updateStep(renamed, m_clock.now()));
        const int pending = phone->changeLog.pendingCount();
        QVERIFY(pending >= 3);

        QCOMPARE(sendAndLoseTheAnswer(*phone), 200);
        QCOMPARE(sendAndLoseTheAnswer(*phone), 200);
        QCOMPARE(phone->changeLog.pendingCount(), pending); // the device heard nothing

        // Meanwhile the office changes the notes; the phone's late retry must not undo that.
        QCOMPARE(office->sync(), QString());
        edit(*office, step.id, u"Stand aus dem Büro"_s, m_clock.now());
        QCOMPARE(office->sync(), QString());

        QCOMPARE(phone->sync(), QString());
        QCOMPARE(phone->changeLog.pendingCount(), 0);
        QCOMPARE(phone->repository.rejectedCount(), 0);
        QCOMPARE(office->sync(), QString());
        for (auto *each : { phone.get(), office.get() }) {
            QCOMPARE(each->count(u"SELECT count(*) FROM log_entries WHERE text = "
                                 "'Nur einmal im Tagebuch'"_s),
                1);
            QCOMPARE(notesOf(*each, step.id), u"Stand aus dem Büro"_s);
            QCOMPARE(keptTexts(*each, step.id), QStringList());
        }
    }

    /// An organiser moves a date (in the draft, then publishes it) and comments on a project
    /// through the API; a participant's
    /// device shows the date as moved (with the time it had) and the comment.
    void organiserMovesADateAndComments()
    {
        const QString town = m_server->command({ u"add-municipality"_s, u"Kommentarstadt"_s });
        auto participant = device(town, u"Erika"_s);
        Step step;
        step.title = u"Rat informieren"_s;
        QVERIFY(participant->replica.projects().addStepTo(town, &step, m_clock.now()));
        QCOMPARE(participant->sync(), QString());

        auto organiser = std::make_unique<Device>(
            m_dir.filePath(u"organiser.sqlite"_s), m_connection, m_clock);
        const QString code
            = ServerProcess::codeIn(m_server->command({ u"invite-organiser"_s, u"Alina"_s }));
        const QString token
            = redeemCode(m_network, m_server->base(), m_server->certificate(), code);
        organiser->engine.setServer(m_server->base(), { m_server->certificate() });
        organiser->engine.setToken(token);
        QCOMPARE(organiser->sync(), QString());

        QSqlQuery first(participant->replica.database().connection());
        QVERIFY(first.exec(u"SELECT id, starts_at FROM events WHERE kind = 'info_talk' "
                           "ORDER BY starts_at LIMIT 1"_s)
            && first.next());
        const QString eventId = first.value(0).toString();
        const qint64 oldStart = first.value(1).toLongLong();
        const QDateTime moved = QDateTime::fromMSecsSinceEpoch(oldStart, Qt::UTC).addDays(7);
        ChangeLog changes(organiser->replica.database().connection());
        QVERIFY(changes.record(u"event_draft"_s, eventId, u"update"_s,
            { { u"startsAt"_s, moved.toString(Qt::ISODate) },
                { u"endsAt"_s, moved.addSecs(3600).toString(Qt::ISODate) },
                { u"room"_s, u"Raum Rhein"_s } },
            m_clock.now()));
        QVERIFY(changes.record(u"release"_s, u"release-moved"_s, u"insert"_s,
            { { u"note"_s, u"Das Infogespräch ist eine Woche später."_s } }, m_clock.now()));
        QVERIFY(changes.record(u"comment"_s, u"comment-kommentarstadt"_s, u"insert"_s,
            { { u"projectId"_s, Ids::projectIdFor(town) }, { u"stepId"_s, step.id },
                { u"text"_s, u"Bitte die Vorlage bis Freitag."_s } },
            m_clock.now()));
        QCOMPARE(organiser->sync(), QString());
        QCOMPARE(organiser->repository.rejectedCount(), 0);
        QCOMPARE(organiser->changeLog.pendingCount(), 0);

        QCOMPARE(participant->sync(), QString());
        QSqlQuery after(participant->replica.database().connection());
        after.prepare(
            u"SELECT starts_at, change_kind, previous_starts_at FROM events WHERE id = ?"_s);
        after.addBindValue(eventId);
        QVERIFY(after.exec() && after.next());
        QCOMPARE(after.value(0).toLongLong(), moved.toMSecsSinceEpoch());
        QCOMPARE(after.value(1).toString(), u"moved"_s);
        QCOMPARE(after.value(2).toLongLong(), oldStart);
        // The room the organiser named arrives; the venue's postal address came with the
        // programme the server started with.
        QSqlQuery room(participant->replica.database().connection());
        room.prepare(u"SELECT room FROM events WHERE id = ?"_s);
        room.addBindValue(eventId);
        QVERIFY(room.exec() && room.next());
        QCOMPARE(room.value(0).toString(), u"Raum Rhein"_s);
        QCOMPARE(participant->count(u"SELECT count(*) FROM places WHERE id = 'djh-duesseldorf' "
                                    "AND address = 'Düsseldorfer Straße 1, 40545 Düsseldorf'"_s),
            1);
        const auto comments
            = participant->replica.projects().organiserNotes(Ids::projectIdFor(town));
        QCOMPARE(comments.size(), 1);
        QCOMPARE(comments.first().text, u"Bitte die Vorlage bis Freitag."_s);
        QCOMPARE(comments.first().stepId, step.id);
        QVERIFY(comments.first().writtenAt.isValid());

        // A participant cannot do the same: refused, kept, nothing moved.
        ChangeLog own(participant->replica.database().connection());
        QVERIFY(own.record(u"event"_s, eventId, u"update"_s,
            { { u"startsAt"_s, moved.addDays(1).toString(Qt::ISODate) } }, m_clock.now()));
        QCOMPARE(participant->sync(), QString());
        QCOMPARE(participant->count(u"SELECT count(*) FROM rejected_changes WHERE entity = "
                                    "'event' AND reason = 'not_allowed'"_s),
            1);
        QCOMPARE(organiser->sync(), QString());
        QSqlQuery unchanged(organiser->replica.database().connection());
        unchanged.prepare(u"SELECT starts_at FROM events WHERE id = ?"_s);
        unchanged.addBindValue(eventId);
        QVERIFY(unchanged.exec() && unchanged.next());
        QCOMPARE(unchanged.value(0).toLongLong(), moved.toMSecsSinceEpoch());
    }

    /// One device removes a step while another, offline, edits it: the removal stands and
    /// the edit is kept with the server's reason, not silently dropped.
    void deletionAgainstAConcurrentEdit()
    {
        const QString town = m_server->command({ u"add-municipality"_s, u"Löschstadt"_s });
        auto phone = device(town, u"Erika"_s);
        auto office = device(town, u"Jonas"_s);
        Step step;
        step.title = u"Saal buchen"_s;
        QVERIFY(phone->replica.projects().addStepTo(town, &step, m_clock.now()));
        QCOMPARE(phone->sync(), QString());
        QCOMPARE(office->sync(), QString());

        QVERIFY(phone->replica.projects().deleteStep(step.id, m_clock.now()));
        edit(*office, step.id, u"Saal 3 ist frei am 12.12."_s, m_clock.now());
        QCOMPARE(phone->sync(), QString());
        QCOMPARE(office->sync(), QString());

        QVERIFY(!office->replica.projects().step(step.id));
        QVERIFY(!phone->replica.projects().step(step.id));
        QCOMPARE(office->repository.rejectedCount(), 1);
        QCOMPARE(office->count(u"SELECT count(*) FROM rejected_changes WHERE reason = "
                               "'not_found' AND payload LIKE '%Saal 3 ist frei%'"_s),
            1);
        QCOMPARE(office->changeLog.pendingCount(), 0);
    }

    /// A device offline longer than the server keeps deletions downloads its project again,
    /// without the removed step, and keeps and sends what it changed meanwhile.
    void offlinePastTheTombstoneHorizonWithPendingChanges()
    {
        const QString town = m_server->command({ u"add-municipality"_s, u"Fernstadt"_s });
        auto away = device(town, u"Erika"_s);
        auto home = device(town, u"Jonas"_s);
        Step removed;
        removed.title = u"Wird gestrichen"_s;
        Step edited;
        edited.title = u"Wird geändert"_s;
        QVERIFY(home->replica.projects().addStepTo(town, &removed, m_clock.now()));
        QVERIFY(home->replica.projects().addStepTo(town, &edited, m_clock.now()));
        QCOMPARE(home->sync(), QString());
        QCOMPARE(away->sync(), QString());
        QVERIFY(away->replica.projects().step(removed.id));
        QVERIFY(away->replica.projects().step(edited.id));

        // Away for months: edits one step, adds another. At home one step is removed, and
        // the server forgets the removal (past the horizon).
        edit(*away, edited.id, u"Unterwegs ergänzt"_s, m_clock.now());
        Step added;
        added.title = u"Unterwegs angelegt"_s;
        QVERIFY(away->replica.projects().addStepTo(town, &added, m_clock.now()));
        QVERIFY(home->replica.projects().deleteStep(removed.id, m_clock.now()));
        QCOMPARE(home->sync(), QString());
        const QString forgot = m_server->command({ u"forget-deletions"_s, u"0"_s });
        QVERIFY2(forgot.startsWith(u"Forgot "_s) && !forgot.startsWith(u"Forgot 0"_s),
            qPrintable(forgot));

        QCOMPARE(away->sync(), QString());
        QVERIFY(!away->replica.projects().step(removed.id)); // not brought back
        QCOMPARE(notesOf(*away, edited.id), u"Unterwegs ergänzt"_s);
        QVERIFY(away->replica.projects().step(added.id));
        QCOMPARE(away->changeLog.pendingCount(), 0);
        QCOMPARE(away->repository.rejectedCount(), 0);
        QCOMPARE(away->count(u"SELECT count(*) FROM reset_candidates"_s), 0);
        QVERIFY(away->repository.resetsInProgress().isEmpty());

        QCOMPARE(home->sync(), QString());
        QCOMPARE(notesOf(*home, edited.id), u"Unterwegs ergänzt"_s);
        QVERIFY(home->replica.projects().step(added.id));
        // Past the horizon now: the next sync is an ordinary one and writes nothing.
        const int writes = away->count(u"SELECT total_changes()"_s);
        QCOMPARE(away->sync(), QString());
        QCOMPARE(away->count(u"SELECT total_changes()"_s), writes);
    }
};

QTEST_GUILESS_MAIN(TestSyncScenarios)
#include "tst_syncscenarios.moc"
