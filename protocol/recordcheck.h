// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
#include <QString>

/// The checks every record's fields pass, from its declaration in Records: the server refuses
/// anything else as "invalid", naming the field, and the app checks the same before it sends.
namespace RecordCheck {
/// Why @p fields cannot be sent by a device as part of a row of @p entity, or an empty string.
QString fields(const QString &entity, const QJsonObject &fields);
/// Why the row as it would be stored (all its fields) is not a valid @p entity.
QString row(const QString &entity, const QJsonObject &row);
/// Whether @p link is one https:// address on one line, as links in rows must be (they are
/// opened as they stand and go into calendar files).
bool isOneSecureLink(const QString &link);
}
