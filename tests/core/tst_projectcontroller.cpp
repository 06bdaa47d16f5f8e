// SPDX-License-Identifier: GPL-3.0-or-later
#include "changelog.h"
#include "logentriesmodel.h"
#include "programmemodel.h"
#include "projectcontroller.h"
#include "projectlog.h"
#include "testreplica.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>

#include <algorithm>
#include <limits>

using namespace Qt::StringLiterals;

class TestProjectController : public QObject
{
    Q_OBJECT

private:
    static QDateTime now() { return QDateTime(QDate(2026, 11, 21), QTime(9, 0), Qt::UTC); }

    /// Everything a project screen needs, with the device belonging to Erika of Musterstadt.
    struct Fixture
    {
        TestReplica test { now() };
        ProgrammeModel programme { test.replica.programme(), test.context };
        ProjectController controller { test.replica.projects(), test.replica.contacts(),
            test.settings, test.context, programme };
        QAbstractItemModelTester stepsTester { controller.steps()->model(),
            QAbstractItemModelTester::FailureReportingMode::QtTest };
        QAbstractItemModelTester logTester { controller.log()->model(),
            QAbstractItemModelTester::FailureReportingMode::QtTest };

        Fixture()
        {
            test.settings.setOwnMunicipalityId(u"demo-musterstadt"_s);
            test.settings.setOwnContactId(u"demo-erika"_s);
        }
        int pending() { return ChangeLog(test.replica.database().connection()).pendingCount(); }
    };

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void showsTheOwnProjectAtAGlance()
    {
        Fixture f;
        QVERIFY(f.controller.canEdit());
        QCOMPARE(f.controller.municipalityName(), u"Musterstadt (Beispiel)"_s);
        QCOMPARE(f.controller.title(), u"Engagement-Lotsen im Stadtteil"_s);
        QCOMPARE(f.controller.steps()->count(), 4);
        QCOMPARE(f.controller.steps()->doneCount(), 1);
        QCOMPARE(f.controller.steps()->inProgressCount(), 1);
        QCOMPARE(f.controller.steps()->progress(), 0.25);
        QCOMPARE(f.controller.log()->model()->rowCount(), 3);
        auto *steps = f.controller.steps()->model();
        QCOMPARE(steps->data(steps->index(0), StepsModel::StatusTextRole).toString(), u"Done"_s);
        QCOMPARE(steps->data(steps->index(0), StepsModel::OwnerNameRole).toString(),
            u"Erika Mustermann (Beispiel)"_s);
        // "By module 2" is resolved to the module's first day.
        QCOMPARE(steps->data(steps->index(0), StepsModel::DueTextRole).toString(),
            u"by module 2 (26.11.2026)"_s);
        QCOMPARE(
            steps->data(steps->index(1), StepsModel::DueTextRole).toString(), u"due 15.12.2026"_s);
        QCOMPARE(
            steps->data(steps->index(1), StepsModel::DueDateInputRole).toString(), u"15.12.2026"_s);
        QCOMPARE(steps->data(steps->index(1), StepsModel::OverdueRole).toBool(), false);
        QCOMPARE(f.controller.steps()->ownerChoices().size(), 3); // nobody yet, Erika, Jonas
        QCOMPARE(steps->data(steps->index(1), StepsModel::SummaryRole).toString(),
            u"In progress · Jonas Beispiel (Beispiel) · due 15.12.2026"_s);
    }

