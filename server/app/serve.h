// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

class AccessJournal;
class AccessStore;
class ServerDatabase;
class ServerSettings;
class SyncStore;

/// `ews-server serve`: applies the access journal again, then answers the apps until stopped
/// (SIGHUP reloads the certificate). Returns the exit code.
int serve(const ServerSettings &settings, ServerDatabase &database, SyncStore &store,
    AccessStore &access, AccessJournal &journal);
