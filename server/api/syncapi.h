// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "apishared.h"
#include "httpmessage.h"

class AccessStore;
class SyncStore;

/// The server's HTTP endpoints (docs/sync-protocol.md): health, redeeming an invitation
/// code, sync, and the live channel of an app in the foreground. Every refusal is a 4xx answer with
/// a reason; nothing is trusted but the token.
class SyncApi
{
public:
    SyncApi(AccessStore &access, SyncStore &store, ApiShared &shared);

    HttpResponse handle(const HttpRequest &request);

private:
    HttpResponse redeem(const HttpRequest &request);
    HttpResponse sync(const HttpRequest &request);
    HttpResponse live(const HttpRequest &request);

    AccessStore &m_access;
    SyncStore &m_store;
    ApiShared &m_shared;
};
