// SPDX-License-Identifier: GPL-3.0-or-later
#include "syncrequestreader.h"

#include "jsondomreader.h"
#include "records.h"

#include <QJsonArray>
#include <QSet>

#include <simdjson.h>

#include <algorithm>
#include <array>
#include <cmath>
#include <optional>
#include <span>
#include <string_view>

using namespace Qt::StringLiterals;
namespace dom = simdjson::dom;

namespace {
/// Requests up to this size are parsed by a parser each worker keeps (a sync with nothing to
/// send is about 250 bytes); a larger one by a parser of its own, so that no worker keeps the
/// memory of a 1 MiB request after it.
constexpr std::size_t keptParserCapacity = std::size_t(64) * 1024;
constexpr qsizetype maxKeyLength = 64;
constexpr qsizetype maxTextLength = 10000;

/// The request's own parts, read with the checks every JSON reader of the protocol shares.
class Reader : public JsonDomReader
{
public:
    /// "fields" or "base" of a mutation: at most SyncRequest::maxFields, each once.
    bool fieldValues(
        dom::object mutation, std::string_view key, const QString &where, QJsonObject *values)
    {
        const auto found = mutation.at_key(key);
        if (found.error())
            return true;
        dom::object object;
        if (found.get_object().get(object))
            return fail(u"%1: \"%2\" must be an object"_s.arg(where, fromUtf8(key)));
        if (object.size() > std::size_t(SyncRequest::maxFields))
            return fail(
                u"%1: more than %2 %3"_s.arg(where).arg(SyncRequest::maxFields).arg(fromUtf8(key)));
        const QString what = key == "fields" ? u"field"_s : u"base value"_s;
        for (const dom::key_value_pair field : object) {
            const QString name = fromUtf8(field.key);
            QJsonValue value;
            if (name.size() > maxKeyLength || !fieldValue(field.value, &value))
                return fail(
                    u"%1: %2 \"%3\" must be a text, number, boolean, list of texts or null"_s.arg(
                        where, what, name.left(40)));
            if (value.isString() && value.toString().size() > maxTextLength)
                return fail(u"%1: %2 \"%3\" is too long"_s.arg(where, what, name.left(40)));
            if (values->contains(name))
                return fail(u"%1: %2 \"%3\" appears twice"_s.arg(where, what, name.left(40)));
            values->insert(name, value);
        }
        return true;
    }

    bool mutation(dom::element element, const QString &where, Mutation *mutation)
    {
        dom::object object;
        if (element.get_object().get(object))
            return fail(where + u": must be an object"_s);
        static constexpr std::array<std::string_view, 6> mutationFields { "seq", "entity", "op",
            "id", "fields", "base" };
        if (!onlyKnownFields(object, mutationFields, where))
            return false;
        mutation->seq = integer(object, "seq", where, true, 1, qint64(1) << 52);
        mutation->entity = text(object, "entity", where, true, 32);
        mutation->operation = text(object, "op", where, true, 16);
        mutation->id = id(object, "id", where, true);
        if (!ok())
            return false;
        if (!Records::find(mutation->entity))
            return fail(u"%1: unknown entity \"%2\""_s.arg(where, mutation->entity));
        static const QSet<QString> operations = { Records::Operation::insert,
            Records::Operation::update, Records::Operation::remove };
        if (!operations.contains(mutation->operation))
            return fail(u"%1: unknown op \"%2\""_s.arg(where, mutation->operation));
        return fieldValues(object, "fields", where, &mutation->fields)
            && fieldValues(object, "base", where, &mutation->base);
    }

    void mutations(dom::object root, SyncRequest *request)
    {
        const auto found = root.at_key("mutations");
        if (found.error())
            return;
        dom::array list;
        if (found.get_array().get(list)) {
            fail(u"request: \"mutations\" must be a list"_s);
            return;
        }
        if (list.size() > std::size_t(SyncRequest::maxMutations)) {
            fail(u"request: more than %1 mutations"_s.arg(SyncRequest::maxMutations));
            return;
        }
        int i = 0;
        for (const dom::element item : list) {
            Mutation next;
            const QString where = u"mutations[%1]"_s.arg(i);
            if (!mutation(item, where, &next))
                return;
            if (!request->mutations.isEmpty() && next.seq <= request->mutations.last().seq) {
                fail(where + u": \"seq\" must grow"_s);
                return;
            }
            request->mutations.append(next);
            ++i;
        }
    }

    void cursors(dom::object root, SyncRequest *request)
    {
        const auto found = root.at_key("cursors");
        if (found.error())
            return;
        dom::object object;
        if (found.get_object().get(object)) {
            fail(u"request: \"cursors\" must be an object"_s);
            return;
        }
        const auto scopes = scopeNames();
        if (!onlyKnownFields(object, scopes, u"cursors"_s))
            return;
        // Each a known scope, once (checked above): read in one pass, not looked up by name.
        for (const dom::key_value_pair cursor : object) {
            const auto i = std::find(scopes.begin(), scopes.end(), cursor.key) - scopes.begin();
            request->cursors.insert(SyncRequest::scopes().at(qsizetype(i)),
                wholeNumber(cursor.value, cursor.key, u"cursors"_s, 0, qint64(1) << 52, 0));
            if (!ok())
                return;
        }
    }
};

ParsedSyncRequest refused(const QString &error, const QString &message)
{
    ParsedSyncRequest result;
    result.error = error;
    result.message = message;
    return result;
}
}

ParsedSyncRequest SyncRequestReader::read(const QByteArray &body)
{
    if (body.size() > SyncRequest::maxBodySize)
        return refused(u"too_large"_s, u"The request is larger than 1 MiB."_s);
    thread_local dom::parser kept(keptParserCapacity);
    std::optional<dom::parser> own;
    dom::parser *parser = &kept;
    if (std::size_t(body.size()) > keptParserCapacity)
        parser = &own.emplace(SyncRequest::maxBodySize);
    dom::element document;
    if (const auto error
        = parser->parse(body.constData(), std::size_t(body.size())).get(document)) {
        return refused(u"malformed"_s,
            u"The request is not valid JSON (%1)."_s.arg(
                QString::fromLatin1(simdjson::error_message(error))));
    }
    dom::object root;
    if (document.get_object().get(root))
        return refused(u"malformed"_s, u"The request must be a JSON object."_s);
    if (!JsonDomReader::isWhole(root.at_key("protocol"), SyncRequest::protocolVersion))
        return refused(u"unsupported_protocol"_s,
            u"This server speaks protocol %1; please update the app."_s.arg(
                SyncRequest::protocolVersion));

    Reader reader;
    ParsedSyncRequest result;
    SyncRequest &request = result.request;
    const QString where = u"request"_s;
    static constexpr std::array<std::string_view, 6> requestFields { "protocol", "clientId",
        "storeId", "mutations", "cursors", "limit" };
    reader.onlyKnownFields(root, requestFields, where);
    request.clientId = reader.id(root, "clientId", where, true);
    request.storeId = reader.id(root, "storeId", where, false);
    request.limit = int(reader.integer(
        root, "limit", where, false, 1, SyncRequest::maxLimit, SyncRequest::defaultLimit));
    if (reader.ok())
        reader.mutations(root, &request);
    if (reader.ok())
        reader.cursors(root, &request);
    if (!reader.ok())
        return refused(u"malformed"_s, reader.error);
    result.ok = true;
    return result;
}
