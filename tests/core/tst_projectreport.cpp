// SPDX-License-Identifier: GPL-3.0-or-later
// The practice project as a report: the PDF read back by poppler (pdftotext, pdfinfo), the
// CSV by Python's csv module as a spreadsheet would; cells that look like formulas stay text.
#include "independentparser.h"
#include "logentriesmodel.h"
#include "programmemodel.h"
#include "programmezone.h"
#include "projectcontroller.h"
#include "projectreport.h"
#include "stepsmodel.h"
#include "testreplica.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>

using namespace Qt::StringLiterals;

namespace {
/// What a poppler tool prints about @p pdf.
QString poppler(const QString &tool, const QByteArray &pdf)
{
    QTemporaryDir dir;
    QFile file(dir.filePath(u"report.pdf"_s));
    if (!file.open(QIODevice::WriteOnly) || file.write(pdf) != pdf.size())
        qFatal("cannot write the PDF");
    file.close();
    QProcess process;
    const QStringList arguments = tool == "pdftotext"_L1
        ? QStringList { u"-raw"_s, file.fileName(), u"-"_s }
        : QStringList { file.fileName() };
    process.start(tool, arguments);
    process.waitForFinished(30000);
    if (process.exitCode() != 0)
        return u"FAILED: "_s + QString::fromUtf8(process.readAllStandardError());
    return QString::fromUtf8(process.readAllStandardOutput());
}

bool noProgram(const QUrl &)
{
    return false;
}
}

class TestProjectReport : public QObject
{
    Q_OBJECT

private:
    /// The project screen of Erika of Musterstadt, with the example project.
    struct Fixture
    {
        TestReplica test { ProgrammeZone::instant(QDate(2026, 11, 21), QTime(10, 0)) };
        ProgrammeModel programme { test.replica.programme(), test.context };
        ProjectController controller { test.replica.projects(), test.replica.contacts(),
            test.settings, test.context, programme };

        Fixture()
        {
            test.settings.setOwnMunicipalityId(u"demo-musterstadt"_s);
            test.settings.setOwnContactId(u"demo-erika"_s);
            controller.reload();
        }
    };

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void thePdfHoldsTheWholeProject()
    {
        Fixture f;
        QVERIFY(f.controller.steps()->count() > 0);
        QCOMPARE(f.controller.log()->add(u"20.11.2026"_s,
                     u"Gespräch mit dem Seniorenbeirat: <Einladung> & Termin stehen."_s),
            QString());
        ProjectReport report(f.controller, f.test.context, noProgram);
        const QByteArray pdf = report.pdf();
        QVERIFY(pdf.startsWith("%PDF-"));

        const QString info = poppler(u"pdfinfo"_s, pdf);
        QVERIFY2(info.contains(u"Musterstadt"_s), qPrintable(info)); // the title
        QVERIFY(info.contains(u"A4"_s));
        // In the order it was drawn, cell by cell; lines joined by spaces.
        QString text = poppler(u"pdftotext"_s, pdf);
        QVERIFY2(!text.startsWith(u"FAILED"_s), qPrintable(text));
        text = text.simplified();
        QVERIFY2(text.contains(f.controller.title().simplified()), qPrintable(text));
        QVERIFY(text.contains(u"Musterstadt"_s));
        for (const auto &step : f.controller.steps()->model()->rows())
            QVERIFY2(text.contains(step.title.simplified()), qPrintable(step.title));
        // Typed text arrives as typed, not as markup.
        QVERIFY2(text.contains(u"<Einladung> & Termin stehen."_s), qPrintable(text));
        QVERIFY(text.contains(u"%1 of %2 steps done"_s.arg(f.controller.steps()->doneCount())
                                  .arg(f.controller.steps()->count())));
    }

    void theCsvReadsBackAsASpreadsheetWould()
    {
        Fixture f;
        // Text a spreadsheet would run as a formula.
        QCOMPARE(
            f.controller.steps()->add(u"=HYPERLINK(\"http://example.org\")"_s, u"open"_s,
                u"demo-jonas"_s, u"module"_s, {}, 3, u"Zeile eins\nZeile zwei; mit Semikolon"_s),
            QString());
        ProjectReport report(f.controller, f.test.context, noProgram);
        QString failure;
        const QByteArray json
            = readWithIndependentParser(QStringLiteral(CSV_ROWS), report.csv(), &failure);
        QVERIFY2(failure.isEmpty(), qPrintable(failure));
        const QJsonArray rows = QJsonDocument::fromJson(json).array();
        const auto &steps = f.controller.steps()->model()->rows();
        const auto &entries = f.controller.log()->model()->rows();
        QCOMPARE(rows.size(), 1 + steps.size() + entries.size());
        QCOMPARE(rows.at(0).toArray().at(0).toString(), u"Kind"_s);

        QJsonArray formula;
        for (const auto &row : rows) {
            if (row.toArray().at(1).toString().contains(u"HYPERLINK"_s))
                formula = row.toArray();
        }
        QCOMPARE(formula.at(1).toString(), u"'=HYPERLINK(\"http://example.org\")"_s);
        QCOMPARE(formula.at(3).toString(), u"Jonas Beispiel (Beispiel)"_s);
        QCOMPARE(formula.at(7).toString(), u"Zeile eins\nZeile zwei; mit Semikolon"_s);
        // Every log entry is there, with its date.
        for (const auto &entry : entries) {
            bool found = false;
            for (const auto &row : rows)
                found = found
                    || (row.toArray().at(1).toString() == entry.text
                        && row.toArray().at(5).toString() == entry.date.toString(Qt::ISODate));
            QVERIFY2(found, qPrintable(entry.text));
        }
    }

    void handingOverSaysWhatHappened()
    {
        Fixture f;
        QList<QUrl> opened;
        ProjectReport report(f.controller, f.test.context, [&](const QUrl &file) {
            opened.append(file);
            return true;
        });
        QCOMPARE(report.suggestedFileName(u"pdf"_s),
            u"practice-project-Musterstadt-Beispiel-2026-11-21.pdf"_s);
        QVERIFY(report.hand(u"pdf"_s).contains(u"opened"_s));
        QCOMPARE(opened.size(), 1);
        QFile saved(opened.constFirst().toLocalFile());
        QVERIFY(saved.open(QIODevice::ReadOnly));
        QVERIFY(saved.readAll().startsWith("%PDF-"));
        QVERIFY(!report.hand(u"csv"_s).isEmpty());
        QCOMPARE(opened.size(), 2);
        // Any other format: a message, nothing saved or opened.
        QVERIFY(report.suggestedFileName(u"docx"_s).isEmpty());
        QVERIFY(report.hand(u"docx"_s).contains(u"PDF"_s));
        QCOMPARE(opened.size(), 2);
        QDir(QFileInfo(opened.constFirst().toLocalFile()).absolutePath()).removeRecursively();
    }
};

QTEST_MAIN(TestProjectReport)
#include "tst_projectreport.moc"
