// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "programmedate.h"

#include <QSqlQuery>
#include <QVariantList>

/// How a date is kept in the replica: the same columns in the published dates (events) and
/// the organisers' drafts (date_drafts). Times are milliseconds since the epoch, lists JSON.
namespace DateRow {
/// "kind, module_number, …, cancel_reason": the date's columns after its id.
const QString &columns();
/// "?, ?, …": one placeholder per column.
const QString &placeholders();
/// "kind = excluded.kind, …": an upsert's update of every column.
const QString &updateFromExcluded();
/// The values for columns(), in their order.
QVariantList values(const ProgrammeDate &date);
/// The date read from @p query, its id in column @p idColumn and columns() right after it.
ProgrammeDate read(const QSqlQuery &query, int idColumn = 0);
/// The number of columns().
int count();
}
