// SPDX-License-Identifier: GPL-3.0-or-later
#include "projectinput.h"

#include <QTest>

using namespace Qt::StringLiterals;

class TestProjectInput : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void dates_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QDate>("expected");
        QTest::addColumn<QString>("message");
        QTest::newRow("german") << u"26.11.2026"_s << QDate(2026, 11, 26) << QString();
        QTest::newRow("german short") << u"1.2.2027"_s << QDate(2027, 2, 1) << QString();
        QTest::newRow("iso") << u"2026-11-26"_s << QDate(2026, 11, 26) << QString();
        QTest::newRow("slashes are ambiguous") << u"11/05/2026"_s << QDate() << u"day.month.year"_s;
        QTest::newRow("spaces") << u"  26.11.2026 "_s << QDate(2026, 11, 26) << QString();
        QTest::newRow("empty") << u""_s << QDate() << u"Please enter a date."_s;
        QTest::newRow("words") << u"morgen"_s << QDate() << u"day.month.year"_s;
        QTest::newRow("no such day") << u"31.02.2026"_s << QDate() << u"does not exist"_s;
        QTest::newRow("month 13") << u"2026-13-01"_s << QDate() << u"does not exist"_s;
        QTest::newRow("too far") << u"1.1.2099"_s << QDate() << u"between 2026 and 2030"_s;
        QTest::newRow("too early") << u"1.1.1999"_s << QDate() << u"between 2026 and 2030"_s;
        QTest::newRow("two-digit year") << u"26.11.26"_s << QDate(2026, 11, 26) << QString();
        QTest::newRow("no year, no day to count from") << u"20.12."_s << QDate() << u"year too"_s;
        QTest::newRow("digits run together") << u"26.1126"_s << QDate() << u"day.month.year"_s;
    }

    void dates()
    {
        QFETCH(QString, text);
        QFETCH(QDate, expected);
        QFETCH(QString, message);
        QDate date;
        const QString error = ProjectInput::parseDate(text, &date);
        if (message.isEmpty()) {
            QVERIFY2(error.isEmpty(), qPrintable(error));
            QCOMPARE(date, expected);
        } else {
            QVERIFY2(error.contains(message), qPrintable(error));
            QVERIFY(!date.isValid());
        }
    }

    /// "20.12." is the next 20 December: this year's until it has passed, then next year's.
    void datesWithoutAYear()
    {
        QDate date;
        QCOMPARE(ProjectInput::parseDate(u"20.12."_s, &date, QDate(2026, 11, 26)), QString());
        QCOMPARE(date, QDate(2026, 12, 20));
        QCOMPARE(ProjectInput::parseDate(u"20.12"_s, &date, QDate(2026, 12, 20)), QString());
        QCOMPARE(date, QDate(2026, 12, 20)); // today itself is still this year's
        QCOMPARE(ProjectInput::parseDate(u"5.1."_s, &date, QDate(2026, 12, 21)), QString());
        QCOMPARE(date, QDate(2027, 1, 5));
        QVERIFY(ProjectInput::parseDate(u"31.2."_s, &date, QDate(2026, 11, 26))
                    .contains(u"does not exist"_s));
        // Through the step form, as the app sends it.
        ProjectInput::StepForm form { u"Flyer"_s, u"open"_s, {}, u"date"_s, u"20.12."_s, 0, {},
            QDate(2026, 11, 26) };
        Step step;
        QCOMPARE(ProjectInput::checkStep(form, &step), QString());
        QCOMPARE(step.dueDate, QDate(2026, 12, 20));
    }

    void steps_data()
    {
        QTest::addColumn<QString>("title");
        QTest::addColumn<QString>("status");
        QTest::addColumn<QString>("dueKind");
        QTest::addColumn<QString>("dueDate");
        QTest::addColumn<int>("dueModule");
        QTest::addColumn<QString>("notes");
        QTest::addColumn<QString>("message");
        QTest::newRow("fine") << u"Flyer"_s << u"open"_s << u"none"_s << QString() << 0 << QString()
                              << QString();
        QTest::newRow("by module")
            << u"Flyer"_s << u"done"_s << u"module"_s << QString() << 4 << QString() << QString();
        QTest::newRow("by date") << u"Flyer"_s << u"in_progress"_s << u"date"_s << u"15.12.2026"_s
                                 << 0 << QString() << QString();
        QTest::newRow("no title") << u"   "_s << u"open"_s << u"none"_s << QString() << 0
                                  << QString() << u"give the step a title"_s;
        QTest::newRow("long title") << QString(201, u'a') << u"open"_s << u"none"_s << QString()
                                    << 0 << QString() << u"at most 200"_s;
        QTest::newRow("long notes") << u"T"_s << u"open"_s << u"none"_s << QString() << 0
                                    << QString(4001, u'n') << u"at most 4000"_s;
        QTest::newRow("bad status") << u"T"_s << u"finished"_s << u"none"_s << QString() << 0
                                    << QString() << u"choose a status"_s;
        QTest::newRow("module 0") << u"T"_s << u"open"_s << u"module"_s << QString() << 0
                                  << QString() << u"from 1 to 4"_s;
        QTest::newRow("module 5") << u"T"_s << u"open"_s << u"module"_s << QString() << 5
                                  << QString() << u"from 1 to 4"_s;
        QTest::newRow("bad date") << u"T"_s << u"open"_s << u"date"_s << u"30.02.2027"_s << 0
                                  << QString() << u"does not exist"_s;
        QTest::newRow("bad due kind") << u"T"_s << u"open"_s << u"soon"_s << QString() << 0
                                      << QString() << u"when the step is due"_s;
    }

    void steps()
    {
        QFETCH(QString, title);
        QFETCH(QString, status);
        QFETCH(QString, dueKind);
        QFETCH(QString, dueDate);
        QFETCH(int, dueModule);
        QFETCH(QString, notes);
        QFETCH(QString, message);
        Step step;
        step.title = u"unchanged"_s;
        const QString error = ProjectInput::checkStep(
            { title, status, {}, dueKind, dueDate, dueModule, notes, QDate(2026, 11, 26) }, &step);
        if (message.isEmpty()) {
            QVERIFY2(error.isEmpty(), qPrintable(error));
            QCOMPARE(step.title, title.trimmed());
            QCOMPARE(Step::statusName(step.status), status);
            QCOMPARE(step.dueModule, dueKind == "module"_L1 ? dueModule : 0);
            QCOMPARE(step.dueDate.isValid(), dueKind == "date"_L1);
        } else {
            QVERIFY2(error.contains(message), qPrintable(error));
            QCOMPARE(step.title, u"unchanged"_s); // nothing taken over from a refused form
        }
    }

    void logEntries()
    {
        const QDate today(2026, 11, 21);
        LogEntry entry;
        QVERIFY(ProjectInput::checkLogEntry(u"21.11.2026"_s, u"  Erster Termin  "_s, today, &entry)
                    .isEmpty());
        QCOMPARE(entry.text, u"Erster Termin"_s);
        QCOMPARE(entry.entryDate, today);
        QVERIFY(ProjectInput::checkLogEntry(u"22.11.2026"_s, u"x"_s, today, &entry)
                    .contains(u"future"_s));
        QVERIFY(ProjectInput::checkLogEntry(u"21.11.2026"_s, u" "_s, today, &entry)
                    .contains(u"what happened"_s));
        QVERIFY(ProjectInput::checkLogEntry(u"21.11.2026"_s, QString(4001, u'x'), today, &entry)
                    .contains(u"4000"_s));
    }

    void projects()
    {
        QVERIFY(ProjectInput::checkProject(u"Lotsen"_s, u"Ziel"_s).isEmpty());
        QVERIFY(ProjectInput::checkProject(u""_s, u"Ziel"_s).contains(u"title"_s));
        QVERIFY(ProjectInput::checkProject(u"T"_s, QString(2001, u'g')).contains(u"2000"_s));
    }
};

QTEST_GUILESS_MAIN(TestProjectInput)
#include "tst_projectinput.moc"
