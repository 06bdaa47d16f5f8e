// SPDX-License-Identifier: GPL-3.0-or-later
#include "accessapi.h"

#include "accessstore.h"
#include "apishared.h"
#include "auditlog.h"
#include "jsonreader.h"
#include "programmeretention.h"
#include "records.h"
#include "signedindevice.h"
#include "syncstore.h"

#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace {
QJsonValue instant(const QDateTime &at)
{
    return at.isValid() ? QJsonValue(at.toUTC().toString(Qt::ISODate)) : QJsonValue();
}

HttpResponse notFound(const QString &message)
{
    return HttpResponse::error(404, u"not_found"_s, message);
}
}

AccessApi::AccessApi(AccessStore &access, SyncStore &store, ApiShared &shared)
    : m_access(access)
    , m_store(store)
    , m_shared(shared)
{
}

HttpResponse AccessApi::handle(const HttpRequest &request)
{
    if (request.method != "POST")
        return HttpResponse::error(405, u"method_not_allowed"_s, u"Use POST."_s);
    HttpResponse refusal;
    const auto identity = signedInDevice(m_access, request, &refusal);
    if (!identity)
        return refusal;
    if (identity->role != Identity::Role::Organiser)
        return HttpResponse::error(
            403, u"not_allowed"_s, u"Only the organisers invite people and sign them out."_s);
    if (!m_shared.allow(m_shared.access, identity->deviceId, u"requests about people"_s,
            u"device "_s + identity->deviceId))
        return HttpResponse::slowDown(m_shared.access.secondsLeft());
    const auto document = QJsonDocument::fromJson(request.body);
    if (!document.isObject())
        return HttpResponse::error(400, u"malformed"_s, u"The request must be a JSON object."_s);
    JsonReader reader;
    const QString action = reader.text(document.object(), u"action"_s, u"request"_s, true, 40);
    if (!reader.ok())
        return HttpResponse::error(400, u"malformed"_s, reader.error);
    HttpResponse response = act(*identity, action, document.object());
    if (response.status == 200 && action != "overview"_L1)
        audit(
            *identity, action, document.object(), QJsonDocument::fromJson(response.body).object());
    return response;
}

void AccessApi::audit(const Identity &organiser, const QString &action, const QJsonObject &request,
    const QJsonObject &answer) const
{
    static const QHash<QString, QString> words {
        { u"addMunicipality"_s, u"add municipality"_s },
        { u"inviteDevice"_s, u"invite device"_s },
        { u"endInvitation"_s, u"end invitation"_s },
        { u"signOutDevice"_s, u"sign out device"_s },
        { u"signOutPerson"_s, u"sign out person"_s },
        { u"forgetPerson"_s, u"erase person"_s },
        { u"movePerson"_s, u"move person"_s },
        { u"closeProgramme"_s, u"close programme"_s },
    };
    const QString what = action == "invite"_L1 ? u"invite "_s + request.value("role"_L1).toString()
                                               : words.value(action, action);
    // By id only; an erased person by their erasure, never by the id that was erased.
    QString subject
        = answer.value("personId"_L1).toString(answer.value("municipalityId"_L1).toString());
    for (const auto key : { "deviceId"_L1, "invitationId"_L1, "personId"_L1 }) {
        if (subject.isEmpty())
            subject = request.value(key).toString();
    }
    if (action == "forgetPerson"_L1)
        subject = PersonErasure::erasedName(request.value("personId"_L1).toString());
    if (!AuditLog(m_store.connection()).record(AuditLog::organiserActor(organiser), what, subject))
        m_shared.log.write(u"storage failure"_s, u"an organiser's action could not be audited"_s);
}

