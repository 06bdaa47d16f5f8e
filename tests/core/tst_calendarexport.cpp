// SPDX-License-Identifier: GPL-3.0-or-later
// The programme as calendar files, read back by an independent parser (python3-icalendar,
// tests/tools/ics-events.py) that resolves times through the file's own VTIMEZONE.
#include "calendarentries.h"
#include "calendarexport.h"
#include "incomingrows.h"
#include "independentparser.h"
#include "programmemodel.h"
#include "programmerepository.h"
#include "programmezone.h"
#include "testreplica.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace {
QDateTime berlin(int year, int month, int day, int hour, int minute = 0)
{
    return ProgrammeZone::instant(QDate(year, month, day), QTime(hour, minute));
}

/// What the independent parser read from @p content: the calendar's name and its events by
/// uid.
struct Parsed
{
    QString name;
    QHash<QString, QJsonObject> events;
    QStringList order;
};

Parsed parse(const QByteArray &content, QString *failure)
{
    Parsed parsed;
    const QByteArray json = readWithIndependentParser(QStringLiteral(ICS_EVENTS), content, failure);
    const auto root = QJsonDocument::fromJson(json).object();
    parsed.name = root.value("name"_L1).toString();
    for (const auto &value : root.value("events"_L1).toArray()) {
        const auto event = value.toObject();
        parsed.events.insert(event.value("uid"_L1).toString(), event);
        parsed.order.append(event.value("uid"_L1).toString());
    }
    return parsed;
}

QString utc(const QDateTime &instant)
{
    return instant.toUTC().toString(u"yyyy-MM-ddTHH:mm:ss"_s) + u"+00:00"_s;
}

/// No calendar program to hand files to.
bool noProgram(const QUrl &)
{
    return false;
}

QJsonObject moduleDay(const QDateTime &start, const QString &title)
{
    return { { u"kind"_s, u"module_day"_s }, { u"moduleNumber"_s, 2 }, { u"number"_s, 1 },
        { u"titleDe"_s, title }, { u"titleEn"_s, u"Module 2, day 1"_s },
        { u"startsAt"_s, start.toUTC().toString(Qt::ISODate) },
        { u"endsAt"_s, start.addSecs(6 * 3600).toUTC().toString(Qt::ISODate) },
        { u"placeId"_s, u"djh-duesseldorf"_s } };
}
}

