// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "programmedate.h"
#include "reminderservice.h"
#include "timeformatter.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>

/// What the person chose about reminders.
struct ReminderChoices
{
    bool enabled = true;
    int leadMinutes = 24 * 60;
    QSet<QString> wanted; ///< dates chosen although they are not reminded of by default
    QSet<QString> unwanted; ///< dates the person wants no reminder for
};

/// Works out which reminders a device should show, and when, from the programme and the
/// person's choices. Pure: the same programme, choices and time give the same plan.
class ReminderPlan
{
    Q_DECLARE_TR_FUNCTIONS(ReminderPlan)
public:
    /// The dates most participants care about: the first day of each module, the
    /// learning-group meetings and the deadlines (not the info talks of the application).
    static bool wantedByDefault(const ProgrammeDate &event);
    static bool isWanted(const ProgrammeDate &event, const ReminderChoices &choices);
    /// @p leadMinutes before the start (whole days: the same time of day in Düsseldorf, also
    /// across a clock change); for a date without times 9:00 in Düsseldorf on the day itself,
    /// or as many whole days before as the lead time has.
    static QDateTime fireTime(const ProgrammeDate &event, int leadMinutes);

    /// Every reminder for a date that has not begun at @p now, ordered by time; a reminder
    /// whose time has passed is in it too (a desktop shows it late rather than never).
    static QList<Reminder> make(const QList<ProgrammeDate> &events,
        const QHash<QString, Place> &places, const ReminderChoices &choices, const QDateTime &now,
        const TimeFormatter &formatter, const QString &language);
};
