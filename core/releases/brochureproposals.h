// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "brochuretable.h"

#include <optional>

/// What the rows of a brochure's table would change in the programme: each row matched to the
/// date it describes (the same kind, module and number; a deadline by its title), or a new date.
struct BrochureProposal
{
    ProgrammeDate date; ///< as the draft would have it, with its id
    std::optional<ProgrammeDate> before; ///< the date as it is now; none for a new date
    int line = 0;
    int changeKinds = 0; ///< ProgrammeChanges kinds from before to date; 0: nothing changes

    /// The proposals for @p rows against the programme as it is now (@p current: every date
    /// as its draft or, without one, as published). A matched date keeps its title, topics,
    /// notes, room and link; the table gives its day, time, place and reservation. A cancelled
    /// date stays cancelled.
    static QList<BrochureProposal> from(
        const QList<BrochureTable::Row> &rows, const QList<ProgrammeDate> &current);
};