HttpResponse AccessApi::act(
    const Identity &organiser, const QString &action, const QJsonObject &request)
{
    JsonReader reader;
    const auto fields = [&](QSet<QString> known) {
        known.insert(u"action"_s);
        return reader.onlyKnownFields(request, known, u"request"_s);
    };
    const auto malformed = [&] { return HttpResponse::error(400, u"malformed"_s, reader.error); };
    if (action == "overview"_L1)
        return fields({}) ? overview() : malformed();
    if (action == "addMunicipality"_L1) {
        fields({ u"name"_s });
        const QString name = reader.text(request, u"name"_s, u"request"_s, true, 200);
        if (!reader.ok())
            return malformed();
        AccessStore::Refusal problem;
        const QString id = m_access.addMunicipality(name, &problem);
        return id.isEmpty() ? HttpResponse::error(409, problem.code, problem.text)
                            : HttpResponse::json({ { u"municipalityId"_s, id } });
    }
    if (action == "invite"_L1)
        return invite(request, reader);
    if (action == "inviteDevice"_L1)
        return inviteDevice(request, reader);
    if (action == "endInvitation"_L1) {
        fields({ u"invitationId"_s });
        const QString id = reader.id(request, u"invitationId"_s, u"request"_s, true);
        if (!reader.ok())
            return malformed();
        return m_access.endInvitation(id)
            ? HttpResponse::json({ { u"ended"_s, true } })
            : notFound(u"There is no open invitation with this id."_s);
    }
    if (action == "signOutDevice"_L1 || action == "signOutPerson"_L1)
        return signOut(organiser, action, request, reader);
    if (action == "forgetPerson"_L1)
        return forget(organiser, request, reader);
    if (action == "closeProgramme"_L1) {
        fields({ u"closed"_s });
        const QJsonValue closed = request.value("closed"_L1);
        if (reader.ok() && !closed.isBool())
            reader.fail(u"request.closed must be true or false."_s);
        if (!reader.ok())
            return malformed();
        ProgrammeRetention retention(m_store.connection(), m_access);
        const QDate day = closed.toBool() ? QDate::currentDate() : QDate();
        if (!retention.close(day))
            return HttpResponse::unavailable();
        return HttpResponse::json({ { u"closedOn"_s, day.toString(Qt::ISODate) },
            { u"erasesOn"_s, retention.erasesOn(m_shared.retentionDays).toString(Qt::ISODate) } });
    }
    if (action == "movePerson"_L1) {
        fields({ u"personId"_s, u"municipalityId"_s });
        const QString person = reader.id(request, u"personId"_s, u"request"_s, true);
        const QString municipality = reader.id(request, u"municipalityId"_s, u"request"_s, true);
        if (!reader.ok())
            return malformed();
        return m_access.movePerson(person, municipality)
            ? HttpResponse::json({ { u"moved"_s, true } })
            : notFound(u"There is no such participant or municipality."_s);
    }
    return HttpResponse::error(400, u"malformed"_s,
        u"Unknown action \"%1\"; see docs/sync-protocol.md."_s.arg(action.left(40)));
}

HttpResponse AccessApi::overview() const
{
    QHash<QString, QJsonArray> devicesOf;
    for (const auto &device : m_access.devices()) {
        devicesOf[device.personId].append(QJsonObject { { u"id"_s, device.id },
            { u"name"_s, device.name }, { u"signedInAt"_s, instant(device.signedInAt) } });
    }
    QJsonArray people;
    for (const auto &person : m_access.people()) {
        if (person.revoked)
            continue;
        people.append(QJsonObject { { u"id"_s, person.id }, { u"name"_s, person.name },
            { u"role"_s, person.role }, { u"municipalityId"_s, person.municipalityId },
            { u"devices"_s, devicesOf.value(person.id) } });
    }
    QJsonArray invitations;
    for (const auto &invitation : m_access.openInvitations()) {
        invitations.append(QJsonObject { { u"id"_s, invitation.id },
            { u"personId"_s, invitation.personId }, { u"personName"_s, invitation.personName },
            { u"role"_s, invitation.role }, { u"municipalityId"_s, invitation.municipalityId },
            { u"createdAt"_s, instant(invitation.createdAt) },
            { u"expiresAt"_s, instant(invitation.expiresAt) },
            { u"expired"_s, invitation.expired } });
    }
    QJsonArray municipalities;
    for (const auto &row : m_store.rowsOf(Records::Municipality::entity)) {
        if (!row.deleted)
            municipalities.append(QJsonObject { { u"id"_s, row.id },
                { u"name"_s, row.fields.value(Records::Municipality::name).toString() } });
    }
    // A closed programme: when its personal data goes (the app warns the organisers).
    const ProgrammeRetention retention(m_store.connection(), m_access);
    const auto closed = retention.closedOn();
    return HttpResponse::json({ { u"people"_s, people }, { u"invitations"_s, invitations },
        { u"municipalities"_s, municipalities },
        { u"closedOn"_s, closed ? closed->toString(Qt::ISODate) : QString() },
        { u"erasesOn"_s, retention.erasesOn(m_shared.retentionDays).toString(Qt::ISODate) } });
}

