// SPDX-License-Identifier: GPL-3.0-or-later
#include "reminderplan.h"

#include "programmezone.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {
constexpr int minutesPerDay = 24 * 60;

QString reminderKey(const ProgrammeDate &event, int leadMinutes)
{
    return u"%1|%2|%3"_s.arg(event.id, event.startsAt.toString(Qt::ISODate)).arg(leadMinutes);
}
}

bool ReminderPlan::wantedByDefault(const ProgrammeDate &event)
{
    switch (event.kind) {
    case ProgrammeDate::Kind::ModuleDay:
        return event.number <= 1;
    case ProgrammeDate::Kind::LearningGroup:
    case ProgrammeDate::Kind::Deadline:
        return true;
    case ProgrammeDate::Kind::InfoTalk:
        return false;
    }
    return false;
}

bool ReminderPlan::isWanted(const ProgrammeDate &event, const ReminderChoices &choices)
{
    if (choices.unwanted.contains(event.id))
        return false;
    return choices.wanted.contains(event.id) || wantedByDefault(event);
}

QDateTime ReminderPlan::fireTime(const ProgrammeDate &event, int leadMinutes)
{
    const int days = leadMinutes / minutesPerDay;
    if (!event.allDay && leadMinutes % minutesPerDay != 0)
        return event.startsAt.addSecs(-qint64(leadMinutes) * 60).toUTC();
    // Whole days: the same time of day in Düsseldorf, also across a clock change.
    if (!event.allDay)
        return event.startsAt.toTimeZone(ProgrammeZone::zone()).addDays(-days).toUTC();
    const QDate day = ProgrammeZone::localDate(event.startsAt);
    return ProgrammeZone::instant(day.addDays(-days), QTime(9, 0));
}

QList<Reminder> ReminderPlan::make(const QList<ProgrammeDate> &events,
    const QHash<QString, Place> &places, const ReminderChoices &choices, const QDateTime &now,
    const TimeFormatter &formatter, const QString &language)
{
    QList<Reminder> plan;
    if (!choices.enabled)
        return plan;
    for (const auto &event : events) {
        if (event.cancelled || event.startsAt <= now || !isWanted(event, choices))
            continue;
        Reminder reminder;
        reminder.key = reminderKey(event, choices.leadMinutes);
        reminder.eventId = event.id;
        reminder.fireAt = fireTime(event, choices.leadMinutes);
        // The day as seen when the reminder appears: "today", "tomorrow" or the date.
        const qint64 daysAhead = ProgrammeZone::localDate(reminder.fireAt)
                                     .daysTo(ProgrammeZone::localDate(event.startsAt));
        const QString day = daysAhead == 0 ? tr("today")
            : daysAhead == 1               ? tr("tomorrow")
                                           : formatter.shortDate(event.startsAt);
        const QString when = event.allDay
            ? day
            //: %1 is "today", "tomorrow" or a date; %2 the time
            : tr("%1, %2").arg(
                day, formatter.timeRange(event.startsAt, event.endsAt, event.approximate, false));
        //: A reminder's headline: %1 is the date's title, %2 when it is
        reminder.title = tr("%1 – %2").arg(event.title.forLanguage(language), when);
        const auto place = places.constFind(event.placeId);
        reminder.text = place == places.cend() ? QString() : place->name.forLanguage(language);
        if (event.tentative)
            //: %1 is where the date takes place; the date depends on the budget
            reminder.text = tr("%1 (subject to budget approval)").arg(reminder.text).trimmed();
        plan.append(reminder);
    }
    std::stable_sort(plan.begin(), plan.end(),
        [](const Reminder &a, const Reminder &b) { return a.fireAt < b.fireAt; });
    return plan;
}