    /// Steps are listed by when they are due, soonest first, undated last; a new step and one
    /// whose date changes go to their place; the person's own steps say so.
    void stepsAreInTheOrderTheyAreDue()
    {
        Fixture f;
        auto *steps = f.controller.steps()->model();
        const auto titles = [steps] {
            QStringList list;
            for (int row = 0; row < steps->rowCount(); ++row)
                list.append(steps->data(steps->index(row), StepsModel::TitleRole).toString());
            return list;
        };
        const auto dueDays = [steps] {
            QList<qint64> days;
            for (int row = 0; row < steps->rowCount(); ++row) {
                const QDate due = steps->data(steps->index(row), StepsModel::DueDateRole).toDate();
                days.append(due.isValid() ? due.toJulianDay() : std::numeric_limits<qint64>::max());
            }
            return days;
        };
        QSignalSpy inserted(steps, &QAbstractItemModel::rowsInserted);
        QCOMPARE(f.controller.steps()->add(
                     u"Im April"_s, u"open"_s, {}, u"date"_s, u"10.04.2027"_s, 0, {}),
            QString());
        QCOMPARE(f.controller.steps()->add(
                     u"Vor Weihnachten"_s, u"open"_s, {}, u"date"_s, u"20.12.2026"_s, 0, {}),
            QString());
        const auto before = dueDays();
        QVERIFY(std::is_sorted(before.cbegin(), before.cend()));
        QVERIFY(titles().indexOf(u"Vor Weihnachten"_s) < titles().indexOf(u"Im April"_s));
        // Inserted where it belongs, not appended and the list made anew.
        QCOMPARE(inserted.size(), 2);
        QCOMPARE(inserted.last().at(1).toInt(), titles().indexOf(u"Vor Weihnachten"_s));
        // Due later now: it moves behind the April step.
        const int row = int(titles().indexOf(u"Vor Weihnachten"_s));
        const QString id = steps->data(steps->index(row), StepsModel::StepIdRole).toString();
        QCOMPARE(f.controller.steps()->update(
                     id, u"Vor Weihnachten"_s, u"open"_s, {}, u"date"_s, u"01.05.2027"_s, 0, {}),
            QString());
        QVERIFY(titles().indexOf(u"Vor Weihnachten"_s) > titles().indexOf(u"Im April"_s));
        const auto after = dueDays();
        QVERIFY(std::is_sorted(after.cbegin(), after.cend()));
        // Erika's own step (she uses this device) says so instead of her name.
        for (int each = 0; each < steps->rowCount(); ++each) {
            const bool mine
                = steps->data(steps->index(each), StepsModel::OwnerContactIdRole).toString()
                == u"demo-erika"_s;
            QCOMPARE(steps->data(steps->index(each), StepsModel::MineRole).toBool(), mine);
            QCOMPARE(steps->data(steps->index(each), StepsModel::SummaryRole)
                         .toString()
                         .contains(u"Yours"_s),
                mine);
        }
    }

    void eachPropertyTellsOfItsOwnChange()
    {
        Fixture f;
        QSignalSpy title(&f.controller, &ProjectController::titleChanged);
        QSignalSpy goal(&f.controller, &ProjectController::goalChanged);
        QSignalSpy count(f.controller.steps(), &ProjectSteps::countChanged);
        QSignalSpy done(f.controller.steps(), &ProjectSteps::doneCountChanged);
        QSignalSpy progress(f.controller.steps(), &ProjectSteps::progressChanged);
        QSignalSpy owners(f.controller.steps(), &ProjectSteps::ownerChoicesChanged);
        QSignalSpy kept(f.controller.keptTexts(), &KeptTexts::itemsChanged);
        QSignalSpy reset(f.controller.steps()->model(), &QAbstractItemModel::modelReset);

        // A step done: its counts change, nothing else is read or told again.
        const QString open = f.controller.steps()->model()->get(2).value(u"stepId"_s).toString();
        QCOMPARE(f.controller.steps()->setStatus(open, u"done"_s), QString());
        QCOMPARE(done.size(), 1);
        QCOMPARE(progress.size(), 1);
        QCOMPARE(count.size(), 0);
        QCOMPARE(title.size(), 0);
        QCOMPARE(owners.size(), 0);
        QCOMPARE(kept.size(), 0);
        QCOMPARE(reset.size(), 0);

        // A new goal: the goal changes, the title does not.
        QCOMPARE(f.controller.saveProject(f.controller.title(), u"Ein neues Ziel"_s), QString());
        QCOMPARE(goal.size(), 1);
        QCOMPARE(title.size(), 0);
        QCOMPARE(done.size(), 1);
    }

    void progressIsToldWhenAStepIsAdded()
    {
        Fixture f;
        QCOMPARE(f.controller.steps()->progress(), 0.25); // 1 of 4 done
        QSignalSpy progress(f.controller.steps(), &ProjectSteps::progressChanged);
        QSignalSpy done(f.controller.steps(), &ProjectSteps::doneCountChanged);
        // An open step: as many done, one more in all, a smaller share.
        QCOMPARE(
            f.controller.steps()->add(u"Presse informieren"_s, u"open"_s, {}, u"none"_s, {}, 0, {}),
            QString());
        QCOMPARE(f.controller.steps()->progress(), 0.2);
        QCOMPARE(progress.size(), 1);
        QCOMPARE(done.size(), 0);
    }

