// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
#include <QString>

/// What a device may send as the fields of each kind of row, and the checks the app makes
/// too: the server refuses anything else as "invalid", naming the field.
namespace FieldRules {
/// Why @p fields cannot be part of a row of @p entity, or an empty string.
QString check(const QString &entity, const QJsonObject &fields);
/// Why the row as it would be stored (all its fields) is not a valid @p entity.
QString checkRow(const QString &entity, const QJsonObject &row);
}
