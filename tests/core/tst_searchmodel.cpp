// SPDX-License-Identifier: GPL-3.0-or-later
// One search over dates, people and projects, on the example cohort.
#include "programmezone.h"
#include "searchmodel.h"
#include "testreplica.h"

#include <QAbstractItemModelTester>

using namespace Qt::StringLiterals;

class TestSearchModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void findsDatesPeopleAndProjects()
    {
        TestReplica test(ProgrammeZone::instant(QDate(2026, 11, 21), QTime(10, 0)));
        SearchModel model(test.replica.programme(), test.replica.notes(), test.replica.contacts(),
            test.replica.projects(), test.context);
        QAbstractItemModelTester tester(
            &model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 0); // nothing typed, nothing found

        // A person, by name, whatever the case.
        model.setQuery(u"hirsch"_s);
        const int alina = int(
            modelColumn(model, SearchModel::ItemIdRole).indexOf(u"ews7-contact-alina-hirsch"_s));
        QVERIFY(alina >= 0);
        QCOMPARE(modelColumn(model, SearchModel::KindRole).at(alina), u"contact"_s);
        QCOMPARE(modelColumn(model, SearchModel::SectionTitleRole).at(alina), u"People"_s);

        // Dates by their place; every date at the youth hostel is a module day.
        model.setQuery(u"Jugendherberge"_s);
        QCOMPARE(model.rowCount(), 8);
        QVERIFY(modelColumn(model, SearchModel::KindRole).count(u"event"_s) == model.rowCount());

        // A project's steps and log entries, with the municipality whose project it is.
        model.setQuery(u"Lotsen"_s);
        const QStringList kinds = modelColumn(model, SearchModel::KindRole);
        QVERIFY2(kinds.contains(u"project"_s) && kinds.contains(u"step"_s),
            qPrintable(kinds.join(u',')));
        QVERIFY(
            modelColumn(model, SearchModel::MunicipalityIdRole).contains(u"demo-musterstadt"_s));
        QCOMPARE(modelColumn(model, SearchModel::SectionTitleRole).count(u"Practice projects"_s),
            model.rowCount());

        // Every word must occur.
        model.setQuery(u"Lotsen gewinnen"_s);
        QCOMPARE(
            modelColumn(model, SearchModel::TitleRole), { u"Lotsinnen und Lotsen gewinnen"_s });
        model.setQuery(u"Lotsen Kuchenbasar"_s);
        QCOMPARE(model.rowCount(), 0);

        // The person's own note finds its date.
        model.setQuery(u"Flipchart"_s);
        QCOMPARE(model.rowCount(), 0);
        QVERIFY(test.replica.notes().save(u"demo-erika"_s, u"ews7-module-3-day-1"_s,
            u"Flipchart mitbringen"_s, {}, test.clock.now()));
        model.refresh();
        QCOMPARE(modelColumn(model, SearchModel::ItemIdRole), { u"ews7-module-3-day-1"_s });
    }

    void unsharedDetailsAreNotSearched()
    {
        TestReplica test(ProgrammeZone::instant(QDate(2026, 11, 21), QTime(10, 0)));
        SearchModel model(test.replica.programme(), test.replica.notes(), test.replica.contacts(),
            test.replica.projects(), test.context);
        // Jonas does not share his phone number, Samira not her e-mail address: neither is
        // found by them (nor is anyone else's).
        model.setQuery(u"5550 102"_s);
        QCOMPARE(model.rowCount(), 0);
        model.setQuery(u"samira.probe@example.org"_s);
        QCOMPARE(model.rowCount(), 0);
        model.setQuery(u"Samira"_s);
        QVERIFY(modelColumn(model, SearchModel::ItemIdRole).contains(u"demo-samira"_s));
    }
};

QTEST_GUILESS_MAIN(TestSearchModel)
#include "tst_searchmodel.moc"
