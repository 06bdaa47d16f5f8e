// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "httpmessage.h"
#include "identity.h"

#include <optional>

class AccessStore;

/// Who is asking, from the request's device token: the identity, or the answer to give
/// instead: 403 "revoked" for a device the organisers signed out (the app says so), 401
/// "unauthorized" for no or an unknown token (the app asks to sign in again), 503
/// "unavailable" if the store cannot tell now (the app tries again later, still signed in).
std::optional<Identity> signedInDevice(
    const AccessStore &access, const HttpRequest &request, HttpResponse *refusal);
/// The answer to a request whose @p token is no device's (as above).
HttpResponse tokenRefusal(const AccessStore &access, const QString &token);
