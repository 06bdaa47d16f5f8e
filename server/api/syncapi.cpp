// SPDX-License-Identifier: GPL-3.0-or-later
#include "syncapi.h"

#include "accessstore.h"
#include "crashpoint.h"
#include "jsonreader.h"
#include "signedindevice.h"
#include "syncrequestreader.h"
#include "syncstore.h"

#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

SyncApi::SyncApi(AccessStore &access, SyncStore &store, ApiShared &shared)
    : m_access(access)
    , m_store(store)
    , m_shared(shared)
{
}

HttpResponse SyncApi::handle(const HttpRequest &request)
{
    const QByteArray path = request.path.left(
        request.path.indexOf('?') < 0 ? request.path.size() : request.path.indexOf('?'));
    if (path == "/v1/live") {
        if (request.method != "GET")
            return HttpResponse::error(405, u"method_not_allowed"_s, u"Use GET."_s);
        return live(request);
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
    // Codes cannot be guessed by trying many: each client address has a few different wrong
    // codes a minute, and each code a few tries. Only wrong codes count against the address,
    // and one code typed wrong again and again counts once, so that a room of people behind
    // one address signs in at once and one person's typing does not lock out the others.
    const QString network = OperatorLog::networkOf(request.client);
    if (m_shared.wrongCodes.exhausted(request.client)) {
        m_shared.log.writeOncePerMinute(u"codes "_s + request.client, u"limit reached"_s,
            u"wrong sign-in codes from %1 (429 until the minute is over)"_s.arg(network));
        return HttpResponse::slowDown(m_shared.wrongCodes.secondsLeft());
    }
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
    const QString codeKey = AccessStore::codeKey(code);
    if (!m_shared.allow(m_shared.codeTries, codeKey, u"tries of one sign-in code"_s, network))
        return HttpResponse::slowDown(m_shared.codeTries.secondsLeft());
    bool failed = false;
    const auto redeemed = m_access.redeem(code, deviceName, &failed);
    if (failed) {
        m_shared.log.write(u"storage failure"_s, u"a sign-in could not be stored (503)"_s);
        return HttpResponse::unavailable();
    }
    if (!redeemed) {
        if (m_shared.codeTries.triesOf(codeKey) == 1) // the first try of this code this minute
            m_shared.wrongCodes.count(request.client);
        m_shared.log.write(u"sign-in refused"_s,
            u"an unknown, used, ended or expired code from %1"_s.arg(network));
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
    // Most syncs send nothing and have nothing to download: they are answered from what is
    // remembered of the device and its scopes (QuietSyncs), a moment old at most.
    const QString token = request.bearerToken();
    bool readNow = false;
    const auto remembered = m_shared.quietSyncs.identityFor(token, m_access, &readNow);
    if (!remembered)
        return tokenRefusal(m_access, token);
    if (!m_shared.allow(
            m_shared.syncs, remembered->deviceId, u"syncs"_s, u"device "_s + remembered->deviceId))
        return HttpResponse::slowDown(m_shared.syncs.secondsLeft());
    const QDate today = QDateTime::currentDateTimeUtc().date();
    if (m_shared.lastSyncs.firstOn(remembered->deviceId, today))
        m_access.noteSync(remembered->deviceId, today); // for the operator's list; may wait
    const auto parsed = SyncRequestReader::read(request.body);
    if (!parsed.ok)
        return HttpResponse::error(
            parsed.error == "too_large"_L1 ? 413 : 400, parsed.error, parsed.message);
    if (const auto quiet = m_shared.quietSyncs.answer(*remembered, parsed.request, m_store)) {
        HttpResponse response;
        response.body = quiet->toJson();
        return response;
    }
    // What is written and read is decided on the device as stored now: a move to another
    // municipality or a signing out of a moment ago counts.
    HttpResponse refusal;
    const auto identity = readNow ? remembered : signedInDevice(m_access, request, &refusal);
    if (!identity)
        return refusal;
    const auto read = m_store.sync(*identity, parsed.request);
    if (!read) {
        m_shared.log.write(u"storage failure"_s,
            u"the store could not be read for device %1 (503)"_s.arg(identity->deviceId));
        return HttpResponse::unavailable();
    }
    const SyncResponse &answer = *read;
    const auto unstored = std::count_if(answer.results.cbegin(), answer.results.cend(),
        [](const MutationResult &result) { return result.reason == "retry"_L1; });
    if (unstored > 0)
        m_shared.log.write(u"storage failure"_s,
            u"%1 change(s) of device %2 could not be stored now; the device sends them again"_s
                .arg(unstored)
                .arg(identity->deviceId));
    HttpResponse response;
    response.body = answer.toJson();
    CrashPoint::reached("sync-after-commit"); // committed, the answer not sent
    return response;
}

HttpResponse SyncApi::live(const HttpRequest &request)
{
    HttpResponse refusal;
    const auto identity = signedInDevice(m_access, request, &refusal);
    if (!identity)
        return refusal;
    if (!m_shared.allow(m_shared.liveOpens, identity->deviceId, u"live connections"_s,
            u"device "_s + identity->deviceId))
        return HttpResponse::slowDown(m_shared.liveOpens.secondsLeft());
    if (request.headers.value("upgrade").toLower() != "websocket") {
        auto response = HttpResponse::error(
            426, u"upgrade_required"_s, u"Open this address as a WebSocket."_s);
        response.headers.insert("Upgrade", "websocket");
        return response;
    }
    HttpResponse response;
    response.status = 101;
    response.liveTopics = SyncStore::scopesOf(*identity);
    return response;
}
