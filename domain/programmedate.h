// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "localizedtext.h"

#include <QDateTime>
#include <QString>

/// A place where programme events happen (the youth hostel, or online).
struct Place
{
    QString id;
    LocalizedText name;
    QString city;
    bool online = false;
    QString address; ///< postal address, one line: street and number, postcode and city
};

/// One date of the programme: a module day, a learning-group meeting, an info talk, a deadline.
struct ProgrammeDate
{
    enum class Kind { ModuleDay, LearningGroup, InfoTalk, Deadline };

    QString id;
    Kind kind = Kind::ModuleDay;
    int moduleNumber = 0; ///< 0: application phase; 1–4: the module this date belongs to
    int number = 0; ///< day of the module, meeting number or info-talk option
    LocalizedText title;
    QDateTime startsAt; ///< an instant (UTC); shown in the programme's zone
    QDateTime endsAt;
    bool allDay = false;
    bool approximate = false; ///< the brochure says "ca."
    QString placeId;
    QString room; ///< the room within the place, if the organisers named one
    QString videoUrl;
    bool tentative = false; ///< under budget reservation
    LocalizedList topics;
    LocalizedText note;
    /// A change by the organisers the participant has not seen yet: "", "new", "moved",
    /// "cancelled"; for "moved" the start it had before.
    QString change;
    QDateTime previousStartsAt;
    bool cancelled = false; ///< called off by the organisers; stays, shown as cancelled
    QString cancelReason; ///< a short reason participants see, in the organisers' words
    int calendarSequence = 0; ///< raised on every change a calendar must show

    static QString kindName(Kind kind);
    static bool kindFromName(const QString &name, Kind *kind);
};
