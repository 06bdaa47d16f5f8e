// SPDX-License-Identifier: GPL-3.0-or-later
// Runs three times, with the device set to Europe/Berlin, UTC and America/New_York (see
// CMakeLists.txt): programme times must read the same everywhere.
#include "programmezone.h"
#include "timeformatter.h"

#include <QTest>

using namespace Qt::StringLiterals;

class TestTimeFormatter : public QObject
{
    Q_OBJECT

private:
    QTimeZone m_device;
    bool m_inBerlin = false;

    TimeFormatter german() const
    {
        return TimeFormatter(QLocale(QLocale::German, QLocale::Germany), m_device);
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_device = QTimeZone::systemTimeZone();
        const QByteArray expected = qgetenv("EWS_EXPECTED_ZONE");
        QVERIFY2(!expected.isEmpty(), "run through ctest, which sets the device zone");
        QCOMPARE(QTimeZone::systemTimeZoneId(), expected);
        m_inBerlin = expected == "Europe/Berlin";
    }

    void moduleTimesReadTheSameEverywhere_data()
    {
        QTest::addColumn<QDate>("date");
        QTest::addColumn<QString>("zone");
        // No translation is installed in this test: the abbreviations are the source texts.
        QTest::newRow("summer (module 1)") << QDate(2026, 8, 27) << u"CEST"_s;
        QTest::newRow("winter (module 2)") << QDate(2026, 11, 26) << u"CET"_s;
        QTest::newRow("day before the change") << QDate(2026, 10, 24) << u"CEST"_s;
        QTest::newRow("day after the change") << QDate(2026, 10, 26) << u"CET"_s;
        QTest::newRow("spring 2027") << QDate(2027, 4, 22) << u"CEST"_s;
    }

    void moduleTimesReadTheSameEverywhere()
    {
        QFETCH(QDate, date);
        QFETCH(QString, zone);
        const QDateTime start = ProgrammeZone::instant(date, QTime(10, 0));
        const QDateTime end = ProgrammeZone::instant(date, QTime(16, 0));
        // The zone is named exactly when the device shows another wall-clock time.
        const QString expected
            = m_inBerlin ? u"approx. 10:00 – 16:00"_s : u"approx. 10:00 – 16:00 "_s + zone;
        QCOMPARE(german().timeRange(start, end, true, false), expected);
        QCOMPARE(german().deviceIsElsewhere(start), !m_inBerlin);
        QCOMPARE(german().longDate(start),
            QLocale(QLocale::German, QLocale::Germany).toString(date, QLocale::LongFormat));
    }

    void summerAndWinterAreTold()
    {
        QVERIFY(ProgrammeZone::zone().isDaylightTime(
            ProgrammeZone::instant(QDate(2026, 10, 24), QTime(10, 0))));
        QVERIFY(!ProgrammeZone::zone().isDaylightTime(
            ProgrammeZone::instant(QDate(2026, 10, 26), QTime(10, 0))));
    }

    void lateEveningStaysOnItsDay()
    {
        // 23:30 in Düsseldorf is already the next day in UTC: the date shown is Düsseldorf's.
        const QDateTime late = ProgrammeZone::instant(QDate(2026, 11, 26), QTime(23, 30));
        QCOMPARE(ProgrammeZone::localDate(late), QDate(2026, 11, 26));
        QCOMPARE(german().longDate(late),
            QLocale(QLocale::German).toString(QDate(2026, 11, 26), QLocale::LongFormat));
        // 00:30 in Düsseldorf is still the evening before in UTC and New York.
        const QDateTime early = ProgrammeZone::instant(QDate(2026, 11, 26), QTime(0, 30));
        QCOMPARE(ProgrammeZone::localDate(early), QDate(2026, 11, 26));
        QCOMPARE(german().shortDate(early),
            QLocale(QLocale::German).toString(QDate(2026, 11, 26), u"ddd, d. MMM yyyy"_s));
    }

    void allDayHasNoTimes()
    {
        const QDateTime start = ProgrammeZone::instant(QDate(2026, 6, 19), QTime(0, 0));
        QCOMPARE(german().timeRange(start, start.addDays(1), false, true), u"all day"_s);
    }

    void countdownCountsProgrammeDays_data()
    {
        QTest::addColumn<QDateTime>("now");
        QTest::addColumn<QString>("expected");
        QTest::newRow("five days")
            << ProgrammeZone::instant(QDate(2026, 11, 21), QTime(23, 59)) << u"in 5 day(s)"_s;
        QTest::newRow("tomorrow") << ProgrammeZone::instant(QDate(2026, 11, 25), QTime(0, 1))
                                  << u"tomorrow"_s;
        QTest::newRow("hours") << ProgrammeZone::instant(QDate(2026, 11, 26), QTime(7, 0))
                               << u"in 3 hour(s)"_s;
        QTest::newRow("minutes") << ProgrammeZone::instant(QDate(2026, 11, 26), QTime(9, 45))
                                 << u"in 15 minute(s)"_s;
        QTest::newRow("running") << ProgrammeZone::instant(QDate(2026, 11, 26), QTime(11, 0))
                                 << u"happening now"_s;
        QTest::newRow("over") << ProgrammeZone::instant(QDate(2026, 11, 26), QTime(16, 0))
                              << u"over"_s;
        // Across the change to winter time (25 Oct): still calendar days in Düsseldorf.
        QTest::newRow("across the change")
            << ProgrammeZone::instant(QDate(2026, 10, 24), QTime(12, 0)) << u"in 33 day(s)"_s;
    }

    void countdownCountsProgrammeDays()
    {
        QFETCH(QDateTime, now);
        QFETCH(QString, expected);
        const QDateTime start = ProgrammeZone::instant(QDate(2026, 11, 26), QTime(10, 0));
        const QDateTime end = ProgrammeZone::instant(QDate(2026, 11, 26), QTime(16, 0));
        // No translation is installed here, so the source texts with their plural marks show.
        QCOMPARE(german().countdown(now, start, end), expected);
    }
};

QTEST_GUILESS_MAIN(TestTimeFormatter)
#include "tst_timeformatter.moc"
