// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "programmedate.h"

#include <QHash>
#include <QJsonArray>
#include <QList>

#include <optional>

/// What a release changed about one date, as participants are told: computed by the server
/// when it publishes, carried in the release (Records::Release::changes), read by the app.
struct DateChange
{
    /// What a participant sees changed; several at once.
    enum Kind {
        Added = 0x1,
        Cancelled = 0x2,
        Reinstated = 0x4, ///< a cancelled date takes place after all
        Confirmed = 0x8, ///< no longer under budget reservation
        MadeTentative = 0x10,
        Moved = 0x20, ///< another day or time
        PlaceChanged = 0x40, ///< another place or room
        LinkChanged = 0x80, ///< the video link came or changed
        DetailsChanged = 0x100, ///< title, topics, note or the reason of a cancellation
    };

    QString dateId;
    int kinds = 0;
    /// The date as published before (none for a new date).
    std::optional<ProgrammeDate> before;
};

namespace ProgrammeChanges {
/// What a participant sees changed from @p before (nullptr: a new date) to @p after; 0 when
/// nothing.
int kindsBetween(const ProgrammeDate *before, const ProgrammeDate &after);
/// The kinds by their names on the wire ("added", "moved", …).
QStringList kindNames(int kinds);
int kindsFromNames(const QStringList &names);

/// As the release carries them.
QJsonArray toJson(const QList<DateChange> &changes);
/// Entries that are not objects with an id are skipped.
QList<DateChange> fromJson(const QJsonArray &array);

/// Several releases, oldest first, told as one: per date what differs between the version a
/// participant saw before the first of them and the date @p now; a date moved there and back
/// is no change. A date missing from @p now is skipped. Ordered as the releases named them.
QList<DateChange> combined(
    const QList<QList<DateChange>> &releases, const QHash<QString, ProgrammeDate> &now);
}
