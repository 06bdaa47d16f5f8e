// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "httpmessage.h"
#include "identity.h"

#include <QJsonObject>

class AccessStore;
class ApiShared;
class JsonReader;
class SyncStore;

/// What organisers do about people from the app (docs/sync-protocol.md, "Who signs in"):
/// one endpoint, POST /v1/access, with an "action" — the overview of people, devices and
/// open invitations; adding a municipality; inviting a participant, an organiser or a further
/// device; ending an invitation; signing a device or a person out; erasing a person;
/// moving a participant. Only
/// an organiser's device may; the operator's commands do the same from the shell.
class AccessApi
{
public:
    AccessApi(AccessStore &access, SyncStore &store, ApiShared &shared);

    /// Answers POST /v1/access.
    HttpResponse handle(const HttpRequest &request);

private:
    HttpResponse act(const Identity &organiser, const QString &action, const QJsonObject &request);
    HttpResponse overview() const;
    HttpResponse invite(const QJsonObject &request, JsonReader &reader);
    HttpResponse inviteDevice(const QJsonObject &request, JsonReader &reader);
    HttpResponse signOut(const Identity &organiser, const QString &action,
        const QJsonObject &request, JsonReader &reader);

    /// Writes what an organiser did to the audit log.
    void audit(const Identity &organiser, const QString &action, const QJsonObject &request,
        const QJsonObject &answer) const;
    /// Erases a person for good (AccessStore::forgetPerson).
    HttpResponse forget(const Identity &organiser, const QJsonObject &request, JsonReader &reader);

    AccessStore &m_access;
    SyncStore &m_store;
    ApiShared &m_shared;
};
