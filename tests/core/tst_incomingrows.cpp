// SPDX-License-Identifier: GPL-3.0-or-later
// Rows as the server sends them, into a real replica: each record reaches the table its
// declaration names (through the repository that owns it), the device's own waiting changes
// stay on top, a row removed here stays removed, a row sent again leaves a reset's sweep, and
// what others changed is news only once the device has caught up.
#include "incomingrows.h"
#include "records.h"
#include "testreplica.h"

#include <QJsonArray>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace {
const QDateTime now(QDate(2026, 11, 21), QTime(9, 0), Qt::UTC);

/// A row of each record as the server might send it (its foreign keys point at the demo).
QJsonObject exampleOf(const QString &entity)
{
    const QString project = u"demo-project-musterstadt"_s; // the demo cohort's
    if (entity == Records::ProgrammeDate::entity)
        return { { Records::ProgrammeDate::kind, Records::ProgrammeDate::kindInfoTalk },
            { Records::ProgrammeDate::titleDe, u"Zusatztermin"_s },
            { Records::ProgrammeDate::startsAt, u"2027-02-02T09:00:00Z"_s },
            { Records::ProgrammeDate::endsAt, u"2027-02-02T10:00:00Z"_s },
            { Records::ProgrammeDate::topicsDe, QJsonArray { u"Ehrenamt"_s } } };
    if (entity == Records::DateDraft::entity)
        return { { Records::ProgrammeDate::kind, Records::ProgrammeDate::kindInfoTalk },
            { Records::ProgrammeDate::titleDe, u"Entwurf"_s },
            { Records::ProgrammeDate::startsAt, u"2027-02-02T09:00:00Z"_s },
            { Records::ProgrammeDate::endsAt, u"2027-02-02T10:00:00Z"_s },
            { Records::ProgrammeDate::cancelled, true },
            { Records::ProgrammeDate::cancelReason, u"Krank"_s } };
    if (entity == Records::DraftKeptText::entity)
        return { { Records::KeptText::keptEntity, Records::DateDraft::entity },
            { Records::KeptText::rowId, u"ews7-info-talk-1"_s },
            { Records::KeptText::field, Records::ProgrammeDate::titleDe },
            { Records::KeptText::text, u"Alt"_s },
            { Records::KeptText::authorContactId, u"demo-olga"_s } };
    if (entity == Records::Announcement::entity)
        return { { Records::Announcement::text, u"Raum geändert: Saal 3"_s },
            { Records::Announcement::municipalityId, QString() },
            { Records::Announcement::authorContactId, u"ews7-contact-alina-hirsch"_s },
            { Records::Announcement::publishedAt, u"2026-12-01T09:00:00Z"_s } };
    if (entity == Records::Release::entity)
        return { { Records::Release::number, 2 }, { Records::Release::note, u"Raum geändert"_s },
            { Records::Release::publishedAt, u"2026-12-01T09:00:00Z"_s },
            { Records::Release::changes, u"[]"_s } };
    if (entity == Records::Place::entity)
        return { { Records::Place::nameDe, u"Rathaus"_s }, { Records::Place::city, u"Köln"_s } };
    if (entity == Records::VenueInfo::entity)
        return { { Records::VenueInfo::placeId, u"djh-duesseldorf"_s },
            { Records::VenueInfo::costsDe, u"Fahrtkosten werden erstattet."_s },
            { Records::VenueInfo::learningPlatformUrl, u"https://lernen.example.org/ews7"_s } };
    if (entity == Records::Municipality::entity)
        return { { Records::Municipality::name, u"Neustadt"_s } };
    if (entity == Records::Contact::entity)
        return { { Records::Contact::name, u"Gast"_s },
            { Records::Contact::role, Records::Contact::roleFacilitator } };
    if (entity == Records::Project::entity)
        return { { Records::Project::municipalityId, u"demo-mustergemeinde"_s },
            { Records::Project::title, u"Engagement"_s } };
    if (entity == Records::Step::entity)
        return { { Records::Step::projectId, project }, { Records::Step::title, u"Neu"_s },
            { Records::Step::status, Records::Step::statusOpen } };
    if (entity == Records::LogEntry::entity)
        return { { Records::LogEntry::projectId, project },
            { Records::LogEntry::entryDate, u"2026-11-20"_s },
            { Records::LogEntry::authorName, u"Jonas"_s },
            { Records::LogEntry::text, u"Erledigt"_s } };
    if (entity == Records::LogCorrection::entity)
        return { { Records::LogCorrection::logEntryId, u"demo-log-2"_s },
            { Records::LogCorrection::projectId, project },
            { Records::LogCorrection::text, u"Vereinsliste abgeglichen; 7 Vereine ergänzt."_s },
            { Records::LogCorrection::authorContactId, u"demo-jonas"_s },
            { Records::LogCorrection::correctedAt, u"2026-11-21T09:00:00.123Z"_s } };
    if (entity == Records::KeptText::entity)
        return { { Records::KeptText::projectId, project },
            { Records::KeptText::keptEntity, Records::Step::entity },
            { Records::KeptText::rowId, u"some-step"_s },
            { Records::KeptText::field, Records::Step::title },
            { Records::KeptText::text, u"Alt"_s } };
    if (entity == Records::OrganiserNote::entity)
        return { { Records::OrganiserNote::projectId, project },
            { Records::OrganiserNote::text, u"Gut so"_s },
            { Records::OrganiserNote::authorContactId, u"demo-olga"_s } };
    if (entity == Records::DateNote::entity)
        return { { Records::DateNote::eventId, u"ews7-module-2-day-1"_s },
            { Records::DateNote::text, u"Zug 8:12"_s } };
    const QJsonObject file { { Records::FileFields::hash, QString(64, u'a') },
        { Records::FileFields::size, 1234 }, { Records::FileFields::mediaType, u"image/jpeg"_s },
        { Records::FileFields::fileName, u"Flyer.jpg"_s } };
    if (entity == Records::Attachment::entity) {
        QJsonObject attachment = file;
        attachment.insert(Records::Attachment::projectId, project);
        attachment.insert(Records::Attachment::logEntryId, u"demo-log-2"_s);
        attachment.insert(Records::Attachment::authorContactId, u"demo-jonas"_s);
        return attachment;
    }
    if (entity == Records::NoteAttachment::entity) {
        QJsonObject onNote = file;
        onNote.insert(Records::NoteAttachment::noteId, u"note-1"_s);
        onNote.insert(Records::NoteAttachment::ownerContactId, u"demo-erika"_s);
        return onNote;
    }
    if (entity == Records::Material::entity) {
        QJsonObject material = file;
        material.insert(Records::Material::title, u"Folien Modul 2"_s);
        material.insert(Records::Material::moduleNumber, 2);
        material.insert(Records::Material::authorName, u"Olga"_s);
        return material;
    }
    return {};
}
}

