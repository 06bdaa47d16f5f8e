// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "icalendarwriter.h"
#include "programmedate.h"

/// A programme date as a calendar entry, the same in the calendar files the app saves and in
/// the calendar subscription the server serves. The server has no translator, so the entry's
/// own texts are kept here in German and English, in the words of the app's translations.
namespace CalendarEntries {
/// The entry of @p event at @p place (nullptr: no place known) in @p language ("de" or "en";
/// German for any other); @p sequence counts the date's changes, @p cancelled marks it so.
CalendarEntry entryFor(const ProgrammeDate &event, const Place *place, const QString &language,
    int sequence, bool cancelled);
}
