// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSqlDatabase>
#include <QString>

/// The replica's schema history; PRAGMA user_version holds the applied version.
namespace Migrations {
int latestVersion();
/// Applies every migration after the current version up to @p targetVersion, each in its own
/// transaction. Returns false (and leaves the store at the last good version) on error.
bool apply(QSqlDatabase &db, int targetVersion, QString *error);
}
