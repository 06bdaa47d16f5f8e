// SPDX-License-Identifier: GPL-3.0-or-later
#include "syncapi.h"

#include "accessstore.h"
#include "crashpoint.h"
#include "jsonreader.h"
#include "signedindevice.h"
#include "syncstore.h"

#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

SyncApi::SyncApi(AccessStore &access, SyncStore &store, ApiLimits limits)
    : m_access(access)
    , m_store(store)
    , m_syncs(limits.syncsPerDevice)
    , m_codes(limits.wrongCodesPerAddress)
{
}

HttpResponse SyncApi::handle(const HttpRequest &request)
{
    const QByteArray path = request.path.left(
        request.path.indexOf('?') < 0 ? request.path.size() : request.path.indexOf('?'));
    if (path == "/v1/health") {
        if (request.method != "GET")
            return HttpResponse::error(405, u"method_not_allowed"_s, u"Use GET."_s);
        return HttpResponse::json(
            { { u"status"_s, u"ok"_s }, { u"protocol"_s, SyncRequest::protocolVersion } });
    }
    if (path == "/v1/redeem" || path == "/v1/sync") {
        if (request.method != "POST")
            return HttpResponse::error(405, u"method_not_allowed"_s, u"Use POST."_s);
        return path == "/v1/sync" ? sync(request) : redeem(request);
    }
    return HttpResponse::error(404, u"not_found"_s, u"There is nothing at this address."_s);
}

HttpResponse SyncApi::redeem(const HttpRequest &request)
{
    // Codes cannot be guessed by trying many: each address has a few wrong tries a minute
    // (only wrong ones count: a whole room behind one address signs in at once).
    if (m_codes.exhausted(request.peer))
        return HttpResponse::slowDown(m_codes.secondsLeft());
    const auto document = QJsonDocument::fromJson(request.body);
    if (!document.isObject())
        return HttpResponse::error(400, u"malformed"_s, u"The request must be a JSON object."_s);
    JsonReader reader;
    const auto object = document.object();
    reader.onlyKnownFields(object, { u"code"_s, u"deviceName"_s }, u"request"_s);
    const QString code = reader.text(object, u"code"_s, u"request"_s, true, 40);
    const QString deviceName = reader.text(object, u"deviceName"_s, u"request"_s, false, 100);
    if (!reader.ok())
        return HttpResponse::error(400, u"malformed"_s, reader.error);
    const auto redeemed = m_access.redeem(code, deviceName);
    if (!redeemed) {
        m_codes.count(request.peer);
        return HttpResponse::error(403, u"invalid_code"_s,
            u"This code is unknown, used already, ended or past its date. Ask the organisers "
            "for a new one."_s);
    }
    const Identity &who = redeemed->identity;
    return HttpResponse::json({ { u"token"_s, redeemed->token }, { u"deviceId"_s, who.deviceId },
        { u"personId"_s, who.contactId },
        { u"role"_s, who.role == Identity::Role::Organiser ? u"organiser"_s : u"participant"_s },
        { u"municipalityId"_s, who.municipalityId } });
}

HttpResponse SyncApi::sync(const HttpRequest &request)
{
    HttpResponse refusal;
    const auto identity = signedInDevice(m_access, request, &refusal);
    if (!identity)
        return refusal;
    if (!m_syncs.allow(identity->deviceId))
        return HttpResponse::slowDown(m_syncs.secondsLeft());
    const auto parsed = SyncRequest::parse(request.body);
    if (!parsed.ok)
        return HttpResponse::error(
            parsed.error == "too_large"_L1 ? 413 : 400, parsed.error, parsed.message);
    HttpResponse response;
    response.body = m_store.sync(*identity, parsed.request).toJson();
    CrashPoint::reached("sync-after-commit"); // committed, the answer not sent
    return response;
}
