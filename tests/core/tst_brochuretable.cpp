// SPDX-License-Identifier: GPL-3.0-or-later
// The brochure's table "Alle Termine und Orte im Überblick", pasted by an organiser: the real
// table of the EWS 7 brochure (copied with its tabs, misprints and all) read into the dates the
// programme has, with its two real misprints stated — a heading that says "vier
// Alternativtermine" above five, and module 3 printed as "Do, 28.01.2026" (a Wednesday, and
// before the January 2027 meeting above it) — and rows it cannot read explained. On the desk,
// the table goes into the draft only where it changes something, never un-cancels a date, and
// participants see nothing before a release.
#include "brochuretable.h"
#include "programmedesk.h"
#include "programmezone.h"
#include "testreplica.h"

#include <QFile>
#include <QTest>

using namespace Qt::StringLiterals;
using Doubt = BrochureTable::Doubt;

namespace {
QString brochureTable()
{
    QFile file(QStringLiteral(BROCHURE_TABLE));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("The brochure's table cannot be read");
    return QString::fromUtf8(file.readAll());
}

QList<Place> places()
{
    Place hostel { u"djh-duesseldorf"_s,
        { u"DJH Jugendherberge Düsseldorf"_s, u"DJH youth hostel Düsseldorf"_s }, u"Düsseldorf"_s,
        false, {} };
    Place zoom { u"zoom"_s, { u"Digital, über Zoom"_s, u"Online, via Zoom"_s }, {}, true, {} };
    return { hostel, zoom };
}

QDate dayOf(const BrochureTable::Row &row)
{
    return ProgrammeZone::localDate(row.date.startsAt);
}

QDateTime berlin(int year, int month, int day, int hour)
{
    return ProgrammeZone::instant(QDate(year, month, day), QTime(hour, 0));
}
}

