// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "rowfields.h"

#include <simdjson.h>

#include <vector>

/// A sync answer as simdjson read it, and where each change's fields are in it. Made once and
/// never moved (its parts point into its document), then shared by its rows.
struct RowFields::Answer
{
    simdjson::dom::document document;
    std::vector<simdjson::dom::object> fields; ///< by the number RowFields were given
};
