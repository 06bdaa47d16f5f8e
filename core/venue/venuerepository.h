// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "rowfields.h"
#include "statementcache.h"
#include "venueinfo.h"

#include <QDateTime>
#include <QJsonObject>
#include <QSqlDatabase>

#include <optional>

class Database;

/// The venue's details on the device, under the programme's id.
struct StoredVenue
{
    QString id;
    VenueInfo venue;
};

/// Owns the SQL of what participants need at the venue (table venue_info): as the programme
/// file or the server gives it, and as an organiser changes it here (sent with the next sync).
class VenueRepository
{
public:
    explicit VenueRepository(Database &database);

    /// The venue's details; none before the programme was read.
    std::optional<StoredVenue> venue() const;
    /// The details from the programme file shipped with the app, as row @p id.
    bool replace(const QString &id, const VenueInfo &venue);
    /// An organiser's change of row @p id: stored, and the changed fields sent with the next
    /// sync (with what they were, so that another organiser's change is not overwritten
    /// unseen).
    bool save(const QString &id, const VenueInfo &venue, const QDateTime &now);
    /// As the server sends it.
    bool applyIncoming(const QString &id, bool deleted, const RowFields &fields);

private:
    QSqlDatabase m_db;
    mutable StatementCache m_statements { m_db };
};
