// SPDX-License-Identifier: GPL-3.0-or-later
#include "signedindevice.h"

#include "accessstore.h"

using namespace Qt::StringLiterals;

std::optional<Identity> signedInDevice(
    const AccessStore &access, const HttpRequest &request, HttpResponse *refusal)
{
    const QString token = request.bearerToken();
    auto identity = access.identityFor(token);
    if (identity)
        return identity;
    *refusal = tokenRefusal(access, token);
    return std::nullopt;
}

HttpResponse tokenRefusal(const AccessStore &access, const QString &token)
{
    // A 401 or 403 signs the device out: only when the store says so, never for an outage.
    switch (access.statusOf(token)) {
    case AccessStore::TokenStatus::Revoked:
        return HttpResponse::error(
            403, u"revoked"_s, u"This device has been signed out by the organisers."_s);
    case AccessStore::TokenStatus::Unknown:
        return HttpResponse::error(401, u"unauthorized"_s, u"Please sign in again."_s);
    case AccessStore::TokenStatus::Unreadable:
        break;
    }
    return HttpResponse::unavailable();
}