class TestCalendarExport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void everyDateReadsBackAtItsTime()
    {
        TestReplica test(berlin(2026, 11, 21, 10));
        CalendarExport calendar(test.replica.programme(), test.context, noProgram);
        QString failure;
        const Parsed parsed = parse(calendar.programmeFile(), &failure);
        QVERIFY2(failure.isEmpty(), qPrintable(failure));
        QCOMPARE(parsed.name, u"EWS 7 programme"_s); // the test's English source text

        const auto events = test.replica.programme().events();
        QCOMPARE(parsed.events.size(), events.size());
        QSet<int> offsets; // hours from UTC of the timed dates: summer and winter time
        for (const auto &event : events) {
            const QString uid = event.id + u"@ews-companion"_s;
            QVERIFY2(parsed.events.contains(uid), qPrintable(uid));
            const QJsonObject read = parsed.events.value(uid);
            if (event.allDay) {
                // A whole day (every one in EWS 7 is a single day, like the application
                // deadline on 19 June): DTEND is the next day, exclusive (RFC 5545, 3.6.1), so
                // that calendar programs show it on that one day.
                const QDate day = ProgrammeZone::localDate(event.startsAt);
                QCOMPARE(read.value("start"_L1).toString(), day.toString(Qt::ISODate));
                QCOMPARE(read.value("end"_L1).toString(), day.addDays(1).toString(Qt::ISODate));
            } else {
                QCOMPARE(read.value("start"_L1).toString(), utc(event.startsAt));
                QCOMPARE(read.value("end"_L1).toString(), utc(event.endsAt));
                offsets.insert(ProgrammeZone::zone().offsetFromUtc(event.startsAt) / 3600);
            }
            QCOMPARE(read.value("summary"_L1).toString(), event.title.de);
            QCOMPARE(read.value("status"_L1).toString(),
                event.tentative ? u"TENTATIVE"_s : u"CONFIRMED"_s);
            QCOMPARE(read.value("sequence"_L1).toInt(), 0);
        }
        QCOMPARE(offsets, (QSet<int> { 1, 2 })); // both sides of the clock change are in it

        const QJsonObject moduleDay = parsed.events.value(u"ews7-module-1-day-1@ews-companion"_s);
        QVERIFY2(moduleDay.value("location"_L1).toString().contains(u"Düsseldorf"_s),
            qPrintable(moduleDay.value("location"_L1).toString()));
        QVERIFY(moduleDay.value("description"_L1).toString().contains(u"•"_s)); // its topics
        // Tentative dates say why.
        const QJsonObject tentative = parsed.events.value(u"ews7-module-3-day-1@ews-companion"_s);
        QCOMPARE(tentative.value("status"_L1).toString(), u"TENTATIVE"_s);
        QVERIFY(tentative.value("description"_L1).toString().contains(u"2027"_s));
    }

    void aDatesLocationIsItsRoomPlaceAndAddress()
    {
        ProgrammeDate day;
        day.id = u"day"_s;
        day.title = { u"Tag 1"_s, u"Day 1"_s };
        day.room = u"Raum Rhein"_s;
        Place venue { u"djh"_s, { u"DJH Jugendherberge Düsseldorf"_s, u"DJH youth hostel"_s },
            u"Düsseldorf"_s, false, u"Düsseldorfer Straße 1, 40545 Düsseldorf"_s };
        QCOMPARE(CalendarEntries::entryFor(day, &venue, u"de"_s, 0, false).location,
            u"Raum Rhein, DJH Jugendherberge Düsseldorf, Düsseldorfer Straße 1, 40545 Düsseldorf"_s);
        // Without an address the city says where; without a room the place comes first.
        venue.address.clear();
        day.room.clear();
        QCOMPARE(CalendarEntries::entryFor(day, &venue, u"en"_s, 0, false).location,
            u"DJH youth hostel, Düsseldorf"_s);
    }

    void aDateAroundTheClockChangeKeepsItsWallClockTime()
    {
        // 10:00 in Düsseldorf on the Saturday before and the Monday after the change to summer
        // time (29 March 2026): 09:00 and 08:00 in UTC.
        const QList<CalendarEntry> entries {
            { u"before@test"_s, berlin(2026, 3, 28, 10), berlin(2026, 3, 28, 12), false,
                u"Vorher"_s, {}, {}, {}, CalendarEntry::Status::Confirmed, 0 },
            { u"after@test"_s, berlin(2026, 3, 30, 10), berlin(2026, 3, 30, 12), false,
                u"Nachher"_s, {}, {}, {}, CalendarEntry::Status::Confirmed, 0 },
            { u"autumn@test"_s, berlin(2026, 10, 26, 10), berlin(2026, 10, 26, 12), false,
                u"Herbst"_s, {}, {}, {}, CalendarEntry::Status::Confirmed, 0 },
        };
        QString failure;
        const Parsed parsed
            = parse(ICalendarWriter::write(u"Test"_s, entries, berlin(2026, 3, 1, 9)), &failure);
        QVERIFY2(failure.isEmpty(), qPrintable(failure));
        QCOMPARE(parsed.events.value(u"before@test"_s).value("start"_L1).toString(),
            u"2026-03-28T09:00:00+00:00"_s);
        QCOMPARE(parsed.events.value(u"after@test"_s).value("start"_L1).toString(),
            u"2026-03-30T08:00:00+00:00"_s);
        QCOMPARE(parsed.events.value(u"autumn@test"_s).value("start"_L1).toString(),
            u"2026-10-26T09:00:00+00:00"_s);
    }

    void aMovedDateIsANewerVersionAndACancelledOneStaysCancelled()
    {
        TestReplica test(berlin(2026, 11, 21, 10));
        CalendarExport calendar(test.replica.programme(), test.context, noProgram);
        const QDateTime now = test.clock.now();
        // The server's versions of the rows: the SEQUENCE of its calendar feed, too.
        QVERIFY(IncomingRows(test.replica.database())
                    .apply(u"event"_s, u"ews7-module-2-day-1"_s, false,
                        moduleDay(berlin(2026, 12, 3, 10), u"2. Präsenzmodul, 1. Tag"_s), now, 41));
        QVERIFY(IncomingRows(test.replica.database())
                    .apply(u"event"_s, u"ews7-learning-group-3"_s, true, {}, now, 42));
        // Seen: the cancelled date stays, in the list and in the calendar file.
        QVERIFY(test.replica.programme().markSeen(u"ews7-learning-group-3"_s));
        ProgrammeModel model(test.replica.programme(), test.context);
        QVERIFY(model.index(model.indexOf(u"ews7-learning-group-3"_s), 0)
                    .data(ProgrammeModel::CancelledRole)
                    .toBool());

        QString failure;
        Parsed parsed = parse(calendar.programmeFile(), &failure);
        QVERIFY2(failure.isEmpty(), qPrintable(failure));
        const QJsonObject moved = parsed.events.value(u"ews7-module-2-day-1@ews-companion"_s);
        QCOMPARE(moved.value("start"_L1).toString(), utc(berlin(2026, 12, 3, 10)));
        QCOMPARE(moved.value("sequence"_L1).toInt(), 41);
        const QJsonObject cancelled = parsed.events.value(u"ews7-learning-group-3@ews-companion"_s);
        QCOMPARE(cancelled.value("status"_L1).toString(), u"CANCELLED"_s);
        QCOMPARE(cancelled.value("sequence"_L1).toInt(), 42);
        // Calendar programs that ignore STATUS still show that it is off.
        QVERIFY2(cancelled.value("summary"_L1).toString().startsWith(u"Abgesagt: "_s),
            qPrintable(cancelled.value("summary"_L1).toString()));

        // An older answer arriving late (an earlier version) never lowers it; moved once more,
        // the server's newer version.
        QVERIFY(IncomingRows(test.replica.database())
                    .apply(u"event"_s, u"ews7-module-2-day-1"_s, false,
                        moduleDay(berlin(2026, 12, 3, 10), u"2. Präsenzmodul, 1. Tag"_s), now, 40));
        parsed = parse(calendar.eventFile(u"ews7-module-2-day-1"_s), &failure);
        QCOMPARE(parsed.events.value(u"ews7-module-2-day-1@ews-companion"_s)
                     .value("sequence"_L1)
                     .toInt(),
            41);
        QVERIFY(IncomingRows(test.replica.database())
                    .apply(u"event"_s, u"ews7-module-2-day-1"_s, false,
                        moduleDay(berlin(2026, 12, 4, 10), u"2. Präsenzmodul, 1. Tag"_s), now, 57));
        parsed = parse(calendar.eventFile(u"ews7-module-2-day-1"_s), &failure);
        QCOMPARE(parsed.events.size(), 1);
        QCOMPARE(parsed.events.value(u"ews7-module-2-day-1@ews-companion"_s)
                     .value("sequence"_L1)
                     .toInt(),
            57);
    }

    void textsArriveAsWritten()
    {
        const QString description = u"Themen: Ehrenamt, Beteiligung; Förderung\\Zuschüsse\n"
                                    "Zweite Zeile mit Umlauten äöüß und einem Gedankenstrich – "
                                    "und ein sehr langer Satz, der weit über fünfundsiebzig "
                                    "Bytes hinausgeht, damit die Zeile gefaltet werden muss 😀."_s;
        const QList<CalendarEntry> entries { { u"text@test"_s, berlin(2026, 11, 26, 10),
            berlin(2026, 11, 26, 16), false, u"Modul 2; Tag 1, Düsseldorf"_s,
            u"DJH Jugendherberge Düsseldorf, Düsseldorf"_s, description,
            u"https://example.org/meeting?id=1,2"_s, CalendarEntry::Status::Confirmed, 3 } };
        const QByteArray content
            = ICalendarWriter::write(u"Test"_s, entries, berlin(2026, 11, 1, 9));
        for (const QByteArray &line : content.split('\n')) {
            if (line.isEmpty())
                continue;
            QVERIFY2(line.endsWith('\r'), line.constData()); // CRLF line ends
            QVERIFY2(line.size() - 1 <= 75, line.constData()); // folded at 75 octets
            QVERIFY(QString::fromUtf8(line).toUtf8() == line); // never inside a character
        }
        QString failure;
        const Parsed parsed = parse(content, &failure);
        QVERIFY2(failure.isEmpty(), qPrintable(failure));
        const QJsonObject read = parsed.events.value(u"text@test"_s);
        QCOMPARE(read.value("summary"_L1).toString(), u"Modul 2; Tag 1, Düsseldorf"_s);
        QCOMPARE(read.value("description"_L1).toString(), description);
        QCOMPARE(read.value("url"_L1).toString(), u"https://example.org/meeting?id=1,2"_s);
        QCOMPARE(read.value("sequence"_L1).toInt(), 3);
    }

    void aLinkCannotAddAnEvent()
    {
        // A link with line breaks (stored before links were checked, or forged): in the file
        // it can neither end the event nor start another; a link that is no https:// address
        // is left out.
        const QString forged = u"https://example.org/x\r\nEND:VEVENT\r\nBEGIN:VEVENT\r\n"
                               "UID:forged@test\r\nSUMMARY:Modul fällt aus"_s;
        QList<CalendarEntry> entries { { u"linked@test"_s, berlin(2026, 11, 26, 10),
            berlin(2026, 11, 26, 16), false, u"Modul 2"_s, {}, {}, forged,
            CalendarEntry::Status::Confirmed, 1 } };
        entries.append(entries.first());
        entries.last().uid = u"plain@test"_s;
        entries.last().url = u"javascript:alert(1)"_s;
        QString failure;
        const Parsed parsed
            = parse(ICalendarWriter::write(u"Test"_s, entries, berlin(2026, 11, 1, 9)), &failure);
        QVERIFY2(failure.isEmpty(), qPrintable(failure));
        QCOMPARE(parsed.order, QStringList({ u"linked@test"_s, u"plain@test"_s }));
        QCOMPARE(
            parsed.events.value(u"linked@test"_s).value("summary"_L1).toString(), u"Modul 2"_s);
        QVERIFY(!parsed.events.value(u"linked@test"_s).value("url"_L1).toString().contains(u'\n'));
        QVERIFY(parsed.events.value(u"plain@test"_s).value("url"_L1).toString().isEmpty());
    }

    void englishFileInEnglish()
    {
        TestReplica test(berlin(2026, 11, 21, 10), u"en"_s);
        CalendarExport calendar(test.replica.programme(), test.context, noProgram);
        QString failure;
        const Parsed parsed = parse(calendar.eventFile(u"ews7-module-1-day-1"_s), &failure);
        QVERIFY2(failure.isEmpty(), qPrintable(failure));
        const auto events = test.replica.programme().events();
        const auto event = std::find_if(events.cbegin(), events.cend(),
            [](const ProgrammeDate &e) { return e.id == "ews7-module-1-day-1"_L1; });
        QVERIFY(event != events.cend());
        QCOMPARE(parsed.events.value(u"ews7-module-1-day-1@ews-companion"_s)
                     .value("summary"_L1)
                     .toString(),
            event->title.en);
    }

    void savingSaysWhatWentWrong()
    {
        TestReplica test(berlin(2026, 11, 21, 10));
        CalendarExport calendar(test.replica.programme(), test.context, noProgram);
        const QString file = test.dir.filePath(u"ews7.ics"_s);
        QCOMPARE(FileHandoff::save(calendar.programmeFile(), QUrl::fromLocalFile(file)), QString());
        QFile saved(file);
        QVERIFY(saved.open(QIODevice::ReadOnly));
        QCOMPARE(saved.readAll(), calendar.programmeFile()); // the clock is fixed

        // A folder that is not there, a web address, a date that is gone: a message, no file.
        const QString missing = test.dir.filePath(u"not-there/ews7.ics"_s);
        QVERIFY(
            !FileHandoff::save(calendar.programmeFile(), QUrl::fromLocalFile(missing)).isEmpty());
        QVERIFY(!QFile::exists(missing));
        QVERIFY(
            !FileHandoff::save(calendar.programmeFile(), QUrl(u"https://example.org/ews7.ics"_s))
                 .isEmpty());
        QVERIFY(calendar.eventFile(u"no-such-date"_s).isEmpty());
        QVERIFY(!calendar.addToCalendar(u"no-such-date"_s).isEmpty()); // (noProgram opens nothing)
        QCOMPARE(
            calendar.suggestedFileName(u"ews7-module-1-day-1"_s), u"ews7-date-2026-08-27.ics"_s);
        QVERIFY(calendar.suggestedFile().isLocalFile());
    }

    void addingToTheCalendarHandsTheFileOver()
    {
        TestReplica test(berlin(2026, 11, 21, 10));
        QList<QUrl> opened;
        bool calendarProgram = true;
        CalendarExport calendar(test.replica.programme(), test.context, [&](const QUrl &file) {
            opened.append(file);
            return calendarProgram;
        });
        // The downloads folder (of Qt's test mode) may not be there yet: it is made.
        const QString folder = QFileInfo(calendar.suggestedFile().toLocalFile()).absolutePath();
        QDir(folder).removeRecursively();
        const QString handed = calendar.addToCalendar(u"ews7-module-1-day-1"_s);
        QCOMPARE(opened, { calendar.suggestedFile(u"ews7-module-1-day-1"_s) });
        QFile file(opened.constFirst().toLocalFile());
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), calendar.eventFile(u"ews7-module-1-day-1"_s));
        QVERIFY(handed.contains(u"calendar program"_s));

        // No program for calendar files: the person is told where the file is.
        calendarProgram = false;
        const QString saved = calendar.addToCalendar();
        QCOMPARE(opened.size(), 2);
        QVERIFY2(saved.contains(calendar.suggestedFileName()), qPrintable(saved));
        QVERIFY(QFile::exists(calendar.suggestedFile().toLocalFile()));
        QDir(folder).removeRecursively();
    }
};

QTEST_GUILESS_MAIN(TestCalendarExport)
#include "tst_calendarexport.moc"
