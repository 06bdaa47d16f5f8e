// SPDX-License-Identifier: GPL-3.0-or-later
#include "syncrequestreader.h"

#include "jsonreader.h"
#include "records.h"

#include <QJsonArray>
#include <QSet>

#include <simdjson.h>

#include <algorithm>
#include <array>
#include <cmath>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

using namespace Qt::StringLiterals;
namespace dom = simdjson::dom;

namespace {
/// Requests up to this size are parsed by a parser each worker keeps (a sync with nothing to
/// send is about 250 bytes); a larger one by a parser of its own, so that no worker keeps the
/// memory of a 1 MiB request after it.
constexpr std::size_t keptParserCapacity = std::size_t(64) * 1024;
constexpr std::size_t maxListItems = 50;
constexpr qsizetype maxKeyLength = 64;
constexpr qsizetype maxTextLength = 10000;

QString fromUtf8(std::string_view text)
{
    return QString::fromUtf8(text.data(), qsizetype(text.size()));
}

/// Keeps the first problem found, named by where it is.
class Reader
{
public:
    QString error;

    bool ok() const { return error.isEmpty(); }
    bool fail(const QString &message)
    {
        if (error.isEmpty())
            error = message;
        return false;
    }

    /// Refuses a field not in @p known and a field that appears twice.
    bool onlyKnownFields(
        dom::object object, std::span<const std::string_view> known, const QString &where)
    {
        quint64 seen = 0;
        for (const dom::key_value_pair field : object) {
            const auto found = std::find(known.begin(), known.end(), field.key);
            if (found == known.end())
                return fail(u"%1: unknown field \"%2\""_s.arg(where, fromUtf8(field.key).left(40)));
            const quint64 bit = quint64(1) << (found - known.begin());
            if (seen & bit)
                return fail(u"%1: \"%2\" appears twice"_s.arg(where, fromUtf8(field.key)));
            seen |= bit;
        }
        return true;
    }

    QString text(dom::object object, std::string_view key, const QString &where, bool required,
        qsizetype maxLength)
    {
        const auto value = object.at_key(key);
        if (value.error()) {
            if (required)
                fail(u"%1: \"%2\" is missing"_s.arg(where, fromUtf8(key)));
            return {};
        }
        std::string_view string;
        if (value.get_string().get(string)) {
            fail(u"%1: \"%2\" must be a string"_s.arg(where, fromUtf8(key)));
            return {};
        }
        QString result = fromUtf8(string);
        if (result.size() > maxLength) {
            fail(u"%1: \"%2\" is longer than %3 characters"_s.arg(where, fromUtf8(key))
                     .arg(maxLength));
            return {};
        }
        return result;
    }

    /// A whole number in [min, max]; @p fallback when absent and not required.
    qint64 integer(dom::object object, std::string_view key, const QString &where, bool required,
        qint64 min, qint64 max, qint64 fallback = 0)
    {
        const auto value = object.at_key(key);
        if (value.error()) {
            if (required)
                fail(u"%1: \"%2\" is missing"_s.arg(where, fromUtf8(key)));
            return fallback;
        }
        return wholeNumber(value.value_unsafe(), key, where, min, max, fallback);
    }

    qint64 wholeNumber(dom::element value, std::string_view key, const QString &where, qint64 min,
        qint64 max, qint64 fallback)
    {
        int64_t whole = 0;
        double number = 0;
        if (!value.get_int64().get(whole)) {
            if (whole >= min && whole <= max)
                return whole;
        } else if (!value.get_double().get(number)) {
            // Range first: converting an enormous double to an integer is undefined.
            if (number >= double(min) && number <= double(max) && number == std::floor(number))
                return qint64(number);
        }
        fail(u"%1: \"%2\" must be a whole number from %3 to %4"_s.arg(where, fromUtf8(key))
                 .arg(min)
                 .arg(max));
        return fallback;
    }

    /// An id as devices make them: 1–64 letters, digits, '-' or '_'.
    QString id(dom::object object, std::string_view key, const QString &where, bool required)
    {
        const QString value = text(object, key, where, required, 64);
        if (!JsonReader::hasIdCharacters(value))
            fail(u"%1: \"%2\" is not an id"_s.arg(where, fromUtf8(key)));
        if (required && value.isEmpty() && ok())
            fail(u"%1: \"%2\" is empty"_s.arg(where, fromUtf8(key)));
        return value;
    }

    /// A field's value: a text, number, boolean, list of texts or null; nothing nested deeper.
    bool fieldValue(dom::element element, QJsonValue *value)
    {
        switch (element.type()) {
        case dom::element_type::STRING:
            *value = fromUtf8(element.get_string().value_unsafe());
            return true;
        case dom::element_type::INT64:
            *value = qint64(element.get_int64().value_unsafe());
            return true;
        case dom::element_type::UINT64:
        case dom::element_type::DOUBLE:
            *value = element.get_double().value_unsafe();
            return true;
        case dom::element_type::BOOL:
            *value = element.get_bool().value_unsafe();
            return true;
        case dom::element_type::NULL_VALUE:
            *value = QJsonValue::Null;
            return true;
        case dom::element_type::ARRAY: {
            const dom::array items = element.get_array().value_unsafe();
            if (items.size() > maxListItems)
                return false;
            QJsonArray texts;
            for (const dom::element item : items) {
                std::string_view text;
                if (item.get_string().get(text))
                    return false;
                texts.append(fromUtf8(text));
            }
            *value = texts;
            return true;
        }
        case dom::element_type::OBJECT:
            break;
        }
        return false;
    }

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
        // The scopes' names as the request spells them, made once.
        static const std::vector<std::string> names = [] {
            std::vector<std::string> utf8;
            for (const QString &scope : SyncRequest::scopes())
                utf8.push_back(scope.toStdString());
            return utf8;
        }();
        static const std::vector<std::string_view> scopes(names.cbegin(), names.cend());
        if (!onlyKnownFields(object, scopes, u"cursors"_s))
            return;
        // Each a known scope, once (checked above): read in one pass, not looked up by name.
        for (const dom::key_value_pair cursor : object) {
            const auto i = std::find(scopes.cbegin(), scopes.cend(), cursor.key) - scopes.cbegin();
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

bool isProtocolVersion(dom::element value)
{
    int64_t whole = 0;
    double number = 0;
    if (!value.get_int64().get(whole))
        return whole == SyncRequest::protocolVersion;
    return !value.get_double().get(number) && number == SyncRequest::protocolVersion;
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
    const auto protocol = root.at_key("protocol");
    if (protocol.error() || !isProtocolVersion(protocol.value_unsafe()))
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