    void addStepIsSavedAndRecorded()
    {
        Fixture f;
        QSignalSpy recorded(&f.controller, &ProjectController::changesRecorded);
        QSignalSpy inserted(f.controller.steps()->model(), &QAbstractItemModel::rowsInserted);
        const int before = f.pending();
        QCOMPARE(f.controller.steps()->add(u"Presse informieren"_s, u"open"_s, u"demo-jonas"_s,
                     u"date"_s, u"10.01.2027"_s, 0, u"Lokalzeitung"_s),
            QString());
        QCOMPARE(recorded.size(), 1);
        QCOMPARE(inserted.size(), 1);
        QCOMPARE(f.controller.steps()->count(), 5);
        QCOMPARE(f.pending(), before + 1);
        const auto stored = f.test.replica.projects().steps(u"demo-project-musterstadt"_s).last();
        QCOMPARE(stored.title, u"Presse informieren"_s);
        QCOMPARE(stored.dueDate, QDate(2027, 1, 10));
        QCOMPARE(stored.ownerContactId, u"demo-jonas"_s);
    }

    void badInputIsRefusedAndNothingStored()
    {
        Fixture f;
        const int before = f.pending();
        QVERIFY(f.controller.steps()
                    ->add(u""_s, u"open"_s, {}, u"none"_s, {}, 0, {})
                    .contains(u"title"_s));
        QVERIFY(f.controller.steps()
                    ->add(u"T"_s, u"open"_s, {}, u"date"_s, u"32.01.2027"_s, 0, {})
                    .contains(u"does not exist"_s));
        QVERIFY(f.controller.log()->add(u"01.12.2026"_s, u"Zukunft"_s).contains(u"future"_s));
        QVERIFY(
            f.controller.steps()->setStatus(u"demo-step-2"_s, u"finished"_s).contains(u"status"_s));
        QVERIFY(f.controller.steps()
                    ->update(u"no-such-step"_s, u"T"_s, u"open"_s, {}, u"none"_s, {}, 0, {})
                    .contains(u"no longer exists"_s));
        QCOMPARE(f.pending(), before);
        QCOMPARE(f.controller.steps()->count(), 4);
    }

    void ownerMustBelongToTheMunicipality()
    {
        Fixture f;
        // Samira belongs to Musterkreis, Alina is an organiser: neither owns a Musterstadt step.
        for (const auto &owner :
            { u"demo-samira"_s, u"ews7-contact-alina-hirsch"_s, u"nobody"_s }) {
            const QString error
                = f.controller.steps()->add(u"T"_s, u"open"_s, owner, u"none"_s, {}, 0, {});
            QVERIFY2(error.contains(u"someone of your municipality"_s), qPrintable(error));
        }
        QCOMPARE(f.controller.steps()->count(), 4);
        QCOMPARE(
            f.controller.steps()->add(u"T"_s, u"open"_s, u"demo-jonas"_s, u"none"_s, {}, 0, {}),
            QString());
    }

    void statusChangeUpdatesProgress()
    {
        Fixture f;
        QSignalSpy changed(f.controller.steps()->model(), &QAbstractItemModel::dataChanged);
        QCOMPARE(f.controller.steps()->setStatus(u"demo-step-2"_s, u"done"_s), QString());
        QCOMPARE(f.controller.steps()->doneCount(), 2);
        QCOMPARE(f.controller.steps()->progress(), 0.5);
        QVERIFY(changed.size() >= 1);
        QCOMPARE(f.test.replica.projects().step(u"demo-step-2"_s)->status, Step::Status::Done);
    }

    void logEntryCarriesTheAuthor()
    {
        Fixture f;
        QCOMPARE(f.controller.log()->todayInput(), u"21.11.2026"_s);
        QCOMPARE(f.controller.log()->add(
                     f.controller.log()->todayInput(), u"Termin beim Rat bekommen"_s),
            QString());
        QCOMPARE(f.controller.log()->model()->rowCount(), 4);
        auto *log = f.controller.log()->model();
        QCOMPARE(log->data(log->index(0), LogEntriesModel::TextRole).toString(),
            u"Termin beim Rat bekommen"_s);
        QCOMPARE(log->data(log->index(0), LogEntriesModel::AuthorNameRole).toString(),
            u"Erika Mustermann (Beispiel)"_s);
    }