HttpResponse AccessApi::invite(const QJsonObject &request, JsonReader &reader)
{
    reader.onlyKnownFields(request,
        { u"action"_s, u"role"_s, u"name"_s, u"municipalityId"_s, u"validDays"_s }, u"request"_s);
    const QString role = reader.text(request, u"role"_s, u"request"_s, true, 16);
    const QString name = reader.text(request, u"name"_s, u"request"_s, true, 200);
    const bool participant = role == Records::Contact::roleParticipant;
    const QString municipality = reader.id(request, u"municipalityId"_s, u"request"_s, participant);
    const int validDays = int(reader.integer(request, u"validDays"_s, u"request"_s, false, 1,
        AccessStore::maximumValidDays, AccessStore::defaultValidDays));
    if (reader.ok() && !participant && role != Records::Contact::roleOrganiser)
        reader.fail(u"request.role must be \"participant\" or \"organiser\"."_s);
    if (reader.ok() && !participant && !municipality.isEmpty())
        reader.fail(u"An organiser belongs to no municipality."_s);
    if (!reader.ok())
        return HttpResponse::error(400, u"malformed"_s, reader.error);
    QString personId;
    AccessStore::Refusal problem;
    const QString code
        = m_access.invite(participant ? Identity::Role::Participant : Identity::Role::Organiser,
            municipality, name, &personId, &problem, validDays);
    if (code.isEmpty())
        return HttpResponse::error(409, problem.code, problem.text);
    return HttpResponse::json({ { u"code"_s, code }, { u"personId"_s, personId },
        { u"expiresAt"_s, instant(m_access.expiryOf(code)) } });
}

HttpResponse AccessApi::inviteDevice(const QJsonObject &request, JsonReader &reader)
{
    reader.onlyKnownFields(request, { u"action"_s, u"personId"_s, u"validDays"_s }, u"request"_s);
    const QString person = reader.id(request, u"personId"_s, u"request"_s, true);
    const int validDays = int(reader.integer(request, u"validDays"_s, u"request"_s, false, 1,
        AccessStore::maximumValidDays, AccessStore::defaultValidDays));
    if (!reader.ok())
        return HttpResponse::error(400, u"malformed"_s, reader.error);
    const QString code = m_access.inviteDevice(person, validDays);
    if (code.isEmpty())
        return notFound(u"There is no such person, or they were signed out for good."_s);
    return HttpResponse::json({ { u"code"_s, code }, { u"personId"_s, person },
        { u"expiresAt"_s, instant(m_access.expiryOf(code)) } });
}

HttpResponse AccessApi::signOut(const Identity &organiser, const QString &action,
    const QJsonObject &request, JsonReader &reader)
{
    const bool device = action == "signOutDevice"_L1;
    const QString key = device ? u"deviceId"_s : u"personId"_s;
    reader.onlyKnownFields(request, { u"action"_s, key }, u"request"_s);
    const QString id = reader.id(request, key, u"request"_s, true);
    if (!reader.ok())
        return HttpResponse::error(400, u"malformed"_s, reader.error);
    // Whoever asks stays signed in: an organiser cannot lock herself out by a slip.
    if (id == (device ? organiser.deviceId : organiser.contactId))
        return HttpResponse::error(409, u"own_device"_s,
            u"This is the device (or the person) asking; sign out in the settings instead."_s);
    const bool done = device ? m_access.revokeDevice(id) : m_access.revokePerson(id);
    if (done)
        m_shared.log.write(u"signed out"_s,
            u"%1 %2, by the organisers' device %3"_s.arg(
                device ? u"device"_s : u"every device of person"_s, id, organiser.deviceId));
    return done ? HttpResponse::json({ { u"signedOut"_s, true } })
                : notFound(u"There is no such device or person."_s);
}

HttpResponse AccessApi::forget(
    const Identity &organiser, const QJsonObject &request, JsonReader &reader)
{
    reader.onlyKnownFields(
        request, { u"action"_s, u"personId"_s, u"removeWritings"_s }, u"request"_s);
    const QString id = reader.id(request, u"personId"_s, u"request"_s, true);
    const QJsonValue removeWritings = request.value("removeWritings"_L1);
    if (reader.ok() && !removeWritings.isUndefined() && !removeWritings.isBool())
        reader.fail(u"request.removeWritings must be true or false."_s);
    if (!reader.ok())
        return HttpResponse::error(400, u"malformed"_s, reader.error);
    if (id == organiser.contactId)
        return HttpResponse::error(409, u"own_device"_s,
            u"An organiser cannot erase herself; another organiser or the operator can."_s);
    AccessStore::Refusal problem;
    if (!m_access.forgetPerson(id,
            removeWritings.toBool() ? PersonErasure::Writings::Remove
                                    : PersonErasure::Writings::KeepWithoutAuthor,
            &problem))
        return problem.code == "unknown"_L1 ? notFound(u"There is no such person or contact."_s)
                                            : HttpResponse::unavailable();
    // The log names the erasure by its key, never by the person's id.
    m_shared.log.write(u"erased"_s,
        u"person %1, by the organisers' device %2"_s.arg(
            PersonErasure::keyOf(id).left(16), organiser.deviceId));
    return HttpResponse::json({ { u"erased"_s, true } });
}
