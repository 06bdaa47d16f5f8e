// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target: the server's handling of a sync request, from the body's bytes through
// parsing, validation, permissions and the store (SQLite in memory), as a signed-in
// participant. Any crash, sanitizer report or 5xx answer is a finding.
#include "accessstore.h"
#include "serverdatabase.h"
#include "syncapi.h"
#include "syncstore.h"

#include <QCoreApplication>

#include <cstdint>
#include <cstdlib>

using namespace Qt::StringLiterals;

namespace {
struct Server
{
    Server()
        : database(u"sqlite::memory:"_s)
        , store((database.migrate(), database))
        , access(database, store)
        , shared(ApiLimits { 1 << 30, 1 << 30 }, log)
        , api(access, store, shared)
    {
        const QString town = access.addMunicipality(u"Musterstadt"_s);
        const QString code = access.invite(Identity::Role::Participant, town, u"Erika"_s);
        token = access.redeem(code, u"Fuzzer"_s)->token;
    }
    ServerDatabase database;
    SyncStore store;
    AccessStore access;
    OperatorLog log { [](const QString &) {} };
    ApiShared shared;
    SyncApi api;
    QString token;
};
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static int argc = 1;
    static char name[] = "fuzz_syncapi";
    static char *argv[] = { name, nullptr };
    static QCoreApplication app(argc, argv);
    // A fresh store now and then, so that memory stays bounded over long runs. Never
    // destroyed at exit: Qt's SQL registry is gone by then.
    static Server *current = nullptr;
    static int runs = 0;
    if (!current || ++runs % 5000 == 0) {
        delete current;
        current = new Server;
    }
    Server &server = *current;
    HttpRequest request;
    request.method = "POST";
    request.path = "/v1/sync";
    request.headers.insert("authorization", "Bearer " + server.token.toLatin1());
    request.body = QByteArray(reinterpret_cast<const char *>(data), qsizetype(size));
    request.peer = u"127.0.0.1"_s;
    const HttpResponse response = server.api.handle(request);
    if (response.status >= 500)
        std::abort(); // a client's mistake must never look like the server's
    return 0;
}
