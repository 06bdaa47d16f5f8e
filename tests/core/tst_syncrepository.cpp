// SPDX-License-Identifier: GPL-3.0-or-later
// What the device keeps about synchronisation, in a real replica: its client id, positions and
// store, the server's answers to its changes, the re-send after a server restore (the same
// fields a change made on the device sends), and the sweep after a download begun again.
#include "changelog.h"
#include "records.h"
#include "syncrepository.h"
#include "testreplica.h"

#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace {
const QDateTime now(QDate(2026, 11, 21), QTime(9, 0), Qt::UTC);
const QString musterstadt = u"demo-musterstadt"_s;
}

class TestSyncRepository : public QObject
{
    Q_OBJECT

    static int count(TestReplica &test, const QString &sql)
    {
        QSqlQuery query(test.replica.database().connection());
        return query.exec(sql) && query.next() ? query.value(0).toInt() : -1;
    }

    static ChangeLog changes(TestReplica &test)
    {
        return ChangeLog(test.replica.database().connection());
    }

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void theClientIdIsMadeOnceAndPositionsAreKept()
    {
        TestReplica test(now);
        SyncRepository sync(test.replica.database());
        const QString id = sync.clientId();
        QVERIFY(!QUuid::fromString(id).isNull());
        QCOMPARE(SyncRepository(test.replica.database()).clientId(), id);
        const QHash<QString, qint64> cursors { { Records::Scope::programme, 12 },
            { Records::Scope::projects, 40 } };
        QVERIFY(sync.setCursors(cursors));
        QVERIFY(sync.setStoreId(u"store-a"_s));
        SyncRepository again(test.replica.database());
        QCOMPARE(again.cursors(), cursors);
        QCOMPARE(again.storeId(), u"store-a"_s);
        QVERIFY(!again.hasCaughtUp());
        QVERIFY(again.setCaughtUp());
        QVERIFY(SyncRepository(test.replica.database()).hasCaughtUp());
    }

    void aConfirmedChangeLeavesTheQueueAndARefusedOneIsKeptWithItsReason()
    {
        TestReplica test(now);
        SyncRepository sync(test.replica.database());
        auto step = test.replica.projects()
                        .steps(test.replica.projects().projectOf(musterstadt)->id)
                        .constFirst();
        step.title = u"Neu betitelt"_s;
        QVERIFY(test.replica.projects().updateStep(step, now));
        QVERIFY(test.replica.projects().deleteStep(step.id, now));
        const auto pending = changes(test).pending();
        QCOMPARE(pending.size(), 2);
        QVERIFY(sync.confirm(pending.at(0).sequence));
        QCOMPARE(changes(test).pendingCount(), 1);
        // A removal is kept after it was sent: a restored server would not know it.
        QVERIFY(sync.reject(pending.at(1).sequence, u"not_allowed"_s, u"No."_s, now));
        QCOMPARE(changes(test).pendingCount(), 0);
        QCOMPARE(sync.rejectedCount(), 1);
        const auto refused = sync.refusedChanges();
        QCOMPARE(refused.constFirst().reason, u"not_allowed"_s);
        QCOMPARE(refused.constFirst().rowId, step.id);
        QVERIFY(sync.discardRefused(refused.constFirst().seq));
        QCOMPARE(sync.rejectedCount(), 0);
    }

    void anEditOfAStepRemovedElsewhereTakesTheStepAway()
    {
        TestReplica test(now);
        SyncRepository sync(test.replica.database());
        auto step = test.replica.projects()
                        .steps(test.replica.projects().projectOf(musterstadt)->id)
                        .constFirst();
        step.notes = u"Was ich noch wollte"_s;
        QVERIFY(test.replica.projects().updateStep(step, now));
        const auto pending = changes(test).pending();
        QVERIFY(sync.reject(pending.constLast().sequence, u"not_found"_s, u"Gone."_s, now));
        QVERIFY(!test.replica.projects().step(step.id));
        // The text typed is kept with the refusal.
        QCOMPARE(sync.refusedChanges().constFirst().payload.value(Records::Step::notes).toString(),
            u"Was ich noch wollte"_s);
    }