class TestIncomingRows : public QObject
{
    Q_OBJECT

    int count(TestReplica &test, const QString &sql)
    {
        QSqlQuery query(test.replica.database().connection());
        return query.exec(sql) && query.next() ? query.value(0).toInt() : -1;
    }

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void everyRecordReachesItsTable_data()
    {
        QTest::addColumn<QString>("entity");
        for (const auto &record : Records::all())
            QTest::newRow(record.entity.data()) << QString(record.entity);
    }

    void everyRecordReachesItsTable()
    {
        QFETCH(QString, entity);
        TestReplica test(now);
        const auto *record = Records::find(entity);
        const QJsonObject fields = exampleOf(entity);
        QVERIFY2(
            !fields.isEmpty() || record->fields.isEmpty(), "every record needs an example here");
        const QString id = u"from-the-server"_s;
        QVERIFY(IncomingRows(test.replica.database()).apply(entity, id, false, fields, now));
        QCOMPARE(
            count(test, u"SELECT count(*) FROM %1 WHERE id = '%2'"_s.arg(record->replicaTable, id)),
            1);
        // Every text sent arrives in its column.
        for (auto it = fields.begin(); it != fields.end(); ++it) {
            if (!it.value().isString() || it.key() == Records::ProgrammeDate::startsAt
                || it.key() == Records::ProgrammeDate::endsAt)
                continue; // times are kept as numbers
            QSqlQuery query(test.replica.database().connection());
            QVERIFY(query.exec(u"SELECT %1 FROM %2 WHERE id = '%3'"_s.arg(
                Records::columnOf(QLatin1StringView(it.key().toLatin1())), record->replicaTable,
                id)));
            QVERIFY(query.next());
            QCOMPARE(query.value(0).toString(), it.value().toString());
        }
    }

