// SPDX-License-Identifier: GPL-3.0-or-later
// The organisers' desk on a real replica: a date's form saved as a draft (only what changed
// goes to the server), what the draft changes in plain words, forms that are not a date
// refused with a message, and publishing only with a note and something to publish.
#include "changelog.h"
#include "programmedesk.h"
#include "programmezone.h"
#include "records.h"
#include "testreplica.h"

#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {
QDateTime berlin(int year, int month, int day, int hour)
{
    return ProgrammeZone::instant(QDate(year, month, day), QTime(hour, 0));
}
}

class TestProgrammeDesk : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void aChangedDateIsADraftWithOnlyItsChanges()
    {
        TestReplica test(berlin(2026, 11, 21, 10), u"en"_s);
        ProgrammeDesk desk(
            test.replica.drafts(), test.replica.programme(), test.context, test.clock);
        QSignalSpy recorded(&desk, &ProgrammeDesk::changesRecorded);
        QVariantMap form = desk.form(u"ews7-learning-group-3"_s);
        QCOMPARE(form.value(u"day"_s).toString(), u"13.01.2027"_s);
        form.insert(u"day"_s, u"20.1.2027"_s);
        form.insert(u"room"_s, u"Raum Rhein"_s);
        QCOMPARE(desk.save(form), QString());
        QCOMPARE(recorded.size(), 1);
        // The participants' programme is as it was; the draft has the new day.
        QCOMPARE(ProgrammeZone::localDate(
                     test.replica.programme().event(u"ews7-learning-group-3"_s)->startsAt),
            QDate(2027, 1, 13));
        QCOMPARE(ProgrammeZone::localDate(
                     test.replica.drafts().draft(u"ews7-learning-group-3"_s)->startsAt),
            QDate(2027, 1, 20));
        const auto pending = ChangeLog(test.replica.database().connection()).pending();
        QCOMPARE(pending.size(), 1);
        QCOMPARE(pending.at(0).entity, Records::DateDraft::entity);
        QCOMPARE(pending.at(0).operation, Records::Operation::update);
        QCOMPARE(
            pending.at(0).payload.keys(), (QStringList { u"endsAt"_s, u"room"_s, u"startsAt"_s }));
        const QVariantMap change = desk.draftChanges().constFirst().toMap();
        QVERIFY2(change.value(u"changeText"_s).toString().startsWith(u"Moved, before: "_s),
            qPrintable(change.value(u"changeText"_s).toString()));
        QVERIFY(change.value(u"changeText"_s).toString().contains(u"Other place or room"_s));

        // Saved again unchanged: nothing more to send.
        QCOMPARE(desk.save(desk.form(u"ews7-learning-group-3"_s)), QString());
        QCOMPARE(ChangeLog(test.replica.database().connection()).pendingCount(), 1);
        // Discarded: the draft goes, and the server is told.
        QVERIFY(desk.discard(u"ews7-learning-group-3"_s));
        QVERIFY(desk.draftChanges().isEmpty());
        QCOMPARE(ChangeLog(test.replica.database().connection()).pendingCount(), 2);
    }

    /// A place chosen can be taken away again: "No place" is the first choice.
    void aPlaceCanBeTakenAway()
    {
        TestReplica test(berlin(2026, 11, 21, 10), u"en"_s);
        ProgrammeDesk desk(
            test.replica.drafts(), test.replica.programme(), test.context, test.clock);
        const QVariantMap none = desk.places().constFirst().toMap();
        QCOMPARE(none.value(u"id"_s).toString(), QString());
        QCOMPARE(none.value(u"name"_s).toString(), u"No place"_s);
        QVariantMap form = desk.form(u"ews7-module-2-day-1"_s);
        QVERIFY(!form.value(u"placeId"_s).toString().isEmpty());
        form.insert(u"placeId"_s, none.value(u"id"_s));
        QCOMPARE(desk.save(form), QString());
        QCOMPARE(test.replica.drafts().draft(u"ews7-module-2-day-1"_s)->placeId, QString());
        const auto pending = ChangeLog(test.replica.database().connection()).pending();
        QCOMPARE(pending.constLast().payload.value(u"placeId"_s), QJsonValue(QString()));
    }

    void formsThatAreNoDateAreExplained_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("message");
        QTest::newRow("no title") << u"titleDe"_s << u" "_s << u"German title"_s;
        QTest::newRow("no day") << u"day"_s << u"30.2.2027"_s << u"day.month.year"_s;
        QTest::newRow("a time that is none") << u"start"_s << u"25:00"_s << u"hours:minutes"_s;
        QTest::newRow("ends before it starts") << u"end"_s << u"09:00"_s << u"after the start"_s;
        QTest::newRow("plain http link")
            << u"videoUrl"_s << u"http://example.org/x"_s << u"https://"_s;
        QTest::newRow("a title too long") << u"titleDe"_s << QString(201, u'x') << u"too long"_s;
    }

    void formsThatAreNoDateAreExplained()
    {
        QFETCH(QString, field);
        QFETCH(QString, value);
        QFETCH(QString, message);
        TestReplica test(berlin(2026, 11, 21, 10), u"en"_s);
        ProgrammeDesk desk(
            test.replica.drafts(), test.replica.programme(), test.context, test.clock);
        QVariantMap form = desk.form(u"ews7-learning-group-3"_s);
        form.insert(field, value);
        const QString answer = desk.save(form);
        QVERIFY2(answer.contains(message), qPrintable(answer));
        QVERIFY(desk.draftChanges().isEmpty());
        QCOMPARE(ChangeLog(test.replica.database().connection()).pendingCount(), 0);
    }

    void aNewDateAndACancellation()
    {
        TestReplica test(berlin(2026, 11, 21, 10), u"en"_s);
        ProgrammeDesk desk(
            test.replica.drafts(), test.replica.programme(), test.context, test.clock);
        QVariantMap added = desk.newDateForm();
        added.insert(u"titleDe"_s, u"Sprechstunde"_s);
        added.insert(u"day"_s, u"2027-03-01"_s);
        QCOMPARE(desk.save(added), QString());
        QVariantMap cancelled = desk.form(u"ews7-module-4-day-2"_s);
        cancelled.insert(u"cancelled"_s, true);
        cancelled.insert(u"cancelReason"_s, u"Kein Geld"_s);
        QCOMPARE(desk.save(cancelled), QString());
        QStringList texts;
        for (const auto &change : desk.draftChanges())
            texts.append(change.toMap().value(u"changeText"_s).toString());
        QVERIFY2(texts.contains(u"New date"_s), qPrintable(texts.join(u" | "_s)));
        QVERIFY2(texts.contains(u"Cancelled: Kein Geld"_s), qPrintable(texts.join(u" | "_s)));
        const auto pending = ChangeLog(test.replica.database().connection()).pending();
        QCOMPARE(pending.at(0).operation, Records::Operation::insert);

        // Publishing needs a note; then the release waits for the server.
        QVERIFY(desk.publish(u"  "_s).contains(u"note"_s));
        QVERIFY(!desk.publishing());
        QCOMPARE(desk.publish(u"Sprechstunde neu, Modul 4 Tag 2 fällt aus"_s), QString());
        QVERIFY(desk.publishing());
        QCOMPARE(ChangeLog(test.replica.database().connection()).pending().constLast().entity,
            Records::Release::entity);
    }

    void nothingToPublishIsSaid()
    {
        TestReplica test(berlin(2026, 11, 21, 10), u"en"_s);
        ProgrammeDesk desk(
            test.replica.drafts(), test.replica.programme(), test.context, test.clock);
        QVERIFY(desk.publish(u"Neu"_s).contains(u"nothing to publish"_s));
        QVERIFY(!desk.publishing());
    }
};

QTEST_MAIN(TestProgrammeDesk)
#include "tst_programmedesk.moc"
