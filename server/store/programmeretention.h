// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QSqlDatabase>

#include <optional>

class AccessStore;

/// How long a programme's personal data outlives the programme: once the operator (or an
/// organiser) closes it, serve erases every person and contact of it (PersonErasure, their
/// writings kept without names) when the retention the operator set has passed, default six
/// months; organisers see the date from the moment it is closed, the operator's log warns in
/// the last two weeks.
class ProgrammeRetention
{
public:
    ProgrammeRetention(const QSqlDatabase &db, AccessStore &access);

    /// Six months, unless the operator says otherwise (retention-days).
    static constexpr int defaultDays = 183;
    /// How long before the erasure the operator's log warns each day.
    static constexpr int warningDays = 14;

    /// Closes the programme on @p day (an invalid day: opens it again); false if the store
    /// could not be written.
    bool close(const QDate &day);
    /// The day the programme was closed, if it was.
    std::optional<QDate> closedOn() const;
    /// The day its personal data is erased, @p days after it was closed (invalid if open).
    QDate erasesOn(int days) const;
    /// Erases every person and contact when @p today has reached erasesOn(@p days); how many
    /// were erased (0 when not due), or -1 if the store could not be written.
    int eraseIfDue(const QDate &today, int days);

private:
    QSqlDatabase m_db;
    AccessStore &m_access;
};
