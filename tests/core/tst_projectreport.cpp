// SPDX-License-Identifier: GPL-3.0-or-later
// The practice project as a report: the PDF read back by poppler (pdftotext, pdfinfo), the
// CSV by Python's csv module as a spreadsheet would; cells that look like formulas stay text.
#include "cohortreport.h"
#include "independentparser.h"
#include "logentriesmodel.h"
#include "modulestarts.h"
#include "programmemodel.h"
#include "programmezone.h"
#include "projectcontroller.h"
#include "projectlog.h"
#include "projectreport.h"
#include "reportdocument.h"
#include "stepsmodel.h"
#include "testreplica.h"

#include <QDir>
#include <QFileInfo>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTranslator>

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
        : tool == "pdfimages"_L1 ? QStringList { u"-list"_s, file.fileName() }
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
        ProjectReport report(f.controller, f.programme, f.test.context, noProgram);
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
        QVERIFY(text.contains(u"%1 of %2 step"_s.arg(f.controller.steps()->doneCount())
                                  .arg(f.controller.steps()->count())));
    }

    /// The photos on an entry stand under it in the PDF, as the device has them (poppler's
    /// pdfimages lists them with their size); a photo not on the device is left out.
    void photosStandWithTheirEntries()
    {
        Fixture f;
        QCOMPARE(
            f.controller.log()->add(u"20.11.2026"_s, u"Plakat hängt im Rathaus."_s), QString());
        const QString entryId = f.controller.log()->model()->rows().first().entryId;
        QImage photo(1600, 1200, QImage::Format_RGB32);
        photo.fill(QColor(u"#2a6"_s));
        const QString file = f.test.dir.filePath(u"plakat.jpg"_s);
        QVERIFY(photo.save(file, "JPEG"));
        ProjectReport report(f.controller, f.programme, f.test.context, noProgram);
        report.setPhotos([&](const QString &id) {
            return id == entryId ? QStringList { file, f.test.dir.filePath(u"gone.jpg"_s) }
                                 : QStringList();
        });
        const QByteArray pdf = report.pdf();
        const QString images = poppler(u"pdfimages"_s, pdf);
        QVERIFY2(images.contains(u"1600  1200"_s), qPrintable(images));
        // One image: the one on the device (and no logo or other picture besides).
        QCOMPARE(images.count(u"image "_s), 1);
        QVERIFY(poppler(u"pdftotext"_s, pdf).contains(u"Plakat hängt im Rathaus."_s));
        // Without photos, none.
        report.setPhotos({});
        QCOMPARE(poppler(u"pdfimages"_s, report.pdf()).count(u"image "_s), 0);
    }

    /// A long log as an administration files it: a running head with the municipality and the
    /// date and "page n of m" on every page, no entry split by a page break or printed twice,
    /// its question mark kept, no ligature characters, title, author and language said.
    void aLongReportIsFiledAsAnAdministrationWants()
    {
        Fixture f;
        QStringList written;
        for (int i = 1; i <= 40; ++i) {
            QStringList sentences;
            for (int k = 0; k <= i % 3; ++k)
                sentences.append(u"Eintrag %1, Satz %2: Wir haben offen gesprochen und finden die "
                                 "Pflichtaufgabe wichtig. Wie geht es weiter?"_s.arg(i)
                                     .arg(k));
            const QString text = sentences.join(u' ');
            QCOMPARE(
                f.controller.log()->add(
                    QDate(2026, 11, 1).addDays(i % 20).toString(u"dd.MM.yyyy"_s), text, i % 7 == 0),
                QString());
            written.append(text.simplified());
        }
        ProjectReport report(f.controller, f.programme, f.test.context, noProgram);
        QTemporaryDir dir;
        const QString file = dir.filePath(u"long.pdf"_s);
        QFile out(file);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(report.pdf());
        out.close();
        const auto run = [&](const QStringList &arguments) {
            QProcess process;
            process.start(arguments.first(), arguments.mid(1));
            process.waitForFinished(30000);
            return QString::fromUtf8(process.readAllStandardOutput());
        };
        const QString info = run({ u"pdfinfo"_s, file });
        const int pages = QRegularExpression(u"Pages:\\s+(\\d+)"_s).match(info).captured(1).toInt();
        QVERIFY2(pages >= 3, qPrintable(info));
        const QString meta = run({ u"pdfinfo"_s, u"-meta"_s, file });
        QVERIFY2(meta.contains(u"<rdf:li>EWS companion</rdf:li>"_s), qPrintable(meta));
        QVERIFY(meta.contains(QRegularExpression(u"<rdf:li>(de-DE|en-GB)</rdf:li>"_s)));
        QVERIFY(meta.contains(u"Practice project Musterstadt"_s));

        const QString stamp
            = u"As of %1"_s.arg(f.test.context.formatter().calendarDate(f.test.context.today()));
        QString whole;
        for (int page = 1; page <= pages; ++page) {
            const QString text = run({ u"pdftotext"_s, u"-layout"_s, u"-f"_s, QString::number(page),
                u"-l"_s, QString::number(page), file, u"-"_s });
            const QString head = text.trimmed().section(u'\n', 0, 0);
            QVERIFY2(head.contains(u"Musterstadt (Beispiel)"_s) && head.contains(stamp),
                qPrintable(head));
            QVERIFY2(text.contains(u"Page %1 of %2"_s.arg(page).arg(pages)), qPrintable(text));
            whole += run({ u"pdftotext"_s, u"-f"_s, QString::number(page), u"-l"_s,
                             QString::number(page), file, u"-"_s })
                         .simplified()
                + u'\n';
        }
        static const QRegularExpression ligature(u"[\\x{FB00}-\\x{FB06}]"_s);
        QVERIFY(!whole.contains(ligature));
        for (const auto &text : std::as_const(written)) {
            // Whole on one page, and once in the document.
            QVERIFY2(whole.count(text.section(u':', 0, 0) + u':') == 1,
                qPrintable(text.section(u':', 0, 0) + u"\n"_s + whole.right(2500)));
            bool onOnePage = false;
            for (const auto &page : whole.split(u'\n'))
                onOnePage = onOnePage || page.contains(text);
            QVERIFY2(onOnePage, qPrintable(text));
        }
        QVERIFY(whole.contains(u"question to the organisers"_s));
    }

    /// In German, the steps table's headings stand whole, each on one line, side by side.
    void theStepsTableHasRoomInGerman()
    {
        QTranslator german;
        QVERIFY(german.load(QStringLiteral(GERMAN_TRANSLATION)));
        QCoreApplication::installTranslator(&german);
        Fixture f;
        ProjectReport report(f.controller, f.programme, f.test.context, noProgram);
        QTemporaryDir dir;
        QFile out(dir.filePath(u"de.pdf"_s));
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(report.pdf());
        out.close();
        QProcess process;
        process.start(u"pdftotext"_s,
            { u"-layout"_s, u"-f"_s, u"1"_s, u"-l"_s, u"1"_s, out.fileName(), u"-"_s });
        process.waitForFinished(30000);
        QCoreApplication::removeTranslator(&german);
        const QString page = QString::fromUtf8(process.readAllStandardOutput());
        static const QRegularExpression headings(
            u"\\n\\s*Schritt\\s{2,}Stand\\s{2,}Verantwortlich\\s{2,}Fällig\\s*\\n"_s);
        QVERIFY2(page.contains(headings), qPrintable(page));
        QVERIFY(page.contains(u"Seite 1 von "_s));
    }

    /// "Since module 1": only the entries from its first day on, and the report says so.
    void aPeriodLimitsTheLog()
    {
        Fixture f;
        const QDate moduleStart = ModuleStarts(f.programme.events()).of(1);
        QVERIFY(moduleStart.isValid() && moduleStart < f.test.context.today());
        QCOMPARE(f.controller.log()->add(moduleStart.addDays(-1).toString(u"dd.MM.yyyy"_s),
                     u"Vor dem Modul geschrieben."_s),
            QString());
        QCOMPARE(f.controller.log()->add(moduleStart.toString(u"dd.MM.yyyy"_s),
                     u"Am ersten Tag des Moduls geschrieben."_s),
            QString());
        ProjectReport report(f.controller, f.programme, f.test.context, noProgram);
        const QString since = poppler(u"pdftotext"_s, report.pdf(1)).simplified();
        QVERIFY(since.contains(u"Am ersten Tag des Moduls geschrieben."_s));
        QVERIFY(!since.contains(u"Vor dem Modul geschrieben."_s));
        QVERIFY(since.contains(u"Entries since module 1 (%1)."_s.arg(
            f.test.context.formatter().calendarDate(moduleStart))));
        const QString all = poppler(u"pdftotext"_s, report.pdf()).simplified();
        QVERIFY(all.contains(u"Vor dem Modul geschrieben."_s));
        QVERIFY(QString::fromUtf8(report.csv(1)).contains(u"since module 1"_s));
        QVERIFY(!QString::fromUtf8(report.csv(1)).contains(u"Vor dem Modul"_s));
    }

    /// A corrected entry is reported as corrected, saying so; a withdrawn one is not reported.
    void correctionsAreReportedAsTheLogShowsThem()
    {
        Fixture f;
        ProjectLog *log = f.controller.log();
        QCOMPARE(log->add(u"20.11.2026"_s, u"Flyer gedruckt, 500 Stück."_s), QString());
        QCOMPARE(log->add(u"19.11.2026"_s, u"Aus Versehen doppelt."_s), QString());
        auto *model = log->model();
        const auto idOf = [model](const QString &text) {
            for (int row = 0; row < model->rowCount(); ++row) {
                if (model->data(model->index(row), LogEntriesModel::TextRole).toString() == text)
                    return model->data(model->index(row), LogEntriesModel::EntryIdRole).toString();
            }
            return QString();
        };
        QCOMPARE(log->correct(
                     idOf(u"Flyer gedruckt, 500 Stück."_s), u"Flyer gedruckt, 50 Stück."_s, false),
            QString());
        QCOMPARE(log->withdraw(idOf(u"Aus Versehen doppelt."_s)), QString());
        ProjectReport report(f.controller, f.programme, f.test.context, noProgram);
        const QString text = poppler(u"pdftotext"_s, report.pdf()).simplified();
        QVERIFY(text.contains(u"Flyer gedruckt, 50 Stück."_s));
        QVERIFY(!text.contains(u"500 Stück"_s));
        QVERIFY2(text.contains(u"corrected"_s), qPrintable(text));
        QVERIFY(!text.contains(u"Aus Versehen doppelt."_s));
    }

    /// Every project in one PDF, each from a new page with its municipality in the running
    /// head, and in one table; saved and handed on.
    void allProjectsInOneDocument()
    {
        Fixture f;
        QList<QUrl> opened;
        CohortReport cohort(f.test.replica.projects(), f.test.replica.contacts(), f.test.settings,
            f.test.context, f.programme, [&](const QUrl &file) {
                opened.append(file);
                return false;
            });
        const QStringList ids { u"demo-musterkreis"_s, u"demo-mustergemeinde"_s,
            u"demo-musterstadt"_s };
        const QStringList names { u"Musterkreis (Beispiel)"_s, u"Mustergemeinde (Beispiel)"_s,
            u"Musterstadt (Beispiel)"_s };
        QTemporaryDir dir;
        const QString file = dir.filePath(u"all.pdf"_s);
        QFile out(file);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(cohort.document(ids).pdf(u"Practice projects of EWS 7"_s));
        out.close();
        const auto pageText = [&](int page) {
            QProcess process;
            process.start(u"pdftotext"_s,
                { u"-layout"_s, u"-f"_s, QString::number(page), u"-l"_s, QString::number(page),
                    file, u"-"_s });
            process.waitForFinished(30000);
            return QString::fromUtf8(process.readAllStandardOutput());
        };
        // Each municipality's title page starts with the programme line and has its name in
        // the running head; they come in the order asked for.
        QStringList starts;
        for (int page = 1; !pageText(page).trimmed().isEmpty(); ++page) {
            const QString text = pageText(page);
            const QString head = text.trimmed().section(u'\n', 0, 0);
            const QString body = text.trimmed().section(u'\n', 1).trimmed();
            if (body.startsWith(u"Entwicklungswerkstatt"_s)) {
                for (const auto &name : names) {
                    if (head.startsWith(name))
                        starts.append(name);
                }
            }
            QVERIFY(page < 20);
        }
        QCOMPARE(starts, names);

        QVERIFY(cohort.hand(u"csv"_s, ids).contains(u"practice-projects-2026-11-21.csv"_s));
        QCOMPARE(opened.size(), 1);
        QFile table(opened.constFirst().toLocalFile());
        QVERIFY(table.open(QIODevice::ReadOnly));
        const QString csv = QString::fromUtf8(table.readAll());
        for (const auto &name : names)
            QVERIFY2(csv.contains(u"\r\n"_s + name + u";Step;"_s)
                    || name.startsWith(u"Mustergemeinde"_s), // no steps yet
                qPrintable(name));
        table.remove();
        QVERIFY(cohort.hand(u"docx"_s, ids).contains(u"table"_s));
        QCOMPARE(opened.size(), 1);
    }

    void theCsvReadsBackAsASpreadsheetWould()
    {
        Fixture f;
        // Text a spreadsheet would run as a formula.
        QCOMPARE(
            f.controller.steps()->add(u"=HYPERLINK(\"http://example.org\")"_s, u"open"_s,
                u"demo-jonas"_s, u"module"_s, {}, 3, u"Zeile eins\nZeile zwei; mit Semikolon"_s),
            QString());
        ProjectReport report(f.controller, f.programme, f.test.context, noProgram);
        QString failure;
        const QByteArray json
            = readWithIndependentParser(QStringLiteral(CSV_ROWS), report.csv(), &failure);
        QVERIFY2(failure.isEmpty(), qPrintable(failure));
        const QJsonArray rows = QJsonDocument::fromJson(json).array();
        const auto &steps = f.controller.steps()->model()->rows();
        const auto &entries = f.controller.log()->model()->rows();
        QCOMPARE(rows.size(), 2 + steps.size() + entries.size());
        // A first row says what the table is; then the headings.
        QCOMPARE(rows.at(0).toArray().at(0).toString(),
            u"EWS 7 – practice projects, as of 2026-11-21"_s);
        QCOMPARE(rows.at(0).toArray().at(1).toString(), u"all entries"_s);
        QCOMPARE(rows.at(1).toArray().at(1).toString(), u"Kind"_s);

        QJsonArray formula;
        for (const auto &row : rows) {
            if (row.toArray().at(2).toString().contains(u"HYPERLINK"_s))
                formula = row.toArray();
        }
        QCOMPARE(formula.at(0).toString(), u"Musterstadt (Beispiel)"_s);
        QCOMPARE(formula.at(2).toString(), u"'=HYPERLINK(\"http://example.org\")"_s);
        QCOMPARE(formula.at(4).toString(), u"Jonas Beispiel (Beispiel)"_s);
        // Due by module 3: its first day, as a date a spreadsheet reads; not overdue yet.
        QCOMPARE(formula.at(5).toString(),
            ModuleStarts(f.programme.events()).of(3).toString(Qt::ISODate));
        QCOMPARE(formula.at(6).toString(), u"no"_s);
        QCOMPARE(formula.at(9).toString(), u"Zeile eins\nZeile zwei; mit Semikolon"_s);
        // Every log entry is there, with its date.
        for (const auto &entry : entries) {
            bool found = false;
            for (const auto &row : rows)
                found = found
                    || (row.toArray().at(2).toString() == entry.text
                        && row.toArray().at(7).toString() == entry.date.toString(Qt::ISODate));
            QVERIFY2(found, qPrintable(entry.text));
        }
        // An overdue step says so in its own column.
        bool overdue = false;
        for (const auto &step : steps) {
            for (const auto &row : rows)
                overdue = overdue
                    || (step.overdue && row.toArray().at(2).toString() == step.title
                        && row.toArray().at(6).toString() == u"yes"_s);
        }
        QCOMPARE(overdue, std::any_of(steps.cbegin(), steps.cend(), [](const auto &step) {
            return step.overdue;
        }));
    }

    /// Ordinary text that starts with a sign stays as written; what a spreadsheet would run
    /// as a call (a function, a link to another program) is made text.
    void csvCellsAreTextAsWritten_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("cell");
        QTest::newRow("phone") << u"+49 211 123456"_s << u"+49 211 123456"_s;
        QTest::newRow("percent") << u"-5 % Teilnahme"_s << u"-5 % Teilnahme"_s;
        QTest::newRow("formula") << u"=1+1"_s << u"'=1+1"_s;
        QTest::newRow("at") << u"@SUM(A1)"_s << u"'@SUM(A1)"_s;
        QTest::newRow("dde") << u"-2+3+cmd|' /C calc'!A0"_s << u"'-2+3+cmd|' /C calc'!A0"_s;
        QTest::newRow("plus call") << u"+HYPERLINK(\"x\")"_s << u"\"'+HYPERLINK(\"\"x\"\")\""_s;
        QTest::newRow("semicolon") << u"a;b"_s << u"\"a;b\""_s;
    }
    void csvCellsAreTextAsWritten()
    {
        QFETCH(QString, text);
        QFETCH(QString, cell);
        QCOMPARE(ReportDocument::csvCell(text), cell);
    }

    void handingOverSaysWhatHappened()
    {
        Fixture f;
        QList<QUrl> opened;
        ProjectReport report(f.controller, f.programme, f.test.context, [&](const QUrl &file) {
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
        QVERIFY(report.hand(u"docx"_s).contains(u"table"_s));
        QCOMPARE(opened.size(), 2);
        QDir(QFileInfo(opened.constFirst().toLocalFile()).absolutePath()).removeRecursively();
    }
};

QTEST_MAIN(TestProjectReport)
#include "tst_projectreport.moc"
