// SPDX-License-Identifier: GPL-3.0-or-later
#include "incomingrows.h"
#include "maplink.h"
#include "programmemodel.h"
#include "programmeoverview.h"
#include "programmewire.h"
#include "programmezone.h"
#include "testreplica.h"

#include <QAbstractItemModelTester>
#include <QJsonObject>
#include <QSignalSpy>
#include <QUrlQuery>

using namespace Qt::StringLiterals;

class TestProgrammeModel : public QObject
{
    Q_OBJECT

private:
    static QDateTime berlin(int year, int month, int day, int hour, int minute = 0)
    {
        return ProgrammeZone::instant(QDate(year, month, day), QTime(hour, minute));
    }

    static QVariant value(const ProgrammeModel &model, int row, int role)
    {
        return model.data(model.index(row, 0), role);
    }

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void listsEveryDateInOrderWithSections()
    {
        TestReplica test(berlin(2026, 11, 21, 10));
        ProgrammeModel model(test.replica.programme(), test.context);
        QAbstractItemModelTester tester(
            &model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 20);
        QCOMPARE(model.rowCount(model.index(0, 0)), 0);
        for (int row = 1; row < model.rowCount(); ++row)
            QVERIFY(model.events().at(row - 1).startsAt <= model.events().at(row).startsAt);
        QCOMPARE(value(model, 0, ProgrammeModel::SectionTitleRole).toString(),
            u"Application and introduction"_s);
        const int moduleThree = model.indexOf(u"ews7-module-3-day-1"_s);
        QCOMPARE(value(model, moduleThree, ProgrammeModel::SectionTitleRole).toString(),
            u"Module 3 (subject to budget approval)"_s);
        QCOMPARE(value(model, moduleThree, ProgrammeModel::TentativeRole).toBool(), true);
        QCOMPARE(value(model, moduleThree, ProgrammeModel::PlaceNameRole).toString(),
            u"DJH Jugendherberge Düsseldorf"_s);
        QCOMPARE(value(model, moduleThree, ProgrammeModel::TimeTextRole).toString(),
            u"approx. 10:00 – 16:00"_s);
        const int group = model.indexOf(u"ews7-learning-group-2"_s);
        QCOMPARE(value(model, group, ProgrammeModel::OnlineRole).toBool(), true);
        QCOMPARE(value(model, group, ProgrammeModel::IsPastRole).toBool(), true);
        QCOMPARE(value(model, moduleThree, ProgrammeModel::IsPastRole).toBool(), false);
        QCOMPARE(value(model, moduleThree, ProgrammeModel::ZoneHintRole).toString(), QString());
    }

    void theVenueHasItsAddressAndAMapLink()
    {
        TestReplica test(berlin(2026, 11, 20, 9));
        ProgrammeModel model(test.replica.programme(), test.context);
        const int day = model.indexOf(u"ews7-module-2-day-1"_s);
        QCOMPARE(value(model, day, ProgrammeModel::AddressRole).toString(),
            u"Düsseldorfer Straße 1, 40545 Düsseldorf"_s);
        QCOMPARE(value(model, day, ProgrammeModel::LocationTextRole).toString(),
            u"DJH Jugendherberge Düsseldorf\nDüsseldorfer Straße 1, 40545 Düsseldorf"_s);
        // On a Linux desktop the map opens in the browser, searching for the address.
        const QUrl map = value(model, day, ProgrammeModel::MapUrlRole).toUrl();
        QCOMPARE(map.host(), u"www.openstreetmap.org"_s);
        QCOMPARE(QUrlQuery(map).queryItemValue(u"query"_s, QUrl::FullyDecoded),
            u"Düsseldorfer Straße 1, 40545 Düsseldorf"_s);
        // A learning group online has neither address nor map.
        const int group = model.indexOf(u"ews7-learning-group-2"_s);
        QCOMPARE(value(model, group, ProgrammeModel::AddressRole).toString(), QString());
        QVERIFY(value(model, group, ProgrammeModel::MapUrlRole).toUrl().isEmpty());
    }

