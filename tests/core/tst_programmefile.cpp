// SPDX-License-Identifier: GPL-3.0-or-later
#include "programmefile.h"
#include "programmezone.h"
#include "replica.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Qt::StringLiterals;

class TestProgrammeFile : public QObject
{
    Q_OBJECT

private:
    ProgrammeData m_bundled;

    const ProgrammeDate *event(const QString &id) const
    {
        for (const auto &event : m_bundled.events) {
            if (event.id == id)
                return &event;
        }
        return nullptr;
    }

    static QJsonObject minimalFile()
    {
        return QJsonDocument::fromJson(R"({
            "format": "ews-programme", "formatVersion": 1,
            "programme": { "id": "p", "title": { "de": "P" }, "timeZone": "Europe/Berlin" },
            "places": [ { "id": "here", "name": { "de": "Hier" } } ],
            "modules": [ { "number": 1, "topics": { "de": ["Thema"] } } ],
            "events": [ { "id": "e1", "kind": "module_day", "module": 1, "date": "2026-11-26",
                          "start": "10:00", "end": "16:00", "place": "here",
                          "title": { "de": "Tag 1" } } ]
        })")
            .object();
    }

    static QJsonObject withEvent(const QJsonObject &changes)
    {
        auto file = minimalFile();
        auto event = file.value("events"_L1).toArray().first().toObject();
        for (auto it = changes.begin(); it != changes.end(); ++it) {
            if (it.value().isNull())
                event.remove(it.key());
            else
                event.insert(it.key(), it.value());
        }
        file.insert("events"_L1, QJsonArray { event });
        return file;
    }