    void anUnknownRecordIsSkipped()
    {
        TestReplica test(now);
        const int changes = count(test, u"SELECT total_changes()"_s);
        QVERIFY(IncomingRows(test.replica.database())
                    .apply(u"party"_s, u"p"_s, false, { { u"name"_s, u"Fest"_s } }, now));
        QCOMPARE(count(test, u"SELECT total_changes()"_s), changes);
    }

    void theDevicesWaitingEditStaysOnTop()
    {
        TestReplica test(now);
        auto step = test.replica.projects().steps(u"demo-project-musterstadt"_s).constFirst();
        const QString serverTitle = step.title + u" (vom Server)"_s;
        step.notes = u"Meine Notiz hier"_s;
        QVERIFY(test.replica.projects().updateStep(step, now));
        QJsonObject fields = exampleOf(Records::Step::entity);
        fields.insert(Records::Step::title, serverTitle);
        fields.insert(Records::Step::notes, u"Notiz vom Server"_s);
        QVERIFY(IncomingRows(test.replica.database())
                    .apply(Records::Step::entity, step.id, false, fields, now));
        const auto stored = test.replica.projects().step(step.id);
        QCOMPARE(stored->title, serverTitle); // not changed here: the server's
        QCOMPARE(stored->notes, u"Meine Notiz hier"_s); // changed here, not confirmed: ours
    }

    void aStepRemovedHereStaysRemoved()
    {
        TestReplica test(now);
        const auto step = test.replica.projects().steps(u"demo-project-musterstadt"_s).constFirst();
        QVERIFY(test.replica.projects().deleteStep(step.id, now));
        QVERIFY(IncomingRows(test.replica.database())
                    .apply(Records::Step::entity, step.id, false, exampleOf(Records::Step::entity),
                        now));
        QVERIFY(!test.replica.projects().step(step.id));
    }

    void aRowSentAgainLeavesTheSweep()
    {
        TestReplica test(now);
        QSqlQuery query(test.replica.database().connection());
        QVERIFY(query.exec(u"INSERT INTO reset_candidates (entity, id) VALUES "
                           "('place', 'djh-duesseldorf'), ('place', 'elsewhere')"_s));
        QVERIFY(IncomingRows(test.replica.database())
                    .apply(Records::Place::entity, u"djh-duesseldorf"_s, false,
                        exampleOf(Records::Place::entity), now));
        QCOMPARE(
            count(test, u"SELECT count(*) FROM reset_candidates WHERE id = 'djh-duesseldorf'"_s),
            0);
        QCOMPARE(count(test, u"SELECT count(*) FROM reset_candidates"_s), 1);
    }

    void othersChangesAreNewsUnlessTheFirstDownload()
    {
        TestReplica test(now);
        const int before = count(test, u"SELECT count(*) FROM news"_s);
        QVERIFY(IncomingRows(test.replica.database(), IncomingRows::News::Ignore)
                    .apply(Records::Step::entity, u"quiet"_s, false,
                        exampleOf(Records::Step::entity), now));
        QCOMPARE(count(test, u"SELECT count(*) FROM news"_s), before);
        QVERIFY(IncomingRows(test.replica.database())
                    .apply(Records::Step::entity, u"loud"_s, false,
                        exampleOf(Records::Step::entity), now));
        QCOMPARE(
            count(test, u"SELECT count(*) FROM news WHERE row_id = 'loud' AND kind = 'new'"_s), 1);
        // An organisers' note that is taken back is no news any more.
        IncomingRows rows(test.replica.database());
        QVERIFY(rows.apply(Records::OrganiserNote::entity, u"c"_s, false,
            exampleOf(Records::OrganiserNote::entity), now));
        QCOMPARE(count(test, u"SELECT count(*) FROM news WHERE row_id = 'c'"_s), 1);
        QVERIFY(rows.apply(Records::OrganiserNote::entity, u"c"_s, true, {}, now));
        QCOMPARE(count(test, u"SELECT count(*) FROM news WHERE row_id = 'c'"_s), 0);
        QCOMPARE(count(test, u"SELECT count(*) FROM comments WHERE id = 'c'"_s), 0);
    }
};

QTEST_GUILESS_MAIN(TestIncomingRows)
#include "tst_incomingrows.moc"
