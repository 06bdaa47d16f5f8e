// SPDX-License-Identifier: GPL-3.0-or-later
#include "changelog.h"
#include "replica.h"

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
        QVERIFY(log.confirmUpTo(pending.first().sequence));
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

    void programmeUpdateReplacesDates()
    {
        auto file = ProgrammeFile::load(Replica::bundledProgrammePath());
        QVERIFY(file.ok);
        file.data.events.removeLast();
        file.data.events.first().title.de = u"Bewerbungsfrist (verlängert)"_s;
        QString error;
        QVERIFY2(m_replica->programme().replace(file.data, &error), qPrintable(error));
        const auto events = m_replica->programme().events();
        QCOMPARE(events.size(), 19);
        QCOMPARE(events.first().title.de, u"Bewerbungsfrist (verlängert)"_s);
    }
};

QTEST_GUILESS_MAIN(TestProjectRepository)
#include "tst_projectrepository.moc"
