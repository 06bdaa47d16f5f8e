// SPDX-License-Identifier: GPL-3.0-or-later
// Reminders worked out from the real replica's programme: which dates, when, and what
// happens to them when the organisers move or cancel a date. The phone's notification
// service cannot run here: a recording service stands in for it (the desktop's real one is
// tested in tests/platforms).
#include "incomingrows.h"
#include "programmezone.h"
#include "reminders.h"
#include "testreplica.h"

#include <QJsonObject>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {
QDateTime berlin(int year, int month, int day, int hour, int minute = 0)
{
    return ProgrammeZone::instant(QDate(year, month, day), QTime(hour, minute));
}

class RecordingService : public ReminderService
{
public:
    Availability availability() const override { return available; }
    void requestPermission() override { ++permissionRequests; }
    void schedule(const QList<Reminder> &reminders) override
    {
        scheduled = reminders;
        ++scheduleCalls;
    }

    Availability available = Availability::Always;
    QList<Reminder> scheduled;
    int scheduleCalls = 0;
    int permissionRequests = 0;
};

const Reminder *reminderFor(const QList<Reminder> &plan, const QString &eventId)
{
    const auto found = std::find_if(plan.cbegin(), plan.cend(),
        [&eventId](const Reminder &reminder) { return reminder.eventId == eventId; });
    return found == plan.cend() ? nullptr : &*found;
}

QStringList eventIds(const QList<Reminder> &plan)
{
    QStringList ids;
    for (const auto &reminder : plan)
        ids.append(reminder.eventId);
    return ids;
}
}