private Q_SLOTS:
    void initTestCase()
    {
        const auto result = ProgrammeFile::load(Replica::bundledProgrammePath());
        QVERIFY2(result.ok, qPrintable(result.error));
        m_bundled = result.data;
    }

    void bundledProgrammeIsComplete()
    {
        QCOMPARE(m_bundled.programmeId, u"ews7"_s);
        QCOMPARE(m_bundled.events.size(), 20);
        QHash<ProgrammeDate::Kind, int> kinds;
        for (const auto &event : std::as_const(m_bundled.events))
            ++kinds[event.kind];
        QCOMPARE(kinds.value(ProgrammeDate::Kind::Deadline), 1);
        QCOMPARE(
            kinds.value(ProgrammeDate::Kind::InfoTalk), 5); // the brochure says "vier", lists five
        QCOMPARE(kinds.value(ProgrammeDate::Kind::ModuleDay), 8);
        QCOMPARE(kinds.value(ProgrammeDate::Kind::LearningGroup), 6);
    }

    void datesMatchTheBrochure_data()
    {
        QTest::addColumn<QString>("id");
        QTest::addColumn<QString>("date");
        QTest::addColumn<int>("weekday");
        QTest::addColumn<QString>("start");
        QTest::addColumn<QString>("end");
        // Section 7 of the brochure, weekday as printed (1 = Monday).
        QTest::newRow("deadline") << u"ews7-application-deadline"_s << u"2026-06-19"_s << 5 << u""_s
                                  << u""_s;
        QTest::newRow("talk 1") << u"ews7-info-talk-1"_s << u"2026-06-29"_s << 1 << u"09:00"_s
                                << u"13:00"_s;
        QTest::newRow("talk 3") << u"ews7-info-talk-3"_s << u"2026-07-01"_s << 3 << u"09:00"_s
                                << u"16:00"_s;
        QTest::newRow("talk 5") << u"ews7-info-talk-5"_s << u"2026-07-03"_s << 5 << u"09:00"_s
                                << u"13:00"_s;
        QTest::newRow("module 1 day 1")
            << u"ews7-module-1-day-1"_s << u"2026-08-27"_s << 4 << u"10:00"_s << u"16:00"_s;
        QTest::newRow("module 1 day 2")
            << u"ews7-module-1-day-2"_s << u"2026-08-28"_s << 5 << u"10:00"_s << u"16:00"_s;
        QTest::newRow("group 1") << u"ews7-learning-group-1"_s << u"2026-10-07"_s << 3 << u"09:00"_s
                                 << u"10:30"_s;
        QTest::newRow("group 2") << u"ews7-learning-group-2"_s << u"2026-11-11"_s << 3 << u"09:00"_s
                                 << u"10:30"_s;
        QTest::newRow("module 2 day 1")
            << u"ews7-module-2-day-1"_s << u"2026-11-26"_s << 4 << u"10:00"_s << u"16:00"_s;
        QTest::newRow("module 2 day 2")
            << u"ews7-module-2-day-2"_s << u"2026-11-27"_s << 5 << u"10:00"_s << u"16:00"_s;
        QTest::newRow("group 3") << u"ews7-learning-group-3"_s << u"2027-01-13"_s << 3 << u"09:00"_s
                                 << u"10:30"_s;
        // Printed as 28./29.01.2026, but those are a Wednesday and Thursday; "Do"/"Fr" and the
        // order of the table put module 3 in 2027.
        QTest::newRow("module 3 day 1")
            << u"ews7-module-3-day-1"_s << u"2027-01-28"_s << 4 << u"10:00"_s << u"16:00"_s;
        QTest::newRow("module 3 day 2")
            << u"ews7-module-3-day-2"_s << u"2027-01-29"_s << 5 << u"10:00"_s << u"16:00"_s;
        QTest::newRow("group 4") << u"ews7-learning-group-4"_s << u"2027-02-17"_s << 3 << u"09:00"_s
                                 << u"10:30"_s;
        QTest::newRow("group 5") << u"ews7-learning-group-5"_s << u"2027-03-10"_s << 3 << u"09:00"_s
                                 << u"10:30"_s;
        QTest::newRow("module 4 day 1")
            << u"ews7-module-4-day-1"_s << u"2027-04-22"_s << 4 << u"10:00"_s << u"16:00"_s;
        QTest::newRow("module 4 day 2")
            << u"ews7-module-4-day-2"_s << u"2027-04-23"_s << 5 << u"10:00"_s << u"16:00"_s;
        QTest::newRow("group 6") << u"ews7-learning-group-6"_s << u"2027-07-07"_s << 3 << u"09:00"_s
                                 << u"10:30"_s;
    }

    void datesMatchTheBrochure()
    {
        QFETCH(QString, id);
        QFETCH(QString, date);
        QFETCH(int, weekday);
        QFETCH(QString, start);
        QFETCH(QString, end);
        const auto *found = event(id);
        QVERIFY2(found, qPrintable(id));
        const QDateTime local = found->startsAt.toTimeZone(ProgrammeZone::zone());
        QCOMPARE(local.date(), QDate::fromString(date, Qt::ISODate));
        QCOMPARE(local.date().dayOfWeek(), weekday);
        if (start.isEmpty()) {
            QVERIFY(found->allDay);
            QCOMPARE(local.time(), QTime(0, 0));
        } else {
            QVERIFY(!found->allDay);
            QCOMPARE(local.time().toString(u"HH:mm"_s), start);
            QCOMPARE(
                found->endsAt.toTimeZone(ProgrammeZone::zone()).time().toString(u"HH:mm"_s), end);
        }
    }

    void summerAndWinterTimeGiveDifferentInstants()
    {
        // 10:00 in Düsseldorf is 08:00 UTC in summer (CEST) and 09:00 UTC in winter (CET).
        QCOMPARE(event(u"ews7-module-1-day-1"_s)->startsAt.toUTC().time(), QTime(8, 0));
        QCOMPARE(event(u"ews7-module-3-day-1"_s)->startsAt.toUTC().time(), QTime(9, 0));
        // 1st learning group before the change on 25 Oct 2026, 2nd after it: both at 09:00 local.
        QCOMPARE(event(u"ews7-learning-group-1"_s)->startsAt.toUTC().time(), QTime(7, 0));
        QCOMPARE(event(u"ews7-learning-group-2"_s)->startsAt.toUTC().time(), QTime(8, 0));
    }

    void budgetReservationMarksTentativeDates()
    {
        for (const auto &event : std::as_const(m_bundled.events)) {
            // Everything listed under "EWS 7 Aufbaumodule (unter Vorbehalt ...)".
            const bool expected
                = event.startsAt > QDateTime(QDate(2027, 1, 14), QTime(0, 0), Qt::UTC);
            QVERIFY2(event.tentative == expected, qPrintable(event.id));
        }
    }

    void modulesCarryTheirTopics()
    {
        const auto *day = event(u"ews7-module-3-day-2"_s);
        QVERIFY(day->topics.de.join(u' ').contains(u"Versicherungsschutz"_s));
        QCOMPARE(day->topics.de.size(), day->topics.en.size());
        QVERIFY(
            event(u"ews7-learning-group-2"_s)->topics.de.join(u' ').contains(u"Praxisprojekte"_s));
        QVERIFY(event(u"ews7-application-deadline"_s)->topics.de.isEmpty());
        QVERIFY(event(u"ews7-module-4-day-1"_s)->topics.de.contains(u"Zertifikatsübergabe"_s));
    }

    void contactsOfTheBrochure()
    {
        QCOMPARE(m_bundled.contacts.size(), 2);
        const auto &lead = m_bundled.contacts.at(0);
        QCOMPARE(lead.name, u"Alina Hirsch"_s);
        QCOMPARE(lead.role, Contact::Role::Organiser);
        QCOMPARE(lead.email, u"a.hirsch@isi-innovation.de"_s);
        QCOMPARE(lead.phone, u"+49 176 12307836"_s); // printed as 0176 – 1230 7836
        QCOMPARE(m_bundled.contacts.at(1).name, u"Sylvia Asmussen"_s);
        QCOMPARE(m_bundled.contacts.at(1).role, Contact::Role::Facilitator);
    }

    void badFilesGetAClearMessage_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("message");
        auto json = [](const QJsonObject &object) { return QJsonDocument(object).toJson(); };
        auto without = [](QJsonObject object, const QString &key) {
            object.remove(key);
            return object;
        };
        auto with = [](QJsonObject object, const QString &key, const QJsonValue &value) {
            object.insert(key, value);
            return object;
        };
        QTest::newRow("not json") << QByteArray("{ \"format\": ") << u"not valid JSON"_s;
        QTest::newRow("array") << QByteArray("[1, 2]") << u"must contain a JSON object"_s;
        QTest::newRow("empty") << QByteArray() << u"not valid JSON"_s;
        QTest::newRow("other format")
            << json(with(minimalFile(), u"format"_s, u"ical"_s)) << u"not an EWS programme file"_s;
        QTest::newRow("future version")
            << json(with(minimalFile(), u"formatVersion"_s, 2)) << u"format version 2"_s;
        QTest::newRow("no events") << json(without(minimalFile(), u"events"_s)) << u"no dates"_s;
        QTest::newRow("events not a list")
            << json(with(minimalFile(), u"events"_s, u"x"_s)) << u"events: must be a list"_s;
        QTest::newRow("other zone") << json(with(minimalFile(), u"programme"_s,
            QJsonObject { { u"id"_s, u"p"_s }, { u"title"_s, QJsonObject { { u"de"_s, u"P"_s } } },
                { u"timeZone"_s, u"UTC"_s } }))
                                    << u"Europe/Berlin"_s;
        QTest::newRow("unknown kind")
            << json(withEvent({ { u"kind"_s, u"party"_s } })) << u"unknown kind \"party\""_s;
        QTest::newRow("no such day") << json(withEvent({ { u"date"_s, u"2026-02-30"_s } }))
                                     << u"events[0]: the date must be a real date"_s;
        QTest::newRow("german date")
            << json(withEvent({ { u"date"_s, u"26.11.2026"_s } })) << u"YYYY-MM-DD"_s;
        QTest::newRow("slashed date")
            << json(withEvent({ { u"date"_s, u"2026/11/26"_s } })) << u"YYYY-MM-DD"_s;
        QTest::newRow("date with tail")
            << json(withEvent({ { u"date"_s, u"2026-11-26x"_s } })) << u"YYYY-MM-DD"_s;
        QTest::newRow("time skipped by the clock change") << json(
            withEvent({ { u"date"_s, u"2027-03-28"_s }, { u"start"_s, u"02:30"_s },
                { u"end"_s, u"04:00"_s } })) << u"does not exist in Düsseldorf"_s;
        QTest::newRow("enormous number")
            << json(withEvent({ { u"module"_s, 1e300 } })) << u"whole number from 0 to 4"_s;
        QTest::newRow("fraction") << json(withEvent({ { u"number"_s, 1.5 } }))
                                  << u"whole number from 0 to 99"_s;
        QTest::newRow("end before start")
            << json(withEvent({ { u"end"_s, u"09:00"_s } })) << u"end must be after the start"_s;
        QTest::newRow("bad time") << json(withEvent({ { u"start"_s, u"25:00"_s } })) << u"HH:MM"_s;
        QTest::newRow("only start")
            << json(withEvent({ { u"end"_s, QJsonValue::Null } })) << u"both start and end"_s;
        QTest::newRow("unknown place")
            << json(withEvent({ { u"place"_s, u"moon"_s } })) << u"unknown place \"moon\""_s;
        QTest::newRow("title as number")
            << json(withEvent({ { u"title"_s, 5 } })) << u"\"title\" must be an object"_s;
        QTest::newRow("missing id")
            << json(withEvent({ { u"id"_s, QJsonValue::Null } })) << u"\"id\" is missing"_s;
        QTest::newRow("module out of range")
            << json(withEvent({ { u"module"_s, 9 } })) << u"whole number from 0 to 4"_s;
        QTest::newRow("undescribed module")
            << json(withEvent({ { u"module"_s, 2 } })) << u"module 2 is not described"_s;
        QTest::newRow("plain http video")
            << json(withEvent({ { u"videoUrl"_s, u"http://example.org"_s } })) << u"https://"_s;
        QTest::newRow("huge text")
            << json(withEvent({ { u"videoUrl"_s, QString(5000, u'x') } })) << u"longer than 2000"_s;
        QTest::newRow("oversized")
            << QByteArray(ProgrammeFile::maximumSize + 1, ' ') << u"larger than 1024 KiB"_s;
        auto twice = minimalFile();
        auto events = twice.value("events"_L1).toArray();
        events.append(events.first());
        twice.insert(u"events"_s, events);
        QTest::newRow("duplicate id") << json(twice) << u"\"e1\" is used twice"_s;
        auto modulesTwice = minimalFile();
        auto modules = modulesTwice.value("modules"_L1).toArray();
        modules.append(modules.first());
        modulesTwice.insert(u"modules"_s, modules);
        QTest::newRow("module twice") << json(modulesTwice) << u"module 1 is described twice"_s;
        const QJsonObject staff { { u"id"_s, u"c"_s }, { u"name"_s, u"N"_s },
            { u"role"_s, u"organiser"_s } };
        QTest::newRow("contact twice")
            << json(with(minimalFile(), u"contacts"_s, QJsonArray { staff, staff }))
            << u"\"c\" is used twice"_s;
        QTest::newRow("contact not an object")
            << json(with(minimalFile(), u"contacts"_s, QJsonArray { 5 }))
            << u"contacts[0]: must be an object"_s;
        QTest::newRow("participant in file") << json(with(minimalFile(), u"contacts"_s,
            QJsonArray { QJsonObject {
                { u"id"_s, u"c"_s }, { u"name"_s, u"N"_s }, { u"role"_s, u"participant"_s } } }))
                                             << u"participants are not part"_s;
        const auto venue = [&](const QJsonObject &object) {
            return json(with(minimalFile(), u"venue"_s, object));
        };
        QTest::newRow("venue not an object")
            << json(with(minimalFile(), u"venue"_s, u"hier"_s)) << u"venue: must be an object"_s;
        QTest::newRow("venue without place")
            << venue({ { u"costs"_s, QJsonObject { { u"de"_s, u"x"_s } } } })
            << u"venue: the field \"placeId\" is missing"_s;
        QTest::newRow("venue at an unknown place")
            << venue({ { u"placeId"_s, u"moon"_s } }) << u"venue: unknown place \"moon\""_s;
        QTest::newRow("venue text too long") << venue({ { u"placeId"_s, u"here"_s },
            { u"bring"_s, QJsonObject { { u"de"_s, QString(1001, u'x') } } } })
                                             << u"\"bring\" is longer than 1000"_s;
        QTest::newRow("learning platform over http") << venue({ { u"placeId"_s, u"here"_s },
            { u"learningPlatformUrl"_s, u"http://lernen.example.org"_s } })
                                                     << u"one https:// address"_s;
        QTest::newRow("bad e-mail") << json(with(minimalFile(), u"contacts"_s,
            QJsonArray { QJsonObject { { u"id"_s, u"c"_s }, { u"name"_s, u"N"_s },
                { u"role"_s, u"organiser"_s }, { u"email"_s, u"nobody"_s } } }))
                                    << u"not an e-mail address"_s;
    }

    void badFilesGetAClearMessage()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, message);
        const auto result = ProgrammeFile::parse(json);
        QVERIFY(!result.ok);
        QVERIFY2(result.error.contains(message), qPrintable(result.error));
        QVERIFY(result.data.events.isEmpty());
    }

    void minimalFileIsAccepted()
    {
        const auto result = ProgrammeFile::parse(QJsonDocument(minimalFile()).toJson());
        QVERIFY2(result.ok, qPrintable(result.error));
        QCOMPARE(result.data.events.size(), 1);
        QCOMPARE(result.data.events.first().topics.de, QStringList { u"Thema"_s });
    }

    void theVenueHasItsAddressAndADateItsRoom()
    {
        const auto venue = std::find_if(m_bundled.places.cbegin(), m_bundled.places.cend(),
            [](const Place &place) { return place.id == "djh-duesseldorf"_L1; });
        QVERIFY(venue != m_bundled.places.cend());
        QCOMPARE(venue->address, u"Düsseldorfer Straße 1, 40545 Düsseldorf"_s);
        // The brochure names no rooms; a file that does gives them to the date.
        const auto json = [](const QJsonObject &object) { return QJsonDocument(object).toJson(); };
        const auto result
            = ProgrammeFile::parse(json(withEvent({ { u"room"_s, u"  Seminarraum 2 "_s } })));
        QVERIFY2(result.ok, qPrintable(result.error));
        QCOMPARE(result.data.events.first().room, u"Seminarraum 2"_s);
        QVERIFY(!ProgrammeFile::parse(json(withEvent({ { u"room"_s, 2 } }))).ok);
    }

    /// The brochure's section 4.4: taking part, the night and the meals are paid; travel is not.
    void theVenueSaysWhatIsPaidAndWhatIsNot()
    {
        const VenueInfo &venue = m_bundled.venue;
        QCOMPARE(venue.placeId, u"djh-duesseldorf"_s);
        QVERIFY2(venue.costs.de.contains(u"Übernachtung und Verpflegung im Tagungshaus werden "
                                         "übernommen"_s),
            qPrintable(venue.costs.de));
        QVERIFY(venue.costs.de.contains(u"Fahrtkosten zum Tagungshaus werden nicht übernommen"_s));
        QVERIFY(venue.costs.en.contains(u"Travel to the venue is not paid for"_s));
        // The brochure names a learning platform but not its address: none until set.
        QCOMPARE(venue.learningPlatformUrl, QString());
        // A file without a venue is still a programme.
        QVERIFY(ProgrammeFile::parse(QJsonDocument(minimalFile()).toJson())
                    .data.venue.placeId.isEmpty());
    }

    void missingFileIsReported()
    {
        const auto result = ProgrammeFile::load(u"/nonexistent/programme.json"_s);
        QVERIFY(!result.ok);
        QVERIFY(result.error.contains(u"/nonexistent/programme.json"_s));
    }
};

QTEST_GUILESS_MAIN(TestProgrammeFile)
#include "tst_programmefile.moc"
