// SPDX-License-Identifier: GPL-3.0-or-later
// The overview of every municipality's project and the organisers' comments, on a real
// replica with the demo cohort: counts, overdue steps, last activity, questions to the
// organisers and how a comment answers them; who may comment and what a comment sends.
#include "changelog.h"
#include "programmemodel.h"
#include "programmezone.h"
#include "projectcontroller.h"
#include "projectsoverview.h"
#include "testreplica.h"

#include <QAbstractItemModelTester>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {
QDateTime berlin(int year, int month, int day)
{
    return ProgrammeZone::instant(QDate(year, month, day), QTime(10, 0));
}

QVariant valueOf(const ProjectsOverview &model, const QString &municipalityId, int role)
{
    for (int row = 0; row < model.rowCount(); ++row) {
        const QModelIndex index = model.index(row);
        if (index.data(ProjectsOverview::MunicipalityIdRole).toString() == municipalityId)
            return index.data(role);
    }
    return {};
}
}

class TestProjectsOverview : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everyMunicipalityAtAGlanceWithOpenQuestionsFirst()
    {
        TestReplica test(berlin(2026, 11, 21), u"en"_s);
        ProgrammeModel programme(test.replica.programme(), test.context);
        ProjectsOverview cohort(
            test.replica.contacts(), test.replica.projects(), programme, test.context);
        QAbstractItemModelTester tester(
            &cohort, QAbstractItemModelTester::FailureReportingMode::QtTest);
        cohort.reload(); // as the overview does when shown
        QCOMPARE(cohort.rowCount(), 3);
        // Musterkreis asked the organisers something: first, with the question.
        QCOMPARE(modelColumn(cohort, ProjectsOverview::MunicipalityIdRole),
            (QStringList {
                u"demo-musterkreis"_s, u"demo-mustergemeinde"_s, u"demo-musterstadt"_s }));
        QCOMPARE(cohort.openQuestionCount(), 1);
        QVERIFY(valueOf(cohort, u"demo-musterkreis"_s, ProjectsOverview::OpenQuestionsRole)
                    .toStringList()
                    .constFirst()
                    .startsWith(u"Wie haben andere Kreise"_s));

        QCOMPARE(
            valueOf(cohort, u"demo-musterstadt"_s, ProjectsOverview::StepCountRole).toInt(), 4);
        QCOMPARE(
            valueOf(cohort, u"demo-musterstadt"_s, ProjectsOverview::DoneCountRole).toInt(), 1);
        QCOMPARE(
            valueOf(cohort, u"demo-musterstadt"_s, ProjectsOverview::InProgressCountRole).toInt(),
            1);
        QCOMPARE(
            valueOf(cohort, u"demo-musterstadt"_s, ProjectsOverview::OpenCountRole).toInt(), 2);
        QCOMPARE(
            valueOf(cohort, u"demo-musterstadt"_s, ProjectsOverview::OverdueCountRole).toInt(), 0);
        QCOMPARE(valueOf(cohort, u"demo-musterstadt"_s, ProjectsOverview::SummaryRole).toString(),
            u"1 of 4 done · 1 in progress · 2 open"_s);
        QCOMPARE(
            valueOf(cohort, u"demo-musterstadt"_s, ProjectsOverview::LastActivityRole).toString(),
            u"Last activity 21 Nov 2026"_s);
        // A municipality that has not started its project.
        QCOMPARE(
            valueOf(cohort, u"demo-mustergemeinde"_s, ProjectsOverview::SummaryRole).toString(),
            u"No steps yet"_s);
        QCOMPARE(valueOf(cohort, u"demo-mustergemeinde"_s, ProjectsOverview::LastActivityRole)
                     .toString(),
            u"Nothing entered yet"_s);
    }

    void stepsPastTheirDayOrModuleAreOverdue()
    {
        // 1 February 2027: the talk with the mayor (15 Dec) and the step due by module 3
        // (28 Jan) are late.
        TestReplica test(berlin(2027, 2, 1), u"en"_s);
        ProgrammeModel programme(test.replica.programme(), test.context);
        ProjectsOverview cohort(
            test.replica.contacts(), test.replica.projects(), programme, test.context);
        QAbstractItemModelTester tester(
            &cohort, QAbstractItemModelTester::FailureReportingMode::QtTest);
        cohort.reload(); // as the overview does when shown
        QCOMPARE(
            valueOf(cohort, u"demo-musterstadt"_s, ProjectsOverview::OverdueCountRole).toInt(), 2);
        QVERIFY(valueOf(cohort, u"demo-musterstadt"_s, ProjectsOverview::SummaryRole)
                    .toString()
                    .endsWith(u"2 overdue"_s));
    }

    /// Before module 4 (1 February 2027, module 3 began on 28 January): who asked, who is
    /// late, who has been silent since the last module — filtered and sorted.
    void sortedAndFilteredBeforeAModule()
    {
        TestReplica test(berlin(2027, 2, 1), u"en"_s);
        ProgrammeModel programme(test.replica.programme(), test.context);
        ProjectsOverview cohort(
            test.replica.contacts(), test.replica.projects(), programme, test.context);
        QAbstractItemModelTester tester(
            &cohort, QAbstractItemModelTester::FailureReportingMode::QtTest);
        cohort.reload();
        // The modules begun, to count from; the last one by default.
        QCOMPARE(cohort.moduleChoices().size(), 3);
        QCOMPARE(cohort.moduleChoices().constLast().toMap().value(u"text"_s).toString(),
            u"Module 3 (28 Jan 2027)"_s);
        QCOMPARE(cohort.quietSince(), 3);
        const QStringList all = cohort.shownIds();
        QCOMPARE(all.size(), 3);

        cohort.setFilter(u"questions"_s);
        QCOMPARE(cohort.shownIds(), QStringList { u"demo-musterkreis"_s });
        // Overdue steps: exactly those with some, Musterstadt (two) among them.
        cohort.setFilter(u"all"_s);
        QStringList late;
        for (const auto &id : all) {
            if (valueOf(cohort, id, ProjectsOverview::OverdueCountRole).toInt() > 0)
                late.append(id);
        }
        QVERIFY(late.contains(u"demo-musterstadt"_s) && late.size() < all.size());
        cohort.setFilter(u"overdue"_s);
        QCOMPARE(cohort.shownIds(), late);
        // Nothing written since module 3: the municipality that never wrote is among them,
        // and every one shown says so; every one left out wrote since.
        cohort.setFilter(u"quiet"_s);
        QVERIFY(cohort.shownIds().contains(u"demo-mustergemeinde"_s));
        QCOMPARE(
            valueOf(cohort, u"demo-mustergemeinde"_s, ProjectsOverview::QuietTextRole).toString(),
            u"Nothing written since module 3"_s);
        for (const auto &id : all) {
            cohort.setFilter(u"all"_s);
            const bool quiet = valueOf(cohort, id, ProjectsOverview::QuietRole).toBool();
            cohort.setFilter(u"quiet"_s);
            QCOMPARE(cohort.shownIds().contains(id), quiet);
        }
        // Counting from module 1 instead: everyone who wrote at all wrote since.
        cohort.setQuietSince(1);
        QCOMPARE(cohort.shownIds(), QStringList { u"demo-mustergemeinde"_s });
        cohort.setQuietSince(7); // not begun: ignored
        QCOMPARE(cohort.quietSince(), 1);

        cohort.setFilter(u"all"_s);
        cohort.setSortOrder(u"overdue"_s);
        const QStringList overdueCounts = modelColumn(cohort, ProjectsOverview::OverdueCountRole);
        QCOMPARE(overdueCounts.constFirst().toInt(), 2);
        QCOMPARE(overdueCounts.constLast().toInt(), 0);
        cohort.setSortOrder(u"quiet"_s); // never written first
        QCOMPARE(cohort.shownIds().constFirst(), u"demo-mustergemeinde"_s);
        cohort.setSortOrder(u"name"_s);
        QStringList byName = cohort.shownIds();
        QCOMPARE(modelColumn(cohort, ProjectsOverview::NameRole),
            (QStringList { u"Mustergemeinde (Beispiel)"_s, u"Musterkreis (Beispiel)"_s,
                u"Musterstadt (Beispiel)"_s }));
        cohort.setSortOrder(u"shoe size"_s); // unknown: ignored
        QCOMPARE(cohort.sortOrder(), u"name"_s);
        cohort.setFilter(u"everything"_s);
        QCOMPARE(cohort.filter(), u"all"_s);
        QCOMPARE(cohort.shownIds(), byName);
    }

    void anOrganisersCommentAnswersTheQuestionAndGoesToTheServer()
    {
        TestReplica test(berlin(2026, 11, 21), u"en"_s);
        ProgrammeModel programme(test.replica.programme(), test.context);
        ProjectsOverview cohort(
            test.replica.contacts(), test.replica.projects(), programme, test.context);
        QAbstractItemModelTester tester(
            &cohort, QAbstractItemModelTester::FailureReportingMode::QtTest);
        cohort.reload(); // as the overview does when shown
        ProjectController project(test.replica.projects(), test.replica.contacts(), test.settings,
            test.context, programme);
        project.setMunicipalityId(u"demo-musterkreis"_s);

        // A participant's device: no comments.
        test.settings.setOwnMunicipalityId(u"demo-musterstadt"_s);
        QVERIFY(!project.organiserNotes()->canWrite());
        QCOMPARE(project.organiserNotes()->add(u"Hallo"_s, {}),
            u"Only the organisers write comments on projects."_s);

        test.settings.setOwnMunicipalityId(QString());
        test.settings.setOrganiser(true);
        QVERIFY(project.organiserNotes()->canWrite());
        QCOMPARE(project.organiserNotes()->add(u"   "_s, {}), u"Please write the comment first."_s);
        QVERIFY(project.organiserNotes()->add(QString(4001, u'x'), {}).contains(u"4,001"_s));
        QCOMPARE(project.organiserNotes()->add(u"Zu Musterstadts Schritt"_s, u"demo-step-1"_s),
            u"This step is not part of the project (any more)."_s);
        ChangeLog changes(test.replica.database().connection());
        const int before = changes.pendingCount();
        QCOMPARE(
            project.organiserNotes()->add(
                u"Der Kreis Beispielhausen hat gute Erfahrungen gemacht."_s, u"demo-step-k1"_s),
            QString());
        const auto sent = changes.pending();
        QCOMPARE(sent.size(), before + 1);
        QCOMPARE(sent.last().entity, u"comment"_s);
        QCOMPARE(sent.last().payload.value("stepId"_L1).toString(), u"demo-step-k1"_s);
        QVERIFY(!sent.last().payload.contains("authorContactId"_L1)); // the server sets it
        QCOMPARE(project.organiserNotes()->items().size(), 1);

        // Commented on or after the day the question was asked: answered.
        cohort.reload();
        QCOMPARE(cohort.openQuestionCount(), 0);
        QCOMPARE(modelColumn(cohort, ProjectsOverview::MunicipalityIdRole).constFirst(),
            u"demo-mustergemeinde"_s);
    }

    void aLogEntryCanBeAQuestion()
    {
        TestReplica test(berlin(2026, 11, 21), u"en"_s);
        ProgrammeModel programme(test.replica.programme(), test.context);
        test.settings.setOwnMunicipalityId(u"demo-musterstadt"_s);
        test.settings.setOwnContactId(u"demo-erika"_s);
        ProjectController project(test.replica.projects(), test.replica.contacts(), test.settings,
            test.context, programme);
        QCOMPARE(project.log()->add(u"21.11.2026"_s, u"Wer kennt gute Flyer-Druckereien?"_s, true),
            QString());
        ChangeLog changes(test.replica.database().connection());
        QCOMPARE(changes.pending().last().payload.value("question"_L1).toBool(), true);
        QCOMPARE(project.log()
                     ->model()
                     ->data(project.log()->model()->index(0), LogEntriesModel::QuestionRole)
                     .toBool(),
            true);
        ProjectsOverview cohort(
            test.replica.contacts(), test.replica.projects(), programme, test.context);
        QAbstractItemModelTester tester(
            &cohort, QAbstractItemModelTester::FailureReportingMode::QtTest);
        cohort.reload(); // as the overview does when shown
        QCOMPARE(cohort.openQuestionCount(), 2);
    }
};

QTEST_GUILESS_MAIN(TestProjectsOverview)
#include "tst_projectsoverview.moc"