class TestReminders : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void byDefaultTheFirstModuleDaysLearningGroupsAndDeadlines()
    {
        TestReplica test(berlin(2026, 11, 21, 10));
        RecordingService service;
        Reminders reminders(test.replica.programme(), test.replica.announcements(), test.settings,
            test.context, service);
        const auto plan = service.scheduled;
        QCOMPARE(plan, reminders.plan());
        QVERIFY(!plan.isEmpty());
        QVERIFY(reminderFor(plan, u"ews7-module-2-day-1"_s));
        QVERIFY(!reminderFor(plan, u"ews7-module-2-day-2"_s)); // they are there already
        QVERIFY(reminderFor(plan, u"ews7-learning-group-3"_s));
        QVERIFY(!reminderFor(plan, u"ews7-learning-group-2"_s)); // over (11 November)
        for (const auto &event : test.replica.programme().events()) {
            if (event.kind == ProgrammeDate::Kind::InfoTalk)
                QVERIFY2(!reminderFor(plan, event.id), qPrintable(event.id));
        }
        for (qsizetype i = 1; i < plan.size(); ++i)
            QVERIFY(plan.at(i - 1).fireAt <= plan.at(i).fireAt);

        // One day before, at the same time; in the person's words.
        const Reminder *module2 = reminderFor(plan, u"ews7-module-2-day-1"_s);
        QCOMPARE(module2->fireAt, berlin(2026, 11, 25, 10));
        QVERIFY2(module2->title.contains(u"tomorrow, approx. 10:00 – 16:00"_s),
            qPrintable(module2->title));
        QVERIFY2(module2->text.contains(u"Düsseldorf"_s), qPrintable(module2->text));
        QCOMPARE(reminders.count(), plan.size());
        QVERIFY2(reminders.nextText().contains(module2->title.section(u" – "_s, 0, 0)),
            qPrintable(reminders.nextText()));
    }

    void wholeDaysKeepTheTimeOfDayAcrossTheClockChange()
    {
        ProgrammeDate event;
        event.startsAt = berlin(2026, 10, 26, 10); // Monday after the change to winter time
        event.endsAt = event.startsAt.addSecs(3600);
        QCOMPARE(ReminderPlan::fireTime(event, 24 * 60), berlin(2026, 10, 25, 10));
        QCOMPARE(ReminderPlan::fireTime(event, 2 * 24 * 60), berlin(2026, 10, 24, 10));
        // Shorter leads are exact durations.
        QCOMPARE(ReminderPlan::fireTime(event, 60), berlin(2026, 10, 26, 9));
        event.startsAt = berlin(2026, 3, 29, 3, 30); // just after 2:00 became 3:00
        QCOMPARE(ReminderPlan::fireTime(event, 60), berlin(2026, 3, 29, 1, 30));
        // A date without times: 9:00 on the day, or whole days before.
        event.allDay = true;
        event.startsAt = berlin(2027, 6, 19, 0);
        QCOMPARE(ReminderPlan::fireTime(event, 15), berlin(2027, 6, 19, 9));
        QCOMPARE(ReminderPlan::fireTime(event, 3 * 60), berlin(2027, 6, 19, 9));
        QCOMPARE(ReminderPlan::fireTime(event, 2 * 24 * 60), berlin(2027, 6, 17, 9));
    }

    /// Once the reminder named as next has fired, the settings name the one after it.
    void theNextReminderMovesOnOnceItHasFired()
    {
        TestReplica test(berlin(2026, 11, 21, 10));
        RecordingService service;
        Reminders reminders(test.replica.programme(), test.replica.announcements(), test.settings,
            test.context, service);
        const QString before = reminders.nextText();
        QVERIFY2(before.contains(u"Präsenzmodul, 1. Tag"_s), qPrintable(before));
        QSignalSpy changed(&reminders, &Reminders::changed);
        reminders.timePassed(); // nothing fired yet
        QCOMPARE(changed.size(), 0);
        // The day before module 2 at noon: its first day's reminder (a day ahead, 10:00) fired.
        test.clock.setNow(berlin(2026, 11, 25, 12));
        reminders.timePassed();
        QCOMPARE(changed.size(), 1);
        QVERIFY2(reminders.nextText() != before, qPrintable(reminders.nextText()));
        reminders.timePassed(); // the same minute again: nothing new
        QCOMPARE(changed.size(), 1);
    }

    void aMovedDateMovesItsReminderAndACancelledOneLosesIt()
    {
        TestReplica test(berlin(2026, 11, 21, 10));
        RecordingService service;
        Reminders reminders(test.replica.programme(), test.replica.announcements(), test.settings,
            test.context, service);
        const Reminder before = *reminderFor(service.scheduled, u"ews7-module-2-day-1"_s);

        const QDateTime now = test.clock.now();
        const QDateTime movedTo = berlin(2026, 12, 3, 9, 30);
        QVERIFY(
            IncomingRows(test.replica.database())
                .apply(u"event"_s, u"ews7-module-2-day-1"_s, false,
                    { { u"kind"_s, u"module_day"_s }, { u"moduleNumber"_s, 2 }, { u"number"_s, 1 },
                        { u"titleDe"_s, u"Modul 2, Tag 1"_s },
                        { u"titleEn"_s, u"Module 2, day 1"_s },
                        { u"startsAt"_s, movedTo.toUTC().toString(Qt::ISODate) },
                        { u"endsAt"_s, movedTo.addSecs(6 * 3600).toUTC().toString(Qt::ISODate) },
                        { u"placeId"_s, u"djh-duesseldorf"_s } },
                    now));
        QVERIFY(IncomingRows(test.replica.database())
                    .apply(u"event"_s, u"ews7-learning-group-3"_s, true, {}, now));
        const int calls = service.scheduleCalls;
        reminders.reschedule(); // what the app does after every sync
        QCOMPARE(service.scheduleCalls, calls + 1);

        const Reminder *after = reminderFor(service.scheduled, u"ews7-module-2-day-1"_s);
        QVERIFY(after);
        QCOMPARE(after->fireAt, berlin(2026, 12, 2, 9, 30));
        QVERIFY(after->key != before.key); // a reminder shown for the old time hides nothing
        QVERIFY(!reminderFor(service.scheduled, u"ews7-learning-group-3"_s));
        // Still cancelled once the person has seen it.
        QVERIFY(test.replica.programme().markSeen(u"ews7-learning-group-3"_s));
        reminders.reschedule();
        QVERIFY(!reminderFor(service.scheduled, u"ews7-learning-group-3"_s));
    }

    void choicesPerDateLeadTimeAndSwitchStayChosen()
    {
        TestReplica test(berlin(2026, 11, 21, 10));
        RecordingService service;
        {
            Reminders reminders(test.replica.programme(), test.replica.announcements(),
                test.settings, test.context, service);
            QVERIFY(!reminders.isWanted(u"ews7-module-2-day-2"_s));
            reminders.setWanted(u"ews7-module-2-day-2"_s, true);
            reminders.setWanted(u"ews7-learning-group-3"_s, false);
            reminders.setWanted(u"no-such-date"_s, true); // ignored
            reminders.setLeadMinutes(60);
            reminders.setLeadMinutes(7); // not offered: ignored
            QCOMPARE(reminders.leadMinutes(), 60);
        }
        // Another start of the app: the same choices.
        Reminders reminders(test.replica.programme(), test.replica.announcements(), test.settings,
            test.context, service);
        QVERIFY(reminders.isWanted(u"ews7-module-2-day-2"_s));
        QVERIFY(!reminders.isWanted(u"ews7-learning-group-3"_s));
        QCOMPARE(reminders.leadMinutes(), 60);
        const Reminder *day2 = reminderFor(service.scheduled, u"ews7-module-2-day-2"_s);
        QVERIFY(day2);
        QCOMPARE(day2->fireAt, berlin(2026, 11, 27, 9));
        QVERIFY2(day2->title.contains(u"today"_s), qPrintable(day2->title));
        QVERIFY(!reminderFor(service.scheduled, u"ews7-learning-group-3"_s));
        QVERIFY(
            !test.settings.value(u"reminders/wanted"_s).toStringList().contains(u"no-such-date"_s));

        // Switched off: nothing stays scheduled on the device.
        reminders.setEnabled(false);
        QVERIFY(service.scheduled.isEmpty());
        QCOMPARE(reminders.count(), 0);
        QCOMPARE(reminders.nextText(), u"Reminders are switched off."_s);
        QVERIFY(eventIds(reminders.plan()).isEmpty());
        reminders.setEnabled(true);
        QVERIFY(reminderFor(service.scheduled, u"ews7-module-2-day-2"_s));
    }

    void theDeviceSaysWhetherRemindersCanAppear()
    {
        TestReplica test(berlin(2026, 11, 21, 10));
        RecordingService service;
        Reminders reminders(test.replica.programme(), test.replica.announcements(), test.settings,
            test.context, service);
        QCOMPARE(reminders.availability(), u"always"_s);
        QVERIFY(reminders.availabilityText().contains(u"even when the app is closed"_s));
        service.available = ReminderService::Availability::WhileRunning;
        QCOMPARE(reminders.availability(), u"whileRunning"_s);
        QVERIFY(reminders.availabilityText().contains(u"while the app is open"_s));
        service.available = ReminderService::Availability::NoNotificationArea;
        QCOMPARE(reminders.availability(), u"nowhere"_s);
        QVERIFY(reminders.availabilityText().contains(u"cannot appear"_s));

        // Not allowed: switching reminders on asks for it.
        service.available = ReminderService::Availability::NotAllowed;
        QCOMPARE(reminders.availability(), u"notAllowed"_s);
        reminders.setEnabled(false);
        QCOMPARE(service.permissionRequests, 0);
        reminders.setEnabled(true);
        QCOMPARE(service.permissionRequests, 1);
    }

    void theLastDatesOverLeavesNothingToRemindOf()
    {
        TestReplica test(berlin(2028, 1, 1, 10));
        RecordingService service;
        Reminders reminders(test.replica.programme(), test.replica.announcements(), test.settings,
            test.context, service);
        QVERIFY(service.scheduled.isEmpty());
        QCOMPARE(reminders.nextText(), u"There is no upcoming date to remind you of."_s);
    }

    void anAnnouncementIsShownAtOnceUntilSeen()
    {
        TestReplica test(berlin(2026, 11, 21, 10), u"en"_s);
        test.settings.setOwnMunicipalityId(u"demo-musterstadt"_s);
        RecordingService service;
        Reminders reminders(test.replica.programme(), test.replica.announcements(), test.settings,
            test.context, service);
        const QDateTime now = test.clock.now();
        const auto announce = [&](const QString &id, const QString &town, const QString &text) {
            return IncomingRows(test.replica.database())
                .apply(u"announcement"_s, id, false,
                    { { u"text"_s, text }, { u"municipalityId"_s, town },
                        { u"authorContactId"_s, u"ews7-contact-alina-hirsch"_s },
                        { u"publishedAt"_s, now.addSecs(-60).toString(Qt::ISODate) } },
                    now);
        };
        QVERIFY(announce(u"a1"_s, QString(), u"Zoom-Link für morgen: siehe Termin"_s));
        QVERIFY(announce(u"a2"_s, u"demo-musterkreis"_s, u"Nur für den Musterkreis"_s));
        reminders.reschedule();
        const Reminder &first = service.scheduled.constFirst();
        QCOMPARE(first.key, u"announcement:a1"_s);
        QVERIFY(first.fireAt <= now); // due at once
        QCOMPARE(first.title, u"Announcement from Alina Hirsch"_s);
        QCOMPARE(first.text, u"Zoom-Link für morgen: siehe Termin"_s);
        QVERIFY(std::none_of(service.scheduled.cbegin(), service.scheduled.cend(),
            [](const Reminder &reminder) { return reminder.key == u"announcement:a2"_s; }));
        // The dates' reminders are still all there, and the count is theirs alone.
        QCOMPARE(reminders.count(), int(service.scheduled.size()) - 1);

        QVERIFY(test.replica.announcements().markAllSeen());
        reminders.reschedule();
        QVERIFY(std::none_of(service.scheduled.cbegin(), service.scheduled.cend(),
            [](const Reminder &reminder) { return reminder.key.startsWith(u"announcement:"_s); }));
    }
};

QTEST_GUILESS_MAIN(TestReminders)
#include "tst_reminders.moc"