    void aMapLinkFitsTheDevice()
    {
        const QString address = u"Düsseldorfer Straße 1, 40545 Düsseldorf"_s;
        // Phones with Android: a geo URI that map apps read as a search (RFC 5870 with the
        // "q" parameter Android's map apps take).
        const QUrl geo = MapLink::forAddress(address, MapLink::Target::GeoUri);
        QCOMPARE(geo.scheme(), u"geo"_s);
        QCOMPARE(geo.path(), u"0,0"_s);
        QCOMPARE(QUrlQuery(geo).queryItemValue(u"q"_s, QUrl::FullyDecoded), address);
        const QUrl apple = MapLink::forAddress(address, MapLink::Target::AppleMaps);
        QCOMPARE(apple.host(), u"maps.apple.com"_s);
        QCOMPARE(QUrlQuery(apple).queryItemValue(u"q"_s, QUrl::FullyDecoded), address);
        // Encoded so that the comma, the spaces and the ß survive.
        QVERIFY2(MapLink::forAddress(address, MapLink::Target::WebMap)
                     .toString(QUrl::FullyEncoded)
                     .contains(u"Stra%C3%9Fe"_s),
            "the address must be percent-encoded");
        QVERIFY(MapLink::forAddress(u"  "_s).isEmpty());
    }

    /// A route to the venue from wherever the person is: Apple Maps' destination address
    /// ("daddr"), OpenStreetMap's directions page with the destination ("to") and the start
    /// left to the person; Android's map apps get the address and offer the route.
    void aRouteLinkNamesTheDestination()
    {
        const QString address = u"Düsseldorfer Straße 1, 40545 Düsseldorf"_s;
        const QUrl apple = MapLink::routeTo(address, MapLink::Target::AppleMaps);
        QCOMPARE(apple.host(), u"maps.apple.com"_s);
        QCOMPARE(QUrlQuery(apple).queryItemValue(u"daddr"_s, QUrl::FullyDecoded), address);
        const QUrl web = MapLink::routeTo(address, MapLink::Target::WebMap);
        QCOMPARE(web.host(), u"www.openstreetmap.org"_s);
        QCOMPARE(web.path(), u"/directions"_s);
        QCOMPARE(QUrlQuery(web).queryItemValue(u"to"_s, QUrl::FullyDecoded), address);
        QVERIFY(!QUrlQuery(web).hasQueryItem(u"from"_s));
        QVERIFY(
            web.toString(QUrl::FullyEncoded).contains(u"to=D%C3%BCsseldorfer%20Stra%C3%9Fe%201"_s));
        QCOMPARE(MapLink::routeTo(address, MapLink::Target::GeoUri),
            MapLink::forAddress(address, MapLink::Target::GeoUri));
        QVERIFY(MapLink::routeTo(u" "_s, MapLink::Target::WebMap).isEmpty());
    }

    void getReturnsEveryRoleByName()
    {
        TestReplica test(berlin(2026, 11, 21, 10));
        ProgrammeModel model(test.replica.programme(), test.context);
        const auto event = model.get(u"ews7-module-2-day-1"_s);
        QCOMPARE(event.value(u"title"_s).toString(), u"2. Präsenzmodul, 1. Tag"_s);
        QCOMPARE(event.value(u"kind"_s).toString(), u"module_day"_s);
        QCOMPARE(event.value(u"topics"_s).toStringList().size(), 2);
        QVERIFY(model.get(u"no-such-event"_s).isEmpty());
    }

