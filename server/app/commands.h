// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

class AccessJournal;
class AccessStore;
class ServerDatabase;
class ServerSettings;
class SyncStore;

/// The operator's commands (everything but serve), each checking its arguments and saying
/// what it did. Returns the exit code: 0 done, 1 refused, failed or unknown (with the reason
/// on standard error).
namespace Commands {
/// The list for --help.
extern const char usage[];
/// Runs the command; what it changed or handed out is written to the audit log.
int run(const QStringList &arguments, const ServerSettings &settings, ServerDatabase &database,
    SyncStore &store, AccessStore &access, AccessJournal &journal);
/// The command alone; *@p subject gets the id it made (a person, a municipality).
int runOne(const QStringList &arguments, const ServerSettings &settings, ServerDatabase &database,
    SyncStore &store, AccessStore &access, AccessJournal &journal, QString *subject);
}
