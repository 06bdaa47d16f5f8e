// SPDX-License-Identifier: GPL-3.0-or-later
#include "personaldataapi.h"

#include "apishared.h"
#include "personexport.h"
#include "signedindevice.h"

using namespace Qt::StringLiterals;

PersonalDataApi::PersonalDataApi(AccessStore &access, SyncStore &store, ApiShared &shared)
    : m_access(access)
    , m_store(store)
    , m_shared(shared)
{
}

HttpResponse PersonalDataApi::handle(const HttpRequest &request)
{
    if (request.method != "GET")
        return HttpResponse::error(405, u"method_not_allowed"_s, u"Use GET."_s);
    HttpResponse refusal;
    const auto identity = signedInDevice(m_access, request, &refusal);
    if (!identity)
        return refusal;
    // An export reads much of the store: as often as an organiser asks about people.
    if (!m_shared.allow(m_shared.access, u"export "_s + identity->deviceId, u"exports"_s,
            u"device "_s + identity->deviceId))
        return HttpResponse::slowDown(m_shared.access.secondsLeft());
    const auto data = PersonExport(m_store).of(identity->contactId);
    if (!data)
        return HttpResponse::unavailable();
    return HttpResponse::json(*data);
}