    void afterARestoreTheProjectIsQueuedAsTheDeviceSendsIt()
    {
        TestReplica test(now);
        SyncRepository sync(test.replica.database());
        const QString project = test.replica.projects().projectOf(musterstadt)->id;
        const auto steps = test.replica.projects().steps(project);
        const auto entries = test.replica.projects().logEntries(project);
        QVERIFY(!steps.isEmpty() && !entries.isEmpty());
        QVERIFY(sync.requeueAfterRestore(musterstadt, now));
        QHash<QString, LocalChange> queued;
        for (const auto &change : changes(test).pending())
            queued.insert(change.entity + u'/' + change.rowId, change);
        // A step goes whole, with the fields a new step made on the device has, and its
        // kept texts (title and notes) as base.
        Step copy = steps.constFirst();
        const auto step = queued.value(Records::Step::entity + u'/' + copy.id);
        QCOMPARE(step.operation, QString(Records::Operation::insert));
        for (const auto &field : Records::find(Records::Step::entity)->fields)
            QVERIFY2(step.payload.contains(field.name), field.name.data());
        QCOMPARE(step.payload.value(Records::Step::title).toString(), copy.title);
        QCOMPARE(step.payload.value(Records::Step::projectId).toString(), project);
        QCOMPARE(step.base.keys(), (QStringList { u"notes"_s, u"title"_s }));
        const auto entry = queued.value(Records::LogEntry::entity + u'/' + entries.constFirst().id);
        QCOMPARE(
            entry.payload.value(Records::LogEntry::text).toString(), entries.constFirst().text);
        QVERIFY(entry.payload.value(Records::LogEntry::question).isBool());
        const auto whole = queued.value(Records::Project::entity + u'/' + project);
        QCOMPARE(whole.payload.keys(), (QStringList { u"goal"_s, u"title"_s }));
        // Another municipality's project is not this device's to send.
        for (const auto &change : queued)
            QVERIFY(change.entity != Records::Project::entity || change.rowId == project);
    }

    void aDownloadBegunAgainRemovesWhatDidNotComeAgainButNotWhatWaits()
    {
        TestReplica test(now);
        SyncRepository sync(test.replica.database());
        const QString project = test.replica.projects().projectOf(musterstadt)->id;
        const auto steps = test.replica.projects().steps(project);
        QVERIFY(steps.size() >= 2);
        Step waiting = steps.at(0);
        waiting.notes = u"noch nicht gesendet"_s;
        QVERIFY(test.replica.projects().updateStep(waiting, now));
        QVERIFY(sync.beginReset(Records::Scope::projects, 50));
        QCOMPARE(sync.resetsInProgress().value(Records::Scope::projects), 50);
        QVERIFY(sync.inTransaction([&] { return sync.finishReset(); }));
        QVERIFY(test.replica.projects().step(waiting.id)); // its change waits to be sent
        QVERIFY(!test.replica.projects().step(steps.at(1).id)); // the server did not send it
        QVERIFY(count(test, u"SELECT count(*) FROM log_entries"_s) > 0); // never removed
        QCOMPARE(sync.cursors().value(Records::Scope::projects), 50);
        QVERIFY(sync.resetsInProgress().isEmpty());
    }

    void aTransactionThatFailsLeavesNothing()
    {
        TestReplica test(now);
        SyncRepository sync(test.replica.database());
        QVERIFY(!sync.inTransaction([&] { return sync.setStoreId(u"half"_s) && false; }));
        QCOMPARE(sync.storeId(), QString());
    }
};

QTEST_GUILESS_MAIN(TestSyncRepository)
#include "tst_syncrepository.moc"