    /// The writer corrects their entry (a typo, a question ticked by mistake) or withdraws it;
    /// the log shows the new text, that and when it was corrected, and what it said before;
    /// the entry itself stays as written, and each correction waits to be sent.
    void aWriterCorrectsTheirEntry()
    {
        Fixture f;
        ProjectLog *log = f.controller.log();
        QCOMPARE(log->add(u"20.11.2026"_s, u"Flyer gedruckt, 500 Stück"_s, true), QString());
        auto *model = log->model();
        const auto value = [model](int role) { return model->data(model->index(0), role); };
        const QString entryId = value(LogEntriesModel::EntryIdRole).toString();
        QVERIFY(value(LogEntriesModel::MineRole).toBool());
        QVERIFY(value(LogEntriesModel::CorrectionTextRole).toString().isEmpty());
        const int before = f.pending();

        QVERIFY(!log->correct(entryId, u"  "_s, false).isEmpty()); // refused: no text
        QCOMPARE(log->correct(entryId, u"Flyer gedruckt, 50 Stück"_s, false), QString());
        QCOMPARE(value(LogEntriesModel::TextRole).toString(), u"Flyer gedruckt, 50 Stück"_s);
        QVERIFY(!value(LogEntriesModel::QuestionRole).toBool()); // no question any more
        QCOMPARE(value(LogEntriesModel::EarlierTextsRole).toStringList(),
            QStringList { u"Flyer gedruckt, 500 Stück"_s });
        QVERIFY(!value(LogEntriesModel::CorrectionTextRole).toString().isEmpty());
        QCOMPARE(f.pending(), before + 1);
        // Nothing changed: nothing recorded.
        QCOMPARE(log->correct(entryId, u"Flyer gedruckt, 50 Stück"_s, false), QString());
        QCOMPARE(f.pending(), before + 1);

        QCOMPARE(log->withdraw(entryId), QString());
        QVERIFY(value(LogEntriesModel::WithdrawnRole).toBool());
        QCOMPARE(value(LogEntriesModel::TextRole).toString(), u"Flyer gedruckt, 50 Stück"_s);
        QCOMPARE(f.pending(), before + 2);
        // A fresh look (another page, a restart) reads the same.
        ProjectController fresh(f.test.replica.projects(), f.test.replica.contacts(),
            f.test.settings, f.test.context, f.programme);
        fresh.reload();
        auto *again = fresh.log()->model();
        QVERIFY(again->data(again->index(0), LogEntriesModel::WithdrawnRole).toBool());
        QCOMPARE(again->data(again->index(0), LogEntriesModel::EarlierTextsRole).toStringList(),
            QStringList { u"Flyer gedruckt, 500 Stück"_s });
        // Corrected back: the withdrawal is over, and it shows as a correction.
        QCOMPARE(log->correct(entryId, u"Flyer gedruckt, 50 Stück"_s, true), QString());
        QVERIFY(!value(LogEntriesModel::WithdrawnRole).toBool());
        QVERIFY(value(LogEntriesModel::QuestionRole).toBool());
    }

    void onlyTheWriterCorrects()
    {
        Fixture f;
        ProjectLog *log = f.controller.log();
        auto *model = log->model();
        // An entry of a colleague of the same municipality (the example cohort's).
        int colleague = -1;
        for (int row = 0; row < model->rowCount(); ++row) {
            if (!model->data(model->index(row), LogEntriesModel::MineRole).toBool())
                colleague = row;
        }
        QVERIFY(colleague >= 0);
        const QString id
            = model->data(model->index(colleague), LogEntriesModel::EntryIdRole).toString();
        const int before = f.pending();
        QVERIFY(log->correct(id, u"Fremd"_s, false).contains(u"Only the person"_s));
        QVERIFY(log->withdraw(id).contains(u"Only the person"_s));
        QCOMPARE(f.pending(), before);
    }

    // A save updates only the saved row; the page must then show what a fresh look shows.
    void savedRowsShowAsAFreshLookShowsThem()
    {
        Fixture f;
        QCOMPARE(f.controller.log()->add(u"01.10.2026"_s, u"Älterer Nachtrag"_s), QString());
        QCOMPARE(f.controller.log()->add(u"21.11.2026"_s, u"Heute"_s), QString());
        QCOMPARE(f.controller.steps()->setStatus(u"demo-step-2"_s, u"in_progress"_s), QString());
        QCOMPARE(f.controller.steps()->add(
                     u"Neuer Schritt"_s, u"open"_s, QString(), u"none"_s, QString(), 0, QString()),
            QString());
        auto rows = [](QAbstractItemModel *model, int role) {
            QStringList values;
            for (int row = 0; row < model->rowCount(); ++row)
                values.append(model->data(model->index(row, 0), role).toString());
            return values;
        };
        ProjectController fresh(f.test.replica.projects(), f.test.replica.contacts(),
            f.test.settings, f.test.context, f.programme);
        fresh.reload();
        QCOMPARE(rows(f.controller.log()->model(), LogEntriesModel::TextRole),
            rows(fresh.log()->model(), LogEntriesModel::TextRole));
        QCOMPARE(rows(f.controller.log()->model(), LogEntriesModel::DateTextRole),
            rows(fresh.log()->model(), LogEntriesModel::DateTextRole));
        QCOMPARE(rows(f.controller.steps()->model(), StepsModel::SummaryRole),
            rows(fresh.steps()->model(), StepsModel::SummaryRole));
        QCOMPARE(
            rows(f.controller.steps()->model(), StepsModel::TitleRole).last(), u"Neuer Schritt"_s);
        QCOMPARE(f.controller.steps()->inProgressCount(), fresh.steps()->inProgressCount());
    }

