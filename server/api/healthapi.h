// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "httpmessage.h"

class ServerDatabase;

/// What an operator's monitoring and a load balancer ask:
/// - `GET /v1/health`: the store checked now. 200 with the server's version, the store's
///   identity and schema, and "canWrite"; 503 with Retry-After if the store cannot be reached
///   or cannot take writes (a full disk, a read-only PostgreSQL).
/// - `GET /v1/alive`: the process answers (the front door alone, the store not asked).
class HealthApi
{
public:
    explicit HealthApi(ServerDatabase &database);

    static bool handles(const QByteArray &path);
    HttpResponse handle(const HttpRequest &request);

private:
    ServerDatabase &m_database;
};
