// SPDX-License-Identifier: GPL-3.0-or-later
// Saving one edit with 100,000 rows on the device: the time from the person's "save" to the
// change committed (with its entry in the change history) and shown by the project page's
// models — through the real ProjectController, replica and models the app uses. Google
// Benchmark; the rows are either in the shown project itself (the worst case: the page lists
// them all) or in other municipalities' projects.
#include "contactrepository.h"
#include "programmemodel.h"
#include "projectcontroller.h"
#include "testreplica.h"

#include <QCoreApplication>
#include <QSqlQuery>
#include <QUuid>

#include <benchmark/benchmark.h>

using namespace Qt::StringLiterals;

namespace {
constexpr int totalRows = 100000;

/// Fills the replica in one transaction: a tenth steps, the rest log entries.
void addRows(Database &database, const QString &projectId, int rows)
{
    QSqlQuery query(database.connection());
    database.connection().transaction();
    query.prepare(u"INSERT INTO steps (id, project_id, title, status, notes, position, "
                  "created_at, updated_at) VALUES (?, ?, ?, 'open', ?, ?, 0, 0)"_s);
    for (int i = 0; i < rows / 10; ++i) {
        query.addBindValue(QUuid::createUuid().toString(QUuid::WithoutBraces));
        query.addBindValue(projectId);
        query.addBindValue(u"Schritt %1: Gespräch mit dem Verein"_s.arg(i));
        query.addBindValue(u"Termin mit der Ehrenamtsagentur abstimmen."_s);
        query.addBindValue(i + 100);
        query.exec();
    }
    query.prepare(u"INSERT INTO log_entries (id, project_id, entry_date, author_name, text, "
                  "created_at) VALUES (?, ?, ?, 'Jonas', ?, 0)"_s);
    for (int i = 0; i < rows - rows / 10; ++i) {
        query.addBindValue(QUuid::createUuid().toString(QUuid::WithoutBraces));
        query.addBindValue(projectId);
        query.addBindValue(QDate(2026, 9, 1).addDays(i % 80).toString(Qt::ISODate));
        query.addBindValue(u"Eintrag %1: Treffen mit dem Seniorenbeirat."_s.arg(i));
        query.exec();
    }
    database.connection().commit();
}

void saveOneEdit(benchmark::State &state)
{
    const bool inShownProject = state.range(0) == 1;
    TestReplica test(QDateTime(QDate(2026, 11, 21), QTime(9, 0), Qt::UTC));
    test.settings.setOwnMunicipalityId(u"demo-musterstadt"_s);
    test.settings.setOwnContactId(u"demo-jonas"_s);
    auto &database = test.replica.database();
    auto projectOf = [&database](const QString &municipality) {
        QSqlQuery query(database.connection());
        query.prepare(u"SELECT id FROM projects WHERE municipality_id = ?"_s);
        query.addBindValue(municipality);
        return query.exec() && query.next() ? query.value(0).toString() : QString();
    };
    if (inShownProject) {
        addRows(database, projectOf(u"demo-musterstadt"_s), totalRows);
    } else {
        QSqlQuery others(database.connection());
        others.exec(
            u"SELECT municipality_id FROM projects WHERE municipality_id <> 'demo-musterstadt'"_s);
        QStringList municipalities;
        while (others.next())
            municipalities.append(others.value(0).toString());
        for (const auto &municipality : std::as_const(municipalities))
            addRows(database, projectOf(municipality), totalRows / int(municipalities.size()));
    }
    ProgrammeModel programme(test.replica.programme(), test.context);
    ProjectController project(
        test.replica.projects(), test.replica.contacts(), test.settings, test.context, programme);
    project.reload();
    const QString stepId = project.steps()->model()->get(0).value(u"stepId"_s).toString();
    int round = 0;
    for (auto _ : state) {
        const QString status = round++ % 2 ? u"open"_s : u"done"_s;
        const QString error = project.steps()->setStatus(stepId, status);
        // Shown: the model the page lists steps from has the new status.
        if (!error.isEmpty()
            || project.steps()->model()->get(0).value(u"status"_s).toString() != status) {
            state.SkipWithError("the edit was not saved or not shown");
            break;
        }
    }
    state.counters["rows"] = double(totalRows);
    state.counters["steps shown"] = double(project.steps()->model()->rowCount());
    state.counters["log entries shown"] = double(project.log()->model()->rowCount());
}
BENCHMARK(saveOneEdit)->Arg(1)->Arg(0)->ArgName("in_shown_project")->Unit(benchmark::kMillisecond);
}

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true);
    benchmark::Initialize(&argc, argv);
    if (benchmark::ReportUnrecognizedArguments(argc, argv))
        return 1;
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
