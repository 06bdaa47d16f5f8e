// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

class ServerDatabase;
class ServerSettings;
class SyncStore;

/// `ews-server serve`: answers the apps until stopped (SIGHUP reloads the certificate).
/// Returns the exit code.
int serve(const ServerSettings &settings, ServerDatabase &database, SyncStore &store);
