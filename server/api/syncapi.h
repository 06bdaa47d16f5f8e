// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "httpmessage.h"
#include "ratelimiter.h"

class AccessStore;
class SyncStore;

/// How many syncs a device may make, wrong codes an address may try, and requests an
/// organiser's device may make about people, per minute.
struct ApiLimits
{
    int syncsPerDevice = 120;
    int wrongCodesPerAddress = 10;
    int accessPerDevice = 60;
};

/// The server's HTTP endpoints (docs/sync-protocol.md): health, redeeming an invitation
/// code, and sync. Every refusal is a 4xx answer with a reason; nothing is trusted but the
/// token.
class SyncApi
{
public:
    SyncApi(AccessStore &access, SyncStore &store, ApiLimits limits = {});

    HttpResponse handle(const HttpRequest &request);

private:
    HttpResponse redeem(const HttpRequest &request);
    HttpResponse sync(const HttpRequest &request);

    AccessStore &m_access;
    SyncStore &m_store;
    RateLimiter m_syncs;
    RateLimiter m_codes;
};
