// SPDX-License-Identifier: GPL-3.0-or-later
#include "changelog.h"
#include "replica.h"
#include "syncrepository.h"
#include "transaction.h"

#include <QFile>

#include <QJsonObject>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

using namespace Qt::StringLiterals;

class TestProjectRepository : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Replica> m_replica;
    QString m_municipalityId;
    const QDateTime m_now = QDateTime(QDate(2026, 11, 21), QTime(9, 0), Qt::UTC);

    int count(const QString &sql)
    {
        QSqlQuery query(m_replica->database().connection());
        return query.exec(sql) && query.next() ? query.value(0).toInt() : -1;
    }

private Q_SLOTS:
    void init()
    {
        m_replica = std::make_unique<Replica>(
            m_dir.filePath(QUuid::createUuid().toString(QUuid::WithoutBraces)));
        QString error;
        QVERIFY2(m_replica->open(Replica::bundledProgrammePath(), &error), qPrintable(error));
        m_municipalityId = m_replica->contacts().addMunicipality(u"Teststadt"_s, m_now);
        QVERIFY(!m_municipalityId.isEmpty());
    }

    void cleanup() { m_replica.reset(); }

    void firstStartLoadsTheProgrammeOnce()
    {
        QCOMPARE(m_replica->programme().events().size(), 20);
        QString error;
        QVERIFY(m_replica->open(Replica::bundledProgrammePath(), &error));
        QCOMPARE(count(u"SELECT count(*) FROM events"_s), 20);
    }

    void newRowsGetUuidsAndAChangeEntryEach()
    {
        const int before = ChangeLog(m_replica->database().connection()).pendingCount();
        QCOMPARE(before, 1); // the municipality
        auto project = m_replica->projects().ensureProject(m_municipalityId, m_now);
        QVERIFY(project);
        QVERIFY(!QUuid::fromString(project->id).isNull());
        Step step;
        step.projectId = project->id;
        step.title = u"Gespräch mit dem Rat"_s;
        step.dueModule = 3;
        QVERIFY(m_replica->projects().addStep(&step, m_now));
        QVERIFY(!QUuid::fromString(step.id).isNull());
        QCOMPARE(step.createdAt, m_now);

        const auto changes = ChangeLog(m_replica->database().connection()).pending();
        QCOMPARE(changes.size(), 3);
        QCOMPARE(changes.at(1).entity, u"project"_s);
        QCOMPARE(changes.at(2).entity, u"step"_s);
        QCOMPARE(changes.at(2).rowId, step.id);
        QCOMPARE(changes.at(2).operation, u"insert"_s);
        QCOMPARE(changes.at(2).payload.value("title"_L1).toString(), u"Gespräch mit dem Rat"_s);
        QCOMPARE(changes.at(2).payload.value("dueModule"_L1).toInt(), 3);
    }

    void twoDevicesStartTheSameProject()
    {
        // Two devices of one municipality, offline, each start the project: same id.
        QTemporaryDir other;
        Replica second(other.filePath(u"second.sqlite"_s));
        QString error;
        QVERIFY(second.open(Replica::bundledProgrammePath(), &error));
        QVERIFY(second.contacts().storeMunicipality({ m_municipalityId, u"Teststadt"_s }));
        const auto mine = m_replica->projects().ensureProject(m_municipalityId, m_now);
        const auto theirs = second.projects().ensureProject(m_municipalityId, m_now);
        QCOMPARE(mine->id, theirs->id);
        QCOMPARE(mine->id, ProjectRepository::projectIdFor(m_municipalityId));
        QVERIFY(mine->id != ProjectRepository::projectIdFor(u"other"_s));
    }

    void firstStepStartsTheProjectInTheSameTransaction()
    {
        QSqlQuery query(m_replica->database().connection());
        QVERIFY(query.exec(u"CREATE TRIGGER refuse BEFORE INSERT ON local_changes "
                           "WHEN NEW.entity = 'step' BEGIN SELECT RAISE(ABORT, 'full'); END"_s));
        Step step;
        step.title = u"Erster Schritt"_s;
        QVERIFY(!m_replica->projects().addStepTo(m_municipalityId, &step, m_now));
        // Neither the step nor the project it would have started is left behind.
        QCOMPARE(count(u"SELECT count(*) FROM projects"_s), 0);
        QCOMPARE(count(u"SELECT count(*) FROM local_changes WHERE entity = 'project'"_s), 0);
        QVERIFY(query.exec(u"DROP TRIGGER refuse"_s));
        QVERIFY(m_replica->projects().addStepTo(m_municipalityId, &step, m_now));
        QCOMPARE(count(u"SELECT count(*) FROM projects"_s), 1);
        QCOMPARE(count(u"SELECT count(*) FROM steps"_s), 1);
    }

    void innerTransactionsJoinTheOuterOne()
    {
        {
            Transaction outer(m_replica->database().connection());
            QVERIFY(outer.isActive());
            Step step;
            step.title = u"Wird zurückgenommen"_s;
            QVERIFY(m_replica->projects().addStepTo(m_municipalityId, &step, m_now));
            QCOMPARE(count(u"SELECT count(*) FROM steps"_s), 1);
            // The outer transaction ends without commit: everything inside goes.
        }
        QCOMPARE(count(u"SELECT count(*) FROM steps"_s), 0);
        QCOMPARE(count(u"SELECT count(*) FROM projects"_s), 0);
        QCOMPARE(count(u"SELECT count(*) FROM local_changes"_s), 1); // the municipality only
    }

    void emptyGoalCanBeSaved()
    {
        QVERIFY(
            m_replica->projects().saveProjectOf(m_municipalityId, u"Titel"_s, QString(), m_now));
        QCOMPARE(m_replica->projects().projectOf(m_municipalityId)->goal, QString());
        QCOMPARE(m_replica->projects().projectOf(m_municipalityId)->title, u"Titel"_s);
    }

    void ensureProjectIsIdempotent()
    {
        const auto first = m_replica->projects().ensureProject(m_municipalityId, m_now);
        const auto second = m_replica->projects().ensureProject(m_municipalityId, m_now);
        QCOMPARE(first->id, second->id);
        QCOMPARE(count(u"SELECT count(*) FROM projects"_s), 1);
        QCOMPARE(count(u"SELECT count(*) FROM local_changes WHERE entity = 'project'"_s), 1);
    }

    void updateRecordsOnlyChangedFields()
    {
        auto project = m_replica->projects().ensureProject(m_municipalityId, m_now);
        Step step;
        step.projectId = project->id;
        step.title = u"Flyer"_s;
        QVERIFY(m_replica->projects().addStep(&step, m_now));
        step.status = Step::Status::Done;
        QVERIFY(m_replica->projects().updateStep(step, m_now.addSecs(60)));
        const auto changes = ChangeLog(m_replica->database().connection()).pending();
        const auto &last = changes.last();
        QCOMPARE(last.operation, u"update"_s);
        QCOMPARE(last.payload.keys(), QStringList { u"status"_s });
        QCOMPARE(last.payload.value("status"_L1).toString(), u"done"_s);
        QCOMPARE(m_replica->projects().step(step.id)->status, Step::Status::Done);
        QCOMPARE(m_replica->projects().step(step.id)->updatedAt, m_now.addSecs(60));

        // Saving without a change records nothing.
        const auto pending = changes.size();
        QVERIFY(m_replica->projects().updateStep(step, m_now.addSecs(120)));
        QCOMPARE(ChangeLog(m_replica->database().connection()).pendingCount(), pending);
    }

    void stepAndChangeLandTogetherOrNotAtAll()
    {
        auto project = m_replica->projects().ensureProject(m_municipalityId, m_now);
        // Make recording the change fail: the step must not be stored either.
        QSqlQuery query(m_replica->database().connection());
        QVERIFY(query.exec(u"CREATE TRIGGER refuse BEFORE INSERT ON local_changes "
                           "BEGIN SELECT RAISE(ABORT, 'disk full'); END"_s));
        Step step;
        step.projectId = project->id;
        step.title = u"Geht verloren?"_s;
        QVERIFY(!m_replica->projects().addStep(&step, m_now));
        QCOMPARE(count(u"SELECT count(*) FROM steps"_s), 0);
        LogEntry entry;
        entry.projectId = project->id;
        entry.entryDate = QDate(2026, 11, 20);
        entry.text = u"Text"_s;
        QVERIFY(!m_replica->projects().addLogEntry(&entry, m_now));
        QCOMPARE(count(u"SELECT count(*) FROM log_entries"_s), 0);
    }

    void logIsNewestFirst()
    {
        auto project = m_replica->projects().ensureProject(m_municipalityId, m_now);
        const QDate dates[] = { QDate(2026, 10, 1), QDate(2026, 11, 20), QDate(2026, 9, 3) };
        for (const QDate &date : dates) {
            LogEntry entry;
            entry.projectId = project->id;
            entry.entryDate = date;
            entry.text = date.toString(Qt::ISODate);
            QVERIFY(m_replica->projects().addLogEntry(&entry, m_now));
        }
        const auto entries = m_replica->projects().logEntries(project->id);
        QCOMPARE(entries.size(), 3);
        QCOMPARE(entries.at(0).entryDate, QDate(2026, 11, 20));
        QCOMPARE(entries.at(2).entryDate, QDate(2026, 9, 3));
    }

    void stepsKeepTheirOrder()
    {
        auto project = m_replica->projects().ensureProject(m_municipalityId, m_now);
        for (const auto &title : { u"eins"_s, u"zwei"_s, u"drei"_s }) {
            Step step;
            step.projectId = project->id;
            step.title = title;
            QVERIFY(m_replica->projects().addStep(&step, m_now));
        }
        const auto steps = m_replica->projects().steps(project->id);
        QCOMPARE(steps.size(), 3);
        QCOMPARE(steps.at(0).title, u"eins"_s);
        QCOMPARE(steps.at(2).title, u"drei"_s);
        QCOMPARE(steps.at(2).position, 2);
    }

    void confirmedChangesLeaveTheHistory()
    {
        ChangeLog log(m_replica->database().connection());
        m_replica->projects().ensureProject(m_municipalityId, m_now);
        const auto pending = log.pending();
        QCOMPARE(pending.size(), 2);
        SyncRepository sync(m_replica->database());
        QVERIFY(sync.confirm(pending.first().sequence));
        QCOMPARE(log.pendingCount(), 1);
        QCOMPARE(log.pending().first().entity, u"project"_s);
    }

    void ownDetailsOnlyForParticipants()
    {
        const QString person
            = m_replica->contacts().addParticipant(u"Ich"_s, m_municipalityId, m_now);
        QVERIFY(m_replica->contacts().setOwnDetails(
            person, u"0211 1"_s, u"ich@example.org"_s, false, true, m_now));
        QCOMPARE(m_replica->contacts().contact(person)->sharePhone, false);
        // The organisers' contact from the programme cannot be changed this way.
        QVERIFY(!m_replica->contacts().setOwnDetails(
            u"ews7-contact-alina-hirsch"_s, u"1"_s, {}, true, true, m_now));
        QCOMPARE(m_replica->contacts().contact(u"ews7-contact-alina-hirsch"_s)->phone,
            u"+49 176 12307836"_s);
    }

    void correctedProgrammeFileReplacesTheDates()
    {
        // An app update ships a corrected file: the next start takes it over; the same file
        // again changes nothing on the device.
        auto content = [] {
            QFile file(Replica::bundledProgrammePath());
            file.open(QIODevice::ReadOnly);
            return file.readAll();
        }();
        const QString path = m_dir.filePath(u"programme.json"_s);
        const QString dbPath = m_dir.filePath(u"update.sqlite"_s);
        auto write = [&path](const QByteArray &bytes) {
            QFile file(path);
            file.open(QIODevice::WriteOnly | QIODevice::Truncate);
            file.write(bytes);
        };
        write(content);
        QString error;
        {
            Replica replica(dbPath);
            QVERIFY2(replica.open(path, &error), qPrintable(error));
        }
        {
            Replica replica(dbPath);
            QVERIFY(replica.open(path, &error));
            QSqlQuery query(replica.database().connection());
            QVERIFY(query.exec(u"SELECT total_changes()"_s) && query.next());
            QCOMPARE(query.value(0).toInt(), 0);
        }
        write(content.replace("2. Präsenzmodul, 1. Tag", "2. Präsenzmodul, 1. Tag (neuer Raum)"));
        Replica replica(dbPath);
        QVERIFY(replica.open(path, &error));
        bool found = false;
        for (const auto &event : replica.programme().events())
            found |= event.title.de == u"2. Präsenzmodul, 1. Tag (neuer Raum)"_s;
        QVERIFY(found);
    }

    void afterTheFirstSyncTheBundledFileNoLongerOverwrites()
    {
        QFile bundled(Replica::bundledProgrammePath());
        QVERIFY(bundled.open(QIODevice::ReadOnly));
        QByteArray content = bundled.readAll();
        const QString path = m_dir.filePath(u"synced-programme.json"_s);
        const QString dbPath = m_dir.filePath(u"synced.sqlite"_s);
        auto write = [&path](const QByteArray &bytes) {
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
            file.write(bytes);
        };
        write(content);
        QString error;
        {
            Replica replica(dbPath);
            QVERIFY2(replica.open(path, &error), qPrintable(error));
            QVERIFY(SyncRepository(replica.database()).setStoreId(u"server-store"_s));
        }
        write(content.replace("2. Präsenzmodul, 1. Tag", "Aus einer neueren App-Version"));
        Replica replica(dbPath);
        QVERIFY(replica.open(path, &error));
        for (const auto &event : replica.programme().events())
            QVERIFY(event.title.de != u"Aus einer neueren App-Version"_s);
    }

    void programmeUpdateKeepsParticipantsAndDropsOldStaff()
    {
        auto file = ProgrammeFile::load(Replica::bundledProgrammePath());
        QVERIFY(file.ok);
        const QString person
            = m_replica->contacts().addParticipant(u"Ich"_s, m_municipalityId, m_now);
        file.data.contacts.removeLast(); // the co-facilitator leaves the file
        Contact impostor;
        impostor.id = person; // a file naming a participant's id does not overwrite them
        impostor.role = Contact::Role::Organiser;
        impostor.name = u"Überschrieben"_s;
        file.data.contacts.append(impostor);
        QString error;
        QVERIFY2(m_replica->programme().replace(file.data, &error), qPrintable(error));
        QVERIFY(!m_replica->contacts().contact(u"ews7-contact-sylvia-asmussen"_s));
        QVERIFY(m_replica->contacts().contact(u"ews7-contact-alina-hirsch"_s));
        QCOMPARE(m_replica->contacts().contact(person)->name, u"Ich"_s);
        QCOMPARE(m_replica->contacts().contact(person)->role, Contact::Role::Participant);
    }

    /// As the server's import does (docs/programme-format.md): dates by id, a date the file
    /// leaves out stays, a cancelled date stays cancelled.
    void programmeUpdateChangesDatesAndDeletesNone()
    {
        auto file = ProgrammeFile::load(Replica::bundledProgrammePath());
        QVERIFY(file.ok);
        const QString left = file.data.events.takeLast().id;
        file.data.events.first().title.de = u"Bewerbungsfrist (verlängert)"_s;
        file.data.events[1].cancelled = true;
        file.data.events[1].cancelReason = u"Zu wenige Anmeldungen"_s;
        const QString cancelled = file.data.events[1].id;
        QString error;
        QVERIFY2(m_replica->programme().replace(file.data, &error), qPrintable(error));
        QCOMPARE(m_replica->programme().events().size(), 20);
        QVERIFY(m_replica->programme().event(left));
        QCOMPARE(
            m_replica->programme().events().first().title.de, u"Bewerbungsfrist (verlängert)"_s);
        QVERIFY(m_replica->programme().event(cancelled)->cancelled);
        // An older file that lists the date as taking place does not bring it back.
        file.data.events[1].cancelled = false;
        file.data.events[1].cancelReason.clear();
        QVERIFY2(m_replica->programme().replace(file.data, &error), qPrintable(error));
        QVERIFY(m_replica->programme().event(cancelled)->cancelled);
        QCOMPARE(m_replica->programme().event(cancelled)->cancelReason, u"Zu wenige Anmeldungen"_s);
    }
};

QTEST_GUILESS_MAIN(TestProjectRepository)
#include "tst_projectrepository.moc"
