// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target: the server's handling of a sync request, from the body's bytes through
// parsing, validation, permissions and the store (SQLite in memory), as a signed-in
// participant. Any crash, sanitizer report or 5xx answer is a finding, and so is any request
// that reaches what the data-protection rules keep from it: a colleague's private note or
// contact changed, a log entry whose author is not the one who sent it, an erasure row or a
// calendar link that is not https:// stored.
#include "accessstore.h"
#include "ids.h"
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
        const auto redeemed = access.redeem(code, u"Fuzzer"_s);
        token = redeemed->token;
        erika = redeemed->identity.contactId;
        // A colleague with a private note and a log entry of her own.
        const QString jonasCode
            = access.invite(Identity::Role::Participant, town, u"Jonas"_s, &jonas);
        const auto colleague = access.redeem(jonasCode, u"Kollege"_s)->identity;
        SyncRequest mine;
        mine.clientId = u"colleague"_s;
        mine.mutations = { { 1, u"note"_s, u"insert"_s, u"note-of-jonas"_s,
                               { { u"eventId"_s, u"event-1"_s }, { u"text"_s, u"Privat"_s } } },
            { 2, u"log_entry"_s, u"insert"_s, u"entry-of-jonas"_s,
                { { u"projectId"_s, Ids::projectIdFor(town) }, { u"entryDate"_s, u"2026-11-20"_s },
                    { u"text"_s, u"Von Jonas"_s } } } };
        store.sync(colleague, mine);
        noteKey = jonas + u"/note-of-jonas"_s;
        contact = store.rowOf(u"contact"_s, jonas)->fields;
    }

    /// Whether every rule the request could have broken still holds.
    bool rulesHold() const
    {
        const auto note = store.rowOf(u"note"_s, noteKey);
        if (!note || note->deleted || note->fields.value("text"_L1).toString() != u"Privat"_s)
            return false;
        const auto colleague = store.rowOf(u"contact"_s, jonas);
        if (!colleague || colleague->fields != contact)
            return false;
        if (!store.rowsOf(u"erasure"_s).isEmpty())
            return false;
        // An entry's writer is who asked, or (sent again after a restore) a colleague of the
        // same municipality; never anyone else.
        for (const auto &entry : store.rowsOf(u"log_entry"_s)) {
            const QString author = entry.fields.value("authorContactId"_L1).toString();
            if (!entry.deleted && author != erika && author != jonas)
                return false;
        }
        for (const auto &date : store.rowsOf(u"event_draft"_s)) {
            const QString link = date.fields.value("videoUrl"_L1).toString();
            if (!link.isEmpty() && !link.startsWith(u"https://"_s))
                return false;
        }
        return true;
    }
    ServerDatabase database;
    SyncStore store;
    AccessStore access;
    OperatorLog log { [](const QString &) {} };
    ApiShared shared;
    SyncApi api;
    QString token;
    QString erika;
    QString jonas;
    QString noteKey;
    QJsonObject contact;
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
    if (!server.rulesHold())
        std::abort();
    return 0;
}
