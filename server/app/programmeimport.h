// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

class SyncStore;

/// Puts a programme data file (docs/programme-format.md) into the server's store, where
/// every device downloads it from.
namespace ProgrammeImport {
/// Returns an empty string on success, otherwise what is wrong with the file.
QString run(const QString &file, SyncStore &store, int *events = nullptr);
}
