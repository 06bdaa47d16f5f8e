// SPDX-License-Identifier: GPL-3.0-or-later
// Two devices with real replicas sync through the real ews-server process over HTTPS.
#include "changelog.h"
#include "clock.h"
#include "ids.h"
#include "replica.h"
#include "serverdatabase.h"
#include "serverprocess.h"
#include "storeseeder.h"
#include "syncengine.h"
#include "syncrepository.h"
#include "syncstore.h"
#include "testdevice.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QMutex>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <atomic>

using namespace Qt::StringLiterals;

class TestSyncEngine : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<ServerProcess> m_server;
    QNetworkAccessManager m_network;
    SyncConnection m_connection;
    FixedClock m_clock { QDateTime(QDate(2026, 11, 21), QTime(9, 0), Qt::UTC) };
    QString m_municipality;

    QString signIn(const QString &name)
    {
        const QString code = ServerProcess::codeIn(
            m_server->command({ u"invite-participant"_s, m_municipality, name }));
        return redeemCode(m_network, m_server->base(), m_server->certificate(), code);
    }

    std::unique_ptr<Device> device(const QString &name, const QString &token = {})
    {
        auto result
            = std::make_unique<Device>(m_dir.filePath(name + u".sqlite"_s), m_connection, m_clock);
        result->engine.setServer(m_server->base(), { m_server->certificate() });
        result->engine.setToken(token.isEmpty() ? signIn(name) : token);
        return result;
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_server = std::make_unique<ServerProcess>(
            m_dir.filePath(u"server"_s), ServerProcess::databaseArguments(u"engine"_s));
        QVERIFY(m_server->command({ u"import-programme"_s, QStringLiteral(PROGRAMME_FILE) })
                    .contains(u"20 dates"_s));
        m_municipality = m_server->command({ u"add-municipality"_s, u"Musterstadt"_s });
        QVERIFY(m_server->start());
    }

    void stepsTravelBetweenDevicesAndNothingStaysQueued()
    {
        auto phone = device(u"erika"_s);
        auto office = device(u"jonas"_s);
        QCOMPARE(phone->sync(), QString());
        QCOMPARE(office->sync(), QString());

        Step step;
        step.title = u"Flyer drucken"_s;
        QVERIFY(phone->replica.projects().addStepTo(m_municipality, &step, m_clock.now()));
        QCOMPARE(phone->changeLog.pendingCount(), 2); // the project, then the step
        QCOMPARE(phone->sync(), QString());
        QCOMPARE(phone->changeLog.pendingCount(), 0);
        QCOMPARE(phone->repository.rejectedCount(), 0);

        QCOMPARE(office->sync(), QString());
        const auto mirrored = office->replica.projects().step(step.id);
        QVERIFY(mirrored);
        QCOMPARE(mirrored->title, u"Flyer drucken"_s);
        QCOMPARE(office->count(u"SELECT count(*) FROM municipalities"_s), 1);

        // The office PC finishes it; the phone sees it on its next sync.
        Step done = *mirrored;
        done.status = Step::Status::Done;
        QVERIFY(office->replica.projects().updateStep(done, m_clock.now()));
        QCOMPARE(office->sync(), QString());
        QCOMPARE(phone->sync(), QString());
        QCOMPARE(phone->replica.projects().step(step.id)->status, Step::Status::Done);
    }

    void whatOthersDidIsNewsAndNeitherTheFirstDownloadNorOnesOwnIs()
    {
        auto phone = device(u"erika7"_s);
        QCOMPARE(phone->sync(), QString());
        Step early;
        early.title = u"Vor dem zweiten Gerät"_s;
        QVERIFY(phone->replica.projects().addStepTo(m_municipality, &early, m_clock.now()));
        QCOMPARE(phone->sync(), QString());

        // A new device downloads everything: none of it is news.
        auto office = device(u"jonas7"_s);
        QCOMPARE(office->sync(), QString());
        QVERIFY(office->replica.projects().step(early.id));
        QCOMPARE(office->replica.news().unseen(m_municipality).size(), 0);

        // The phone adds a step and a log entry: news on the office PC, not on the phone.
        Step step;
        step.title = u"Neuigkeit"_s;
        QVERIFY(phone->replica.projects().addStepTo(m_municipality, &step, m_clock.now()));
        LogEntry entry;
        entry.entryDate = QDate(2026, 11, 21);
        entry.text = u"Flyer bestellt"_s;
        QVERIFY(phone->replica.projects().addLogEntryTo(m_municipality, &entry, m_clock.now()));
        QCOMPARE(phone->sync(), QString());
        QCOMPARE(office->sync(), QString());
        QCOMPARE(phone->replica.news().unseen(m_municipality).size(), 0);
        auto news = office->replica.news().unseen(m_municipality);
        QCOMPARE(news.size(), 2);
        QSet<QString> rows;
        for (const auto &item : news) {
            QCOMPARE(item.kind, u"new"_s);
            QCOMPARE(item.municipalityId, m_municipality);
            rows.insert(item.entity + u'/' + item.rowId);
        }
        QCOMPARE(rows, (QSet<QString> { u"step/"_s + step.id, u"log_entry/"_s + entry.id }));
        QVERIFY(office->replica.news().markSeen());

        // The office finishes the step: news on the phone once it syncs.
        Step done = *office->replica.projects().step(step.id);
        done.status = Step::Status::Done;
        QVERIFY(office->replica.projects().updateStep(done, m_clock.now()));
        QCOMPARE(office->sync(), QString());
        QCOMPARE(office->replica.news().unseen(m_municipality).size(), 0);
        QCOMPARE(phone->sync(), QString());
        news = phone->replica.news().unseen(m_municipality);
        QCOMPARE(news.size(), 1);
        QCOMPARE(news.constFirst().kind, u"status"_s);
        QCOMPARE(news.constFirst().stepStatus, u"done"_s);
    }

    void notesReachTheWritersOtherDeviceAndNoOneElse()
    {
        const QJsonObject first = redeem(m_network, m_server->base(), m_server->certificate(),
            ServerProcess::codeIn(
                m_server->command({ u"invite-participant"_s, m_municipality, u"Nora"_s })));
        const QString person = first.value("personId"_L1).toString();
        const QString second
            = ServerProcess::codeIn(m_server->command({ u"invite-device"_s, person }));
        QVERIFY(!second.isEmpty());
        QVERIFY(ServerProcess::codeIn(m_server->command({ u"invite-device"_s, u"nobody"_s }))
                    .isEmpty());
        auto phone = device(u"nora-phone"_s, first.value("token"_L1).toString());
        auto office = device(
            u"nora-pc"_s, redeemCode(m_network, m_server->base(), m_server->certificate(), second));
        auto colleague = device(u"jonas8"_s);
        const QString date = u"ews7-module-3-day-1"_s;

        QVERIFY(phone->replica.notes().save(person, date, u"Raum 204"_s, {}, m_clock.now()));
        QCOMPARE(phone->sync(), QString());
        QCOMPARE(office->sync(), QString());
        QCOMPARE(colleague->sync(), QString());
        QVERIFY(office->replica.notes().note(date));
        QCOMPARE(office->replica.notes().note(date)->text, u"Raum 204"_s);
        QVERIFY(!colleague->replica.notes().note(date));

        // Both devices change it offline: the second to sync keeps the first one's text too.
        QVERIFY(phone->replica.notes().save(person, date, u"Raum 210"_s, {}, m_clock.now()));
        QVERIFY(office->replica.notes().save(
            person, date, u"Raum 204, Flipchart mitbringen"_s, {}, m_clock.now()));
        QCOMPARE(phone->sync(), QString());
        QCOMPARE(office->sync(), QString());
        QCOMPARE(phone->sync(), QString());
        const QString merged = office->replica.notes().note(date)->text;
        QVERIFY2(
            merged.contains(u"Raum 210"_s) && merged.contains(u"Flipchart"_s), qPrintable(merged));
        QCOMPARE(phone->replica.notes().note(date)->text, merged);

        // Removed on one device, gone on the other.
        QVERIFY(office->replica.notes().save(person, date, QString(), {}, m_clock.now()));
        QCOMPARE(office->sync(), QString());
        QCOMPARE(phone->sync(), QString());
        QVERIFY(!phone->replica.notes().note(date));
        QCOMPARE(phone->changeLog.pendingCount(), 0);
    }

    void aQuestionReachesTheOrganisersAndTheirAnswerTheParticipants()
    {
        auto phone = device(u"erika9"_s);
        const QString organiserToken
            = redeemCode(m_network, m_server->base(), m_server->certificate(),
                ServerProcess::codeIn(m_server->command({ u"invite-organiser"_s, u"Alina"_s })));
        auto organiser = device(u"alina9"_s, organiserToken);
        QCOMPARE(phone->sync(), QString());
        QCOMPARE(organiser->sync(), QString());

        LogEntry question;
        question.entryDate = QDate(2026, 11, 21);
        question.text = u"Wie finden wir Lotsinnen?"_s;
        question.question = true;
        QVERIFY(phone->replica.projects().addLogEntryTo(m_municipality, &question, m_clock.now()));
        QCOMPARE(phone->sync(), QString());
        QCOMPARE(organiser->sync(), QString());
        const QString project = Ids::projectIdFor(m_municipality);
        const auto arrived = organiser->replica.projects().logEntries(project);
        const auto asked = std::find_if(arrived.cbegin(), arrived.cend(),
            [&question](const LogEntry &entry) { return entry.id == question.id; });
        QVERIFY(asked != arrived.cend());
        QVERIFY(asked->question);

        OrganiserNote answer;
        answer.projectId = project;
        answer.text = u"Fragen Sie die Freiwilligenagentur."_s;
        QVERIFY(organiser->replica.projects().addOrganiserNote(&answer, m_clock.now()));
        QCOMPARE(organiser->sync(), QString());
        QCOMPARE(organiser->changeLog.pendingCount(), 0);
        QCOMPARE(phone->sync(), QString());
        const auto comments = phone->replica.projects().organiserNotes(project);
        QCOMPARE(comments.size(), 1);
        QCOMPARE(comments.first().text, answer.text);
        QVERIFY(!comments.first().authorContactId.isEmpty()); // set by the server
        const auto news = phone->replica.news().unseen(m_municipality);
        QVERIFY(std::any_of(news.cbegin(), news.cend(),
            [](const ProjectNews &item) { return item.entity == "comment"_L1; }));
    }

    void aLongFirstDownloadAsksAheadAndStoresEveryPage()
    {
        // More rows than the first answer carries (2,500), fewer than the first two together
        // (7,500): the first sync takes two pages.
        const auto reader = StoreSeeder(m_server->storeConnection()).seed(5600, 1, 0);
        // The project changes after its steps and entries were written: its row now comes
        // after theirs, on the second page.
        ServerDatabase store(m_server->storeConnection());
        SyncStore rows(store);
        QVERIFY(rows.storeRow(u"project"_s, Ids::projectIdFor(reader.municipalityId),
            reader.municipalityId, { { u"title"_s, u"Engagement sichtbar machen"_s } }));
        QSqlQuery onServer(store.connection());
        QVERIFY(onServer.exec(
            u"SELECT count(*) FROM rows WHERE entity = 'log_entry' AND deleted = 0"_s));
        QVERIFY(onServer.next());
        const int entriesOnServer = onServer.value(0).toInt();
        // Noted on the connection's thread, as each request is made: how many pages the
        // device had stored by then.
        std::atomic<int> pagesStored = 0;
        QMutex noting;
        QList<int> storedWhenSent;
        /// Calls @c sending as each request is made.
        class Watching : public QNetworkAccessManager
        {
        public:
            std::function<void()> sending;

        protected:
            QNetworkReply *createRequest(
                Operation operation, const QNetworkRequest &request, QIODevice *data) override
            {
                sending();
                return QNetworkAccessManager::createRequest(operation, request, data);
            }
        };
        SyncConnection connection([&] {
            auto network = std::make_unique<Watching>();
            network->sending = [&] {
                const QMutexLocker lock(&noting);
                storedWhenSent.append(pagesStored);
            };
            return network;
        });
        Device phone(m_dir.filePath(u"reader.sqlite"_s), connection, m_clock);
        phone.engine.setServer(m_server->base(), { m_server->certificate() });
        phone.engine.setToken(
            redeemCode(m_network, m_server->base(), m_server->certificate(), reader.code));
        QSignalSpy pages(&phone.engine, &SyncEngine::dataChanged);
        connect(&phone.engine, &SyncEngine::dataChanged, this, [&] { ++pagesStored; });
        QCOMPARE(phone.sync(), QString());
        // The second page was asked for before the first was stored (its answer is read on the
        // connection's thread meanwhile); both were stored.
        QMutexLocker lock(&noting);
        QCOMPARE(storedWhenSent, QList<int>({ 0, 0 }));
        QCOMPARE(pages.size(), 2);
        QCOMPARE(phone.count(u"SELECT count(*) FROM log_entries"_s), entriesOnServer);
        QVERIFY(entriesOnServer >= 3360);
        QCOMPARE(phone.count(u"SELECT count(*) FROM projects WHERE id = '%1' "
                             "AND title = 'Engagement sichtbar machen'"_s.arg(
                                 Ids::projectIdFor(reader.municipalityId))),
            1);
        // Caught up: the next sync brings nothing and asks once.
        lock.unlock();
        QCOMPARE(phone.sync(), QString());
        lock.relock();
        QCOMPARE(storedWhenSent.size(), 3);
        QCOMPARE(pages.size(), 2);
    }

    void syncWithNothingNewWritesNothing()
    {
        auto phone = device(u"erika6"_s);
        QCOMPARE(phone->sync(), QString());
        QCOMPARE(phone->sync(), QString()); // cursors now match the server
        const int before = phone->count(u"SELECT total_changes()"_s);
        QSignalSpy reloads(&phone->engine, &SyncEngine::dataChanged);
        QCOMPARE(phone->sync(), QString());
        QCOMPARE(phone->count(u"SELECT total_changes()"_s), before);
        QCOMPARE(reloads.size(), 0); // the screens are not reset for nothing
    }

    void refusedChangeIsKeptWithItsReasonAndDoesNotBlock()
    {
        auto phone = device(u"erika2"_s);
        QCOMPARE(phone->sync(), QString());
        // Participants cannot add municipalities on the server; the step behind it goes through.
        QVERIFY(!phone->replica.contacts()
                     .addMunicipality(u"Eigene Kommune"_s, m_clock.now())
                     .isEmpty());
        LogEntry entry;
        entry.entryDate = QDate(2026, 11, 20);
        entry.text = u"Termin beim Rat"_s;
        QVERIFY(phone->replica.projects().addLogEntryTo(m_municipality, &entry, m_clock.now()));
        QCOMPARE(phone->sync(), QString());
        QCOMPARE(phone->changeLog.pendingCount(), 0);
        QCOMPARE(phone->repository.rejectedCount(), 1);
        QCOMPARE(
            phone->count(
                u"SELECT count(*) FROM rejected_changes WHERE reason = 'not_allowed' AND message <> ''"_s),
            1);
    }

    void theConnectionAnswersEachRequestOnceAndAnAbortedOneNever()
    {
        SyncConnection connection;
        QList<std::pair<quint64, int>> answers;
        connect(&connection, &SyncConnection::answered, this,
            [&](quint64 request, const SyncAnswer &answer) {
                answers.append({ request, answer.status });
            });
        QNetworkRequest http(m_server->base().resolved(QUrl(u"v1/sync"_s)));
        http.setHeader(QNetworkRequest::ContentTypeHeader, u"application/json"_s);
        auto tls = QSslConfiguration::defaultConfiguration();
        tls.addCaCertificate(m_server->certificate());
        http.setSslConfiguration(tls);
        const quint64 aborted = connection.post(http, "{}");
        connection.abort(aborted);
        const quint64 answered = connection.post(http, "{}");
        QVERIFY(aborted != answered);
        QTRY_COMPARE(answers.size(), 1);
        QCOMPARE(answers.first(), std::pair(answered, 401)); // no token
        QTest::qWait(300); // nothing more comes
        QCOMPARE(answers.size(), 1);
    }

    void offlineKeepsTheQueue()
    {
        auto phone = device(u"erika3"_s);
        QCOMPARE(phone->sync(), QString()); // signed in once, then the Wi-Fi goes
        Step step;
        step.title = u"Offline geschrieben"_s;
        QVERIFY(phone->replica.projects().addStepTo(m_municipality, &step, m_clock.now()));
        const int pending = phone->changeLog.pendingCount();
        phone->engine.setServer(QUrl(u"https://127.0.0.1:1/"_s));
        QCOMPARE(phone->sync(), u"offline"_s);
        QCOMPARE(phone->changeLog.pendingCount(), pending);
        phone->engine.setServer(m_server->base(), { m_server->certificate() });
        QCOMPARE(phone->sync(), QString());
        QCOMPARE(phone->changeLog.pendingCount(), 0);
    }

    void unknownTokenIsToldToSignIn()
    {
        auto phone = device(u"erika4"_s);
        phone->engine.setToken(u"not-a-token"_s);
        QCOMPARE(phone->sync(), u"unauthorized"_s);
    }

    void busyServerIsToldAndTheQueueStays()
    {
        ServerProcess strict(m_dir.filePath(u"strict"_s),
            ServerProcess::databaseArguments(u"strict"_s)
                + QStringList { u"--syncs-per-minute"_s, u"2"_s });
        const QString town = strict.command({ u"add-municipality"_s, u"Eilstadt"_s });
        QVERIFY(strict.start());
        Device phone(m_dir.filePath(u"busy.sqlite"_s), m_connection, m_clock);
        phone.engine.setServer(strict.base(), { strict.certificate() });
        const QString code
            = ServerProcess::codeIn(strict.command({ u"invite-participant"_s, town, u"Eilig"_s }));
        phone.engine.setToken(redeemCode(m_network, strict.base(), strict.certificate(), code));
        QCOMPARE(phone.sync(), QString());
        QCOMPARE(phone.sync(), QString());
        Step step;
        step.title = u"Wartet"_s;
        QVERIFY(phone.replica.projects().addStepTo(town, &step, m_clock.now()));
        const int pending = phone.changeLog.pendingCount();
        QCOMPARE(phone.sync(), u"busy"_s);
        QCOMPARE(phone.changeLog.pendingCount(), pending);
    }

    void anotherStoreReplacesWhatOnlyTheOldOneHad()
    {
        auto phone = device(u"erika7"_s);
        phone->engine.setOwnMunicipality(m_municipality);
        // Someone of another municipality writes a step on the old server.
        const QString oldTown = m_server->command({ u"add-municipality"_s, u"Altstadt"_s });
        Device other(m_dir.filePath(u"altstadt.sqlite"_s), m_connection, m_clock);
        other.engine.setServer(m_server->base(), { m_server->certificate() });
        other.engine.setToken(redeemCode(m_network, m_server->base(), m_server->certificate(),
            ServerProcess::codeIn(
                m_server->command({ u"invite-participant"_s, oldTown, u"Jonas"_s }))));
        QCOMPARE(other.sync(), QString());
        Step theirs;
        theirs.title = u"Nur auf dem alten Server"_s;
        QVERIFY(other.replica.projects().addStepTo(oldTown, &theirs, m_clock.now()));
        QCOMPARE(other.sync(), QString());
        QCOMPARE(phone->sync(), QString());
        QVERIFY(phone->replica.projects().step(theirs.id));
        Step mine;
        mine.title = u"Offline geschrieben"_s;
        QVERIFY(phone->replica.projects().addStepTo(m_municipality, &mine, m_clock.now()));

        // The phone is pointed at a new server (a new store, not a copy of the old one).
        ServerProcess fresh(
            m_dir.filePath(u"fresh"_s), ServerProcess::databaseArguments(u"fresh"_s));
        QVERIFY(fresh.command({ u"import-programme"_s, QStringLiteral(PROGRAMME_FILE) })
                    .contains(u"20 dates"_s));
        const QString town = fresh.command({ u"add-municipality"_s, u"Neustadt"_s });
        QVERIFY(fresh.start());
        const QString code
            = ServerProcess::codeIn(fresh.command({ u"invite-participant"_s, town, u"Erika"_s }));
        phone->engine.setServer(fresh.base(), { fresh.certificate() });
        phone->engine.setToken(redeemCode(m_network, fresh.base(), fresh.certificate(), code));
        const int events = phone->count(u"SELECT count(*) FROM events"_s);
        QCOMPARE(phone->sync(), QString());

        QVERIFY(!phone->replica.projects().step(theirs.id)); // only the old store had it
        QVERIFY(phone->replica.contacts().municipality(town));
        QCOMPARE(phone->count(u"SELECT count(*) FROM events"_s), events);
        QCOMPARE(phone->count(u"SELECT count(*) FROM events WHERE change_kind <> ''"_s), 0);
        QCOMPARE(phone->count(u"SELECT count(*) FROM reset_candidates"_s), 0);
        // The phone's own step is not lost: kept, and refused with a reason by a store where
        // the phone belongs to another municipality.
        QVERIFY(phone->replica.projects().step(mine.id));
        QVERIFY(phone->repository.rejectedCount() > 0);
        QCOMPARE(phone->changeLog.pendingCount(), 0);
    }

    // Last: it puts the server's store back to an older copy.
    void serverRestoredFromABackupGetsTheLostRowsBack()
    {
        auto phone = device(u"erika5"_s);
        phone->engine.setOwnMunicipality(m_municipality);
        QCOMPARE(phone->sync(), QString());
        Step before;
        before.title = u"Vor der Sicherung"_s;
        QVERIFY(phone->replica.projects().addStepTo(m_municipality, &before, m_clock.now()));
        QCOMPARE(phone->sync(), QString());
        const QString backup = m_dir.filePath(u"backup.db"_s);
        QCOMPARE(m_server->backup(backup), QString());

        Step after;
        after.title = u"Nach der Sicherung"_s;
        QVERIFY(phone->replica.projects().addStepTo(m_municipality, &after, m_clock.now()));
        LogEntry entry;
        entry.entryDate = QDate(2026, 11, 20);
        entry.text = u"Nach der Sicherung geschrieben"_s;
        QVERIFY(phone->replica.projects().addLogEntryTo(m_municipality, &entry, m_clock.now()));
        QCOMPARE(phone->sync(), QString());
        QCOMPARE(phone->changeLog.pendingCount(), 0);

        // The operator restores the backup: the server has forgotten the later step and entry.
        QCOMPARE(m_server->restore(backup), QString());
        QVERIFY(m_server->start());
        phone->engine.setServer(m_server->base(), { m_server->certificate() }); // a new port

        // The phone notices the store went back in time and sends its rows again.
        QCOMPARE(phone->sync(), QString());
        QCOMPARE(phone->changeLog.pendingCount(), 0);
        auto office = device(u"jonas5"_s);
        QCOMPARE(office->sync(), QString());
        QVERIFY(office->replica.projects().step(before.id));
        QVERIFY(office->replica.projects().step(after.id));
        QCOMPARE(
            office->count(
                u"SELECT count(*) FROM log_entries WHERE text = 'Nach der Sicherung geschrieben'"_s),
            1);
    }
    void afterARestoreAnOlderCopySentAgainKeepsTheNewerText()
    {
        // Two participants of one municipality; the office's title is newer than the phone's
        // copy when the server goes back to a backup taken before it.
        auto office = device(u"erika7"_s);
        auto phone = device(u"jonas7"_s);
        for (auto *each : { office.get(), phone.get() }) {
            each->engine.setOwnMunicipality(m_municipality);
            QCOMPARE(each->sync(), QString());
        }
        Step step;
        step.title = u"Flyer drucken"_s;
        QVERIFY(office->replica.projects().addStepTo(m_municipality, &step, m_clock.now()));
        QCOMPARE(office->sync(), QString());
        QCOMPARE(phone->sync(), QString());
        const QString backup = m_dir.filePath(u"backup-7.db"_s);
        QCOMPARE(m_server->backup(backup), QString());
        auto newer = *office->replica.projects().step(step.id);
        newer.title = u"Flyer drucken lassen (Copyshop)"_s;
        QVERIFY(office->replica.projects().updateStep(newer, m_clock.now()));
        QCOMPARE(office->sync(), QString());

        QCOMPARE(m_server->restore(backup), QString());
        QVERIFY(m_server->start());
        for (auto *each : { office.get(), phone.get() })
            each->engine.setServer(m_server->base(), { m_server->certificate() });
        // Both send their project again, the office first; the phone's copy is older.
        QCOMPARE(office->sync(), QString());
        QCOMPARE(phone->sync(), QString());
        QCOMPARE(office->sync(), QString());
        // The newer title is the step's or kept beside it, on every device: not lost.
        for (auto *each : { office.get(), phone.get() }) {
            const auto title = each->replica.projects().step(step.id)->title;
            const auto kept = each->count(
                u"SELECT count(*) FROM conflicts WHERE row_id = '%1' AND field = 'title' "
                "AND text = 'Flyer drucken lassen (Copyshop)'"_s.arg(step.id));
            QVERIFY2(title == newer.title || kept == 1, qPrintable(title));
        }
    }
};

QTEST_GUILESS_MAIN(TestSyncEngine)
#include "tst_syncengine.moc"