    void logEntryNeedsToKnowWhoWritesIt()
    {
        Fixture f;
        f.test.settings.setOwnContactId(QString());
        QVERIFY(f.controller.log()->add(u"21.11.2026"_s, u"Text"_s).contains(u"who you are"_s));
    }

    void otherMunicipalitiesAreReadOnly()
    {
        Fixture f;
        const int before = f.pending();
        f.controller.setMunicipalityId(u"demo-musterkreis"_s);
        QVERIFY(!f.controller.canEdit());
        QCOMPARE(f.controller.title(), u"Ehrenamtskarte für den Kreis"_s);
        QCOMPARE(f.controller.steps()->count(), 2);
        const QString refused
            = f.controller.steps()->add(u"Fremd"_s, u"open"_s, {}, u"none"_s, {}, 0, {});
        QVERIFY(refused.contains(u"only change your own"_s));
        QVERIFY(!f.controller.steps()->setStatus(u"demo-step-k2"_s, u"done"_s).isEmpty());
        QVERIFY(!f.controller.log()->add(u"21.11.2026"_s, u"x"_s).isEmpty());
        QVERIFY(!f.controller.saveProject(u"Neu"_s, u"Ziel"_s).isEmpty());
        QCOMPARE(f.pending(), before);
        QCOMPARE(
            f.test.replica.projects().step(u"demo-step-k2"_s)->status, Step::Status::InProgress);
        // Even when the own project is shown, a step of another project cannot be changed.
        f.controller.setMunicipalityId(QString());
        QVERIFY(f.controller.steps()
                    ->setStatus(u"demo-step-k2"_s, u"done"_s)
                    .contains(u"no longer exists"_s));
    }

    void withoutAMunicipalityNothingCanBeChanged()
    {
        Fixture f;
        f.test.settings.setOwnMunicipalityId(QString());
        QVERIFY(!f.controller.hasOwnMunicipality());
        QVERIFY(!f.controller.hasProject());
        QVERIFY(f.controller.steps()
                    ->add(u"T"_s, u"open"_s, {}, u"none"_s, {}, 0, {})
                    .contains(u"settings"_s));
    }

    void aNewMunicipalityStartsItsProjectWithTheFirstStep()
    {
        Fixture f;
        const QString id = f.test.replica.contacts().addMunicipality(u"Neustadt"_s, now());
        f.test.settings.setOwnMunicipalityId(id);
        QVERIFY(f.controller.canEdit());
        QVERIFY(!f.controller.hasProject());
        QCOMPARE(
            f.controller.steps()->add(u"Erster Schritt"_s, u"open"_s, {}, u"module"_s, {}, 3, {}),
            QString());
        QVERIFY(f.controller.hasProject());
        QCOMPARE(f.controller.steps()->count(), 1);
        auto *steps = f.controller.steps()->model();
        QCOMPARE(steps->data(steps->index(0), StepsModel::DueTextRole).toString(),
            u"by module 3 (28.01.2027)"_s);
        QCOMPARE(f.controller.saveProject(u"Neues Projekt"_s, u"Ein Ziel"_s), QString());
        QCOMPARE(f.test.replica.projects().projectOf(id)->title, u"Neues Projekt"_s);
    }

    void overdueStepsAreMarked()
    {
        Fixture f;
        f.test.clock.setNow(QDateTime(QDate(2027, 2, 1), QTime(9, 0), Qt::UTC));
        f.controller.reload();
        auto *steps = f.controller.steps()->model();
        QCOMPARE(
            steps->data(steps->index(1), StepsModel::OverdueRole).toBool(), true); // due 15.12.2026
        QCOMPARE(
            steps->data(steps->index(2), StepsModel::OverdueRole).toBool(), true); // by module 3
        QCOMPARE(steps->data(steps->index(0), StepsModel::OverdueRole).toBool(), false); // done
        QCOMPARE(
            steps->data(steps->index(3), StepsModel::OverdueRole).toBool(), false); // by module 4
    }
};

QTEST_GUILESS_MAIN(TestProjectController)
#include "tst_projectcontroller.moc"
