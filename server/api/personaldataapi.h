// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "httpmessage.h"

class AccessStore;
class ApiShared;
class SyncStore;

/// A person's own data (GDPR Art. 15 and 20): GET /v1/my-data answers a signed-in device with
/// everything the store holds about its person, as PersonExport's JSON. No one else's.
class PersonalDataApi
{
public:
    PersonalDataApi(AccessStore &access, SyncStore &store, ApiShared &shared);

    static bool handles(const QByteArray &path) { return path == "/v1/my-data"; }
    HttpResponse handle(const HttpRequest &request);

private:
    AccessStore &m_access;
    SyncStore &m_store;
    ApiShared &m_shared;
};
