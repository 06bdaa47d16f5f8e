// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "programmereleases.h"

#include <QString>

class SyncStore;

/// Puts a programme data file (docs/programme-format.md) into the server's store, where
/// every device downloads it from: its places and contacts as they are, its dates as one
/// release (a date the file does not list stays, a cancelled date stays cancelled), and the
/// venue's details when the store has none yet (then the organisers keep them).
namespace ProgrammeImport {
struct Result
{
    QString error; ///< what is wrong with the file or the store; empty on success
    int datesInFile = 0;
    bool venueStored = false; ///< the file's venue details stored (the store had none)
    ProgrammeReleases::ImportReport report;
};

/// The note of a release made from a file when the operator gives none.
QString defaultNote();
Result run(const QString &file, SyncStore &store, const QString &note = defaultNote());
/// What the import did, for the operator: the release and each date it changed, the dates
/// it left alone and why.
QString describe(const Result &result);
}
