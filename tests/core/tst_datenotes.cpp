// SPDX-License-Identifier: GPL-3.0-or-later
// A person's notes on dates in a real replica: saved with their entry in the change history
// (what reaches the person's other devices), linked to a step or not, removed by emptying,
// and bad input refused with the typed text kept. Between devices: tst_syncengine.
#include "changelog.h"
#include "datenotes.h"
#include "programmemodel.h"
#include "programmezone.h"
#include "testreplica.h"

#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {
const QString date = u"ews7-module-3-day-1"_s;
}

class TestDateNotes : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void aNoteIsSavedWithItsChangeAndPointsToAStep()
    {
        TestReplica test(ProgrammeZone::instant(QDate(2026, 11, 21), QTime(10, 0)), u"en"_s);
        test.settings.setOwnMunicipalityId(u"demo-musterstadt"_s);
        test.settings.setOwnContactId(u"demo-erika"_s);
        ProgrammeModel programme(test.replica.programme(), test.context);
        DateNotes notes(
            test.replica.notes(), programme, test.replica.projects(), test.settings, test.context);
        ChangeLog changes(test.replica.database().connection());
        const int before = changes.pendingCount();
        QSignalSpy recorded(&notes, &DateNotes::changesRecorded);

        // The own project's steps to point to.
        const auto choices = notes.stepChoices();
        QCOMPARE(choices.size(), 4);
        QCOMPARE(choices.first().toMap().value(u"value"_s).toString(), u"demo-step-1"_s);

        QCOMPARE(notes.save(date, u"Raum 204"_s, u"demo-step-3"_s), QString());
        QCOMPARE(notes.text(date), u"Raum 204"_s);
        QCOMPARE(notes.stepId(date), u"demo-step-3"_s);
        QCOMPARE(notes.stepTitle(u"demo-step-3"_s), u"Lotsinnen und Lotsen gewinnen"_s);
        // The step shows the notes that point to it.
        const auto onStep = notes.notesOnStep(u"demo-step-3"_s);
        QCOMPARE(onStep.size(), 1);
        QCOMPARE(onStep.first().toMap().value(u"text"_s).toString(), u"Raum 204"_s);
        QVERIFY(onStep.first().toMap().value(u"heading"_s).toString().contains(u"2027"_s));
        QVERIFY(notes.notesOnStep(u"demo-step-1"_s).isEmpty());
        QCOMPARE(recorded.size(), 1);
        auto pending = changes.pending();
        QCOMPARE(pending.size(), before + 1);
        QCOMPARE(pending.last().entity, u"note"_s);
        QCOMPARE(pending.last().operation, u"insert"_s);
        QCOMPARE(pending.last().payload.value("text"_L1).toString(), u"Raum 204"_s);

        // Changed: only what changed, with the text it replaced.
        QCOMPARE(notes.save(date, u"Raum 210"_s, u"demo-step-3"_s), QString());
        pending = changes.pending();
        QCOMPARE(pending.last().operation, u"update"_s);
        QCOMPARE(pending.last().payload.keys(), QStringList { u"text"_s });
        QCOMPARE(pending.last().base.value("text"_L1).toString(), u"Raum 204"_s);
        // The same again: nothing to send.
        QCOMPARE(notes.save(date, u"Raum 210"_s, u"demo-step-3"_s), QString());
        QCOMPARE(changes.pending().size(), pending.size());

        // Emptied: removed.
        QCOMPARE(notes.save(date, u"  "_s, QString()), QString());
        QCOMPARE(notes.text(date), QString());
        QCOMPARE(changes.pending().last().operation, u"delete"_s);
    }

    void badInputIsRefusedAndNothingIsStored()
    {
        TestReplica test(ProgrammeZone::instant(QDate(2026, 11, 21), QTime(10, 0)), u"en"_s);
        test.settings.setOwnMunicipalityId(u"demo-musterstadt"_s);
        ProgrammeModel programme(test.replica.programme(), test.context);
        DateNotes notes(
            test.replica.notes(), programme, test.replica.projects(), test.settings, test.context);
        const QString tooLong(DateNotes::maxLength + 1, u'x');
        QCOMPARE(notes.save(date, tooLong, {}),
            u"A note can be at most 4,000 characters long; this one has 4,001."_s);
        QCOMPARE(notes.save(date, u"Raum 204"_s, u"no-such-step"_s),
            u"This step no longer exists. Choose another one or none."_s);
        QCOMPARE(notes.text(date), QString());
        // Without a project there is no step to choose.
        test.settings.setOwnMunicipalityId(u"demo-mustergemeinde"_s);
        QVERIFY(notes.stepChoices().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestDateNotes)
#include "tst_datenotes.moc"