    void languageSwitchRereadsTexts()
    {
        TestReplica test(berlin(2026, 11, 21, 10));
        ProgrammeModel model(test.replica.programme(), test.context);
        QAbstractItemModelTester tester(
            &model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        test.settings.setLanguage(u"en"_s);
        test.context.languageChanged();
        QCOMPARE(changed.size(), 1);
        QCOMPARE(value(model, model.indexOf(u"ews7-module-2-day-1"_s), ProgrammeModel::TitleRole)
                     .toString(),
            u"Module 2 in person, day 1"_s);
        QCOMPARE(value(model, 1, ProgrammeModel::PlaceNameRole).toString(), u"Online, via Zoom"_s);
    }

    void nextDateAndCountdownBeforeTheModule()
    {
        TestReplica test(berlin(2026, 11, 21, 10));
        ProgrammeModel model(test.replica.programme(), test.context);
        ProgrammeOverview overview(model, test.context);
        QVERIFY(overview.hasNext());
        QCOMPARE(overview.nextEventId(), u"ews7-module-2-day-1"_s);
        QCOMPARE(overview.countdownText(), u"in 5 day(s)"_s);
        QCOMPARE(overview.nextPlaceName(), u"DJH Jugendherberge Düsseldorf"_s);
        QVERIFY(overview.todayEvents().isEmpty());
        QVERIFY(!overview.nextTentative());
    }

    void todayDuringAModuleDay()
    {
        TestReplica test(berlin(2026, 11, 27, 11));
        ProgrammeModel model(test.replica.programme(), test.context);
        ProgrammeOverview overview(model, test.context);
        QCOMPARE(overview.nextEventId(), u"ews7-module-2-day-2"_s);
        QCOMPARE(overview.countdownText(), u"happening now"_s);
        // Today's one date is the next one, shown once: not again among today's others.
        QVERIFY(overview.todayEvents().isEmpty());
        QCOMPARE(value(model, model.indexOf(u"ews7-module-2-day-2"_s), ProgrammeModel::IsTodayRole)
                     .toBool(),
            true);
        QCOMPARE(value(model, model.indexOf(u"ews7-module-2-day-1"_s), ProgrammeModel::IsTodayRole)
                     .toBool(),
            false);
    }

    void afterTheModuleTheNextIsTentative()
    {
        TestReplica test(berlin(2027, 1, 14, 9));
        ProgrammeModel model(test.replica.programme(), test.context);
        ProgrammeOverview overview(model, test.context);
        QCOMPARE(overview.nextEventId(), u"ews7-module-3-day-1"_s);
        QVERIFY(overview.nextTentative());
        QCOMPARE(overview.countdownText(), u"in 14 day(s)"_s);
    }

    void refreshFollowsTheClock()
    {
        TestReplica test(berlin(2026, 11, 26, 15));
        ProgrammeModel model(test.replica.programme(), test.context);
        ProgrammeOverview overview(model, test.context);
        QCOMPARE(overview.nextEventId(), u"ews7-module-2-day-1"_s);
        QSignalSpy changed(&overview, &ProgrammeOverview::changed);
        test.clock.setNow(berlin(2026, 11, 26, 16, 1));
        overview.refresh();
        QCOMPARE(changed.size(), 1);
        QCOMPARE(overview.nextEventId(), u"ews7-module-2-day-2"_s);
        QCOMPARE(overview.countdownText(), u"tomorrow"_s);
    }

    void organisersChangesShowUntilSeen()
    {
        TestReplica test(berlin(2026, 11, 21, 10));
        ProgrammeModel model(test.replica.programme(), test.context);
        QAbstractItemModelTester tester(
            &model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        ProgrammeOverview overview(model, test.context);
        const QDateTime now = test.clock.now();
        auto fields = [](const QDateTime &start, const QString &title) {
            return QJsonObject { { u"kind"_s, u"module_day"_s }, { u"moduleNumber"_s, 2 },
                { u"number"_s, 1 }, { u"titleDe"_s, title },
                { u"startsAt"_s, start.toUTC().toString(Qt::ISODate) },
                { u"endsAt"_s, start.addSecs(qint64(6) * 3600).toUTC().toString(Qt::ISODate) },
                { u"placeId"_s, u"djh-duesseldorf"_s } };
        };
        // The same date as the device has: no mark.
        QVERIFY(IncomingRows(test.replica.database())
                    .apply(u"event"_s, u"ews7-module-2-day-2"_s, false,
                        fields(berlin(2026, 11, 27, 10), u"2. Präsenzmodul, 2. Tag"_s), now));
        // Module 2 day 1 moves by a week; a new date appears; learning group 3 is cancelled.
        QVERIFY(IncomingRows(test.replica.database())
                    .apply(u"event"_s, u"ews7-module-2-day-1"_s, false,
                        fields(berlin(2026, 12, 3, 10), u"2. Präsenzmodul, 1. Tag"_s), now));
        QVERIFY(IncomingRows(test.replica.database())
                    .apply(u"event"_s, u"ews7-extra"_s, false,
                        fields(berlin(2026, 12, 9, 9), u"Zusatztermin"_s), now));
        // Cancelled by a release, with a reason; module 3 confirmed (it was under budget
        // reservation).
        const auto learningGroup = test.replica.programme().event(u"ews7-learning-group-3"_s);
        QJsonObject cancelled = ProgrammeWire::fieldsOf(*learningGroup);
        cancelled.insert(u"cancelled"_s, true);
        cancelled.insert(u"cancelReason"_s, u"Die Moderatorin ist krank."_s);
        QVERIFY(IncomingRows(test.replica.database())
                    .apply(u"event"_s, u"ews7-learning-group-3"_s, false, cancelled, now));
        auto moduleThree = *test.replica.programme().event(u"ews7-module-3-day-1"_s);
        QVERIFY(moduleThree.tentative);
        moduleThree.tentative = false;
        QVERIFY(IncomingRows(test.replica.database())
                    .apply(u"event"_s, moduleThree.id, false, ProgrammeWire::fieldsOf(moduleThree),
                        now));
        model.reload();
        auto change = [&model](const QString &id) {
            return model.data(model.index(model.indexOf(id), 0), ProgrammeModel::ChangeKindRole)
                .toString();
        };
        QCOMPARE(change(u"ews7-module-2-day-2"_s), QString());
        QCOMPARE(change(u"ews7-module-2-day-1"_s), u"moved"_s);
        QCOMPARE(change(u"ews7-extra"_s), u"new"_s);
        QCOMPARE(change(u"ews7-learning-group-3"_s), u"cancelled"_s);
        QCOMPARE(change(u"ews7-module-3-day-1"_s), u"confirmed"_s);
        QCOMPARE(model.data(model.index(model.indexOf(u"ews7-module-3-day-1"_s), 0),
                     ProgrammeModel::ChangeTextRole),
            u"Confirmed"_s);
        const QString moved = model
                                  .data(model.index(model.indexOf(u"ews7-module-2-day-1"_s), 0),
                                      ProgrammeModel::ChangeTextRole)
                                  .toString();
        QVERIFY2(moved.contains(u"26"_s) && moved.contains(u"10:00"_s),
            qPrintable(moved)); // the time it had
        // What is next skips the cancelled date and knows the new time.
        QCOMPARE(overview.nextEventId(), u"ews7-module-2-day-2"_s);

        model.markSeen(u"ews7-module-2-day-1"_s);
        QCOMPARE(change(u"ews7-module-2-day-1"_s), QString());
        model.markSeen(u"ews7-learning-group-3"_s);
        // Seen: the mark goes, the date stays in the list as cancelled, with its reason.
        const QModelIndex gone = model.index(model.indexOf(u"ews7-learning-group-3"_s), 0);
        QVERIFY(gone.isValid());
        QCOMPARE(change(u"ews7-learning-group-3"_s), QString());
        QVERIFY(gone.data(ProgrammeModel::CancelledRole).toBool());
        QCOMPARE(gone.data(ProgrammeModel::CancelReasonRole).toString(),
            u"Die Moderatorin ist krank."_s);
        // Moving again after it was seen marks it again, with the time seen last.
        QVERIFY(IncomingRows(test.replica.database())
                    .apply(u"event"_s, u"ews7-module-2-day-1"_s, false,
                        fields(berlin(2026, 12, 4, 10), u"2. Präsenzmodul, 1. Tag"_s), now));
        model.reload();
        QCOMPARE(change(u"ews7-module-2-day-1"_s), u"moved"_s);
        QVERIFY(model
                    .data(model.index(model.indexOf(u"ews7-module-2-day-1"_s), 0),
                        ProgrammeModel::ChangeTextRole)
                    .toString()
                    .contains(u"3"_s));
    }

    void afterTheLastDateNothingIsNext()
    {
        TestReplica test(berlin(2027, 8, 1, 9));
        ProgrammeModel model(test.replica.programme(), test.context);
        ProgrammeOverview overview(model, test.context);
        QVERIFY(!overview.hasNext());
        QCOMPARE(overview.nextTitle(), QString());
        QCOMPARE(overview.countdownText(), QString());
    }
};

QTEST_GUILESS_MAIN(TestProgrammeModel)
#include "tst_programmemodel.moc"
