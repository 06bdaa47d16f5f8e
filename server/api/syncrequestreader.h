// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "syncrequest.h"

/// A request read from the network, or why it was refused.
struct ParsedSyncRequest
{
    bool ok = false;
    QString error; ///< "malformed", "unsupported_protocol" or "too_large"
    QString message; ///< what is wrong, naming the field
    SyncRequest request;
};

/// Reads what a device sends to /v1/sync (docs/sync-protocol.md) strictly: anything not in the
/// protocol — an unknown or repeated field, a value of the wrong kind or size — is refused
/// with the first problem named by its path. The JSON is parsed by simdjson (the most frequent
/// request, a sync with nothing new, costs a fraction of what Qt's JSON reader made of it);
/// memory is bounded by the body's limit of 1 MiB.
class SyncRequestReader
{
public:
    static ParsedSyncRequest read(const QByteArray &body);
};
