// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "programmedate.h"
#include "venueinfo.h"

#include <QJsonObject>

/// Programme dates and places as the sync protocol's rows carry them (protocol/records.h,
/// Records::ProgrammeDate and Records::Place): the server's import writes them so and its
/// calendar subscription reads them back. A row's id is the date's or place's id.
namespace ProgrammeWire {
/// The fields of @p event's row; times as UTC instants (2026-11-26T09:00:00Z).
QJsonObject fieldsOf(const ProgrammeDate &event);
/// The date in row @p id with @p fields; a time that is missing or no time stays invalid.
ProgrammeDate eventFrom(const QString &id, const QJsonObject &fields);
/// The fields of @p place's row.
QJsonObject fieldsOf(const Place &place);
/// The place in row @p id with @p fields.
Place placeFrom(const QString &id, const QJsonObject &fields);
/// The fields of the venue's row (Records::VenueInfo).
QJsonObject fieldsOf(const VenueInfo &venue);
/// The venue in a row with @p fields.
VenueInfo venueFrom(const QJsonObject &fields);
}