class TestBrochureTable : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void theBrochuresTableWithItsMisprints()
    {
        const auto table = BrochureTable::read(brochureTable(), places(), QLocale(u"en"_s));
        // 1 deadline, 5 talks, 4 modules of 2 days, 6 learning group meetings.
        QCOMPARE(table.rows.size(), 20);

        QCOMPARE(table.doubts.size(), 3);
        const Doubt &count = table.doubts.at(0);
        QCOMPARE(count.kind, Doubt::Kind::CountMismatch);
        QCOMPARE(count.expected, 4);
        QCOMPARE(count.found, 5);
        QVERIFY2(count.text.contains(u"“Digitale Informations- und Kennenlerngespräche, vier "
                                     u"Alternativtermine” names 4 date"_s)
                && count.text.contains(u"but 5 follow"_s),
            qPrintable(count.text));
        for (int i = 1; i < 3; ++i) {
            const Doubt &year = table.doubts.at(i);
            QCOMPARE(year.kind, Doubt::Kind::YearOutOfSequence);
            QCOMPARE(year.written, QDate(2026, 1, 27 + i));
            QCOMPARE(year.taken, QDate(2027, 1, 27 + i));
            QVERIFY2(year.text.contains(u"comes before the date above it (%1)"_s.arg(
                         i == 1 ? u"13.01.2027"_s : u"28.01.2027"_s)),
                qPrintable(year.text));
        }
        // The 28th of January 2026 is a Wednesday: the "Do" printed fits 2027, and says so.
        QVERIFY2(table.doubts.at(1).text.contains(u"(a Thursday)"_s),
            qPrintable(table.doubts.at(1).text));
        QVERIFY(table.doubts.at(1).text.contains(u"matches the weekday written"_s));

        const auto &deadline = table.rows.at(0);
        QCOMPARE(deadline.date.kind, ProgrammeDate::Kind::Deadline);
        QVERIFY(deadline.date.allDay);
        QCOMPARE(dayOf(deadline), QDate(2026, 6, 19));
        QCOMPARE(deadline.date.note.de, u"Digital an a.hirsch@isi-innovation.de"_s);
        QVERIFY(deadline.date.placeId.isEmpty());

        const auto &talk3 = table.rows.at(3);
        QCOMPARE(talk3.date.kind, ProgrammeDate::Kind::InfoTalk);
        QCOMPARE(talk3.date.number, 3);
        QCOMPARE(talk3.date.placeId, u"zoom"_s);
        QCOMPARE(talk3.date.endsAt.toTimeZone(ProgrammeZone::zone()).time(), QTime(16, 0));

        const auto &module1day2 = table.rows.at(7);
        QCOMPARE(module1day2.date.kind, ProgrammeDate::Kind::ModuleDay);
        QCOMPARE(module1day2.date.moduleNumber, 1);
        QCOMPARE(module1day2.date.number, 2);
        QCOMPARE(dayOf(module1day2), QDate(2026, 8, 28));
        QVERIFY(module1day2.date.approximate);
        QCOMPARE(module1day2.date.placeId, u"djh-duesseldorf"_s);
        QVERIFY(!module1day2.date.tentative);

        const auto &module3day1 = table.rows.at(13);
        QCOMPARE(module3day1.date.moduleNumber, 3);
        QCOMPARE(dayOf(module3day1), QDate(2027, 1, 28));
        QVERIFY(module3day1.date.tentative); // "unter Vorbehalt des Haushaltsbeschlusses"

        const auto &lastGroup = table.rows.constLast();
        QCOMPARE(lastGroup.date.kind, ProgrammeDate::Kind::LearningGroup);
        QCOMPARE(lastGroup.date.number, 6);
        QCOMPARE(lastGroup.date.moduleNumber, 4);
        QCOMPARE(dayOf(lastGroup), QDate(2027, 7, 7));
    }

    void doubtsAreNamedInTheReadersLanguage()
    {
        const QString text = u"2. Treffen digitale Lerngruppe\tDo, 11.11.2026\t09.00 – 10.30 "
                             u"Uhr\tDigital, via Zoom\n"_s;
        const auto german = BrochureTable::read(text, places(), QLocale(u"de"_s));
        QCOMPARE(german.doubts.size(), 1);
        QCOMPARE(german.doubts.at(0).kind, Doubt::Kind::WeekdayMismatch);
        QVERIFY2(german.doubts.at(0).text.contains(u"Mittwoch"_s)
                && german.doubts.at(0).text.contains(u"Donnerstag"_s),
            qPrintable(german.doubts.at(0).text));
        // The date is taken as written: only the weekday is in doubt.
        QCOMPARE(dayOf(german.rows.at(0)), QDate(2026, 11, 11));
    }

    void rowsItCannotReadAreExplained_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("rows");
        QTest::addColumn<Doubt::Kind>("kind");
        QTest::newRow("not a date of the programme")
            << u"Mittagessen\tDo, 27.08.2026\t12.00 – 13.00 Uhr\tSpeisesaal"_s << 0
            << Doubt::Kind::UnreadableRow;
        QTest::newRow("no date") << u"1. Termin\tnach Absprache\t\tDigital"_s << 0
                                 << Doubt::Kind::UnreadableDate;
        QTest::newRow("the 31st of June")
            << u"1. Termin\tDi, 31.06.2026\t\tDigital"_s << 0 << Doubt::Kind::UnreadableDate;
        QTest::newRow("no time") << u"1. Termin\tMo, 29.06.2026\tganztägig\tDigital, via Zoom"_s
                                 << 1 << Doubt::Kind::NoTime;
        QTest::newRow("a time ending before it starts")
            << u"1. Termin\tMo, 29.06.2026\t13.00 – 9.00 Uhr\tDigital, via Zoom"_s << 1
            << Doubt::Kind::NoTime;
        QTest::newRow("an unknown place")
            << u"1. Präsenzmodul\tDo, 27.08.2026\t10.00 – 16.00 Uhr\tRathaus Köln"_s << 1
            << Doubt::Kind::UnknownPlace;
        QTest::newRow("too many rows")
            << QString(u"1. Termin\tMo, 29.06.2026\t9.00 – 13.00 Uhr\tDigital\n"_s).repeated(300)
            << BrochureTable::maximumRows << Doubt::Kind::TooLong;
        QTest::newRow("one endless line")
            << u"1. Termin\tMo, 29.06.2026\t"_s + QString(BrochureTable::maximumSize, u'x') << 0
            << Doubt::Kind::TooLong;
    }

    void rowsItCannotReadAreExplained()
    {
        QFETCH(QString, text);
        QFETCH(int, rows);
        QFETCH(Doubt::Kind, kind);
        const auto table = BrochureTable::read(text, places(), QLocale(u"en"_s));
        QCOMPARE(table.rows.size(), rows);
        QVERIFY(!table.doubts.isEmpty());
        QCOMPARE(table.doubts.constLast().kind, kind);
        QVERIFY(
            table.doubts.constLast().text.startsWith(u"Line "_s) || kind == Doubt::Kind::TooLong);
    }

    void theBundledProgrammeIsTheBrochuresTable()
    {
        // The programme shipped with the app was made from this brochure, its misprints
        // corrected: pasting the table changes nothing.
        TestReplica test(berlin(2026, 11, 21, 10), u"en"_s);
        ProgrammeDesk desk(
            test.replica.drafts(), test.replica.programme(), test.context, test.clock);
        const QVariantMap check = desk.checkBrochureTable(brochureTable());
        const QVariantList rows = check.value(u"rows"_s).toList();
        QCOMPARE(rows.size(), 20);
        for (const auto &row : rows)
            QVERIFY2(row.toMap().value(u"status"_s) == u"same"_s,
                qPrintable(row.toMap().value(u"title"_s).toString() + u": "_s
                    + row.toMap().value(u"changeText"_s).toString()));
        QCOMPARE(check.value(u"changes"_s).toInt(), 0);
        QCOMPARE(check.value(u"doubts"_s).toStringList().size(), 3);
        QCOMPARE(desk.takeBrochureTable(brochureTable()),
            u"The table does not change anything in the programme."_s);
        QVERIFY(test.replica.drafts().drafts().isEmpty());
    }

    void aPastedTableGoesIntoTheDraft()
    {
        TestReplica test(berlin(2026, 11, 21, 10), u"en"_s);
        ProgrammeDesk desk(
            test.replica.drafts(), test.replica.programme(), test.context, test.clock);
        // Cancelled by the organisers earlier.
        QVariantMap cancelled = desk.form(u"ews7-learning-group-4"_s);
        cancelled.insert(u"cancelled"_s, true);
        cancelled.insert(u"cancelReason"_s, u"Krankheit"_s);
        QCOMPARE(desk.save(cancelled), QString());

        const QString text = u"3. Treffen digitale Lerngruppe\tMi, 20.01.2027\t09.00 – 10.30 "
                             u"Uhr\tDigital, via Zoom\n"
                             u"4. Treffen digitale Lerngruppe\tMi, 24.02.2027\t09.00 – 10.30 "
                             u"Uhr\tDigital, via Zoom\n"
                             u"7. Treffen digitale Lerngruppe\tMi, 08.09.2027\t09.00 – 10.30 "
                             u"Uhr\tDigital, via Zoom\n"_s;
        const QVariantList rows = desk.checkBrochureTable(text).value(u"rows"_s).toList();
        QCOMPARE(rows.size(), 3);
        QCOMPARE(rows.at(0).toMap().value(u"status"_s), u"changed"_s);
        QVERIFY2(rows.at(0).toMap().value(u"changeText"_s).toString().startsWith(u"Moved"_s),
            qPrintable(rows.at(0).toMap().value(u"changeText"_s).toString()));
        QCOMPARE(rows.at(2).toMap().value(u"status"_s), u"new"_s);

        QCOMPARE(desk.takeBrochureTable(text), QString());
        const auto moved = test.replica.drafts().draft(u"ews7-learning-group-3"_s);
        QVERIFY(moved);
        QCOMPARE(ProgrammeZone::localDate(moved->startsAt), QDate(2027, 1, 20));
        QCOMPARE(moved->title.de, u"3. Treffen digitale Lerngruppe"_s);
        // Moved, and still cancelled: a table never calls a date back.
        const auto stillCancelled = test.replica.drafts().draft(u"ews7-learning-group-4"_s);
        QCOMPARE(ProgrammeZone::localDate(stillCancelled->startsAt), QDate(2027, 2, 24));
        QVERIFY(stillCancelled->cancelled);
        QCOMPARE(stillCancelled->cancelReason, u"Krankheit"_s);
        QCOMPARE(desk.draftChanges().size(), 3);
        // Participants still see the programme as published.
        QCOMPARE(ProgrammeZone::localDate(
                     test.replica.programme().event(u"ews7-learning-group-3"_s)->startsAt),
            QDate(2027, 1, 13));
        // The same table again changes nothing more.
        QCOMPARE(desk.checkBrochureTable(text).value(u"changes"_s).toInt(), 0);
    }
};

QTEST_MAIN(TestBrochureTable)
#include "tst_brochuretable.moc"
