// SPDX-License-Identifier: GPL-3.0-or-later
#include "syncrequest.h"

#include "jsonreader.h"
#include "records.h"

#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace {
const QSet<QString> operations
    = { Records::Operation::insert, Records::Operation::update, Records::Operation::remove };

bool readFieldValues(JsonReader &reader, const QJsonObject &object, const QString &key,
    const QString &where, QJsonObject *values)
{
    const QString what = key == "fields"_L1 ? u"field"_s : u"base value"_s;
    const auto value = object.value(key);
    if (!value.isUndefined() && !value.isObject())
        return reader.fail(u"%1: \"%2\" must be an object"_s.arg(where, key));
    *values = value.toObject();
    if (values->size() > SyncRequest::maxFields)
        return reader.fail(
            u"%1: more than %2 %3"_s.arg(where).arg(SyncRequest::maxFields).arg(key));
    for (auto it = values->begin(); it != values->end(); ++it) {
        // A list only of texts (a date's topics); nothing nested deeper.
        const auto list = it.value().toArray();
        const bool textList = it.value().isArray() && list.size() <= 50
            && std::all_of(
                list.begin(), list.end(), [](const QJsonValue &item) { return item.isString(); });
        if (it.key().size() > 64 || it.value().isObject() || (it.value().isArray() && !textList))
            return reader.fail(
                u"%1: %2 \"%3\" must be a text, number, boolean, list of texts or null"_s.arg(
                    where, what, it.key().left(40)));
        if (it.value().isString() && it.value().toString().size() > 10000)
            return reader.fail(u"%1: %2 \"%3\" is too long"_s.arg(where, what, it.key().left(40)));
    }
    return true;
}

bool readMutation(
    JsonReader &reader, const QJsonValue &value, const QString &where, Mutation *mutation)
{
    if (!value.isObject())
        return reader.fail(where + u": must be an object"_s);
    const auto object = value.toObject();
    static const QSet<QString> mutationFields { u"seq"_s, u"entity"_s, u"op"_s, u"id"_s,
        u"fields"_s, u"base"_s };
    if (!reader.onlyKnownFields(object, mutationFields, where))
        return false;
    mutation->seq = reader.integer(object, u"seq"_s, where, true, 1, qint64(1) << 52);
    mutation->entity = reader.text(object, u"entity"_s, where, true, 32);
    mutation->operation = reader.text(object, u"op"_s, where, true, 16);
    mutation->id = reader.id(object, u"id"_s, where, true);
    if (!reader.ok())
        return false;
    if (!Records::find(mutation->entity))
        return reader.fail(u"%1: unknown entity \"%2\""_s.arg(where, mutation->entity));
    if (!operations.contains(mutation->operation))
        return reader.fail(u"%1: unknown op \"%2\""_s.arg(where, mutation->operation));
    return readFieldValues(reader, object, u"fields"_s, where, &mutation->fields)
        && readFieldValues(reader, object, u"base"_s, where, &mutation->base);
}
}

const QStringList &SyncRequest::scopes()
{
    static const QStringList all = { Records::Scope::programme, Records::Scope::contacts,
        Records::Scope::projects, Records::Scope::personal, Records::Scope::drafts };
    return all;
}

ParsedSyncRequest SyncRequest::parse(const QByteArray &body)
{
    ParsedSyncRequest result;
    auto refuse = [&result](const QString &error, const QString &message) {
        result.error = error;
        result.message = message;
        return result;
    };
    if (body.size() > maxBodySize)
        return refuse(u"too_large"_s, u"The request is larger than 1 MiB."_s);
    QJsonParseError parseError;
    const auto document = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return refuse(u"malformed"_s,
            u"The request is not valid JSON (at character %1)."_s.arg(parseError.offset));
    if (!document.isObject())
        return refuse(u"malformed"_s, u"The request must be a JSON object."_s);
    const auto root = document.object();
    const auto protocol = root.value("protocol"_L1);
    if (!protocol.isDouble() || protocol.toDouble() != protocolVersion)
        return refuse(u"unsupported_protocol"_s,
            u"This server speaks protocol %1; please update the app."_s.arg(protocolVersion));

    JsonReader reader;
    static const QSet<QString> requestFields { u"protocol"_s, u"clientId"_s, u"storeId"_s,
        u"mutations"_s, u"cursors"_s, u"limit"_s };
    reader.onlyKnownFields(root, requestFields, u"request"_s);
    SyncRequest &request = result.request;
    request.clientId = reader.id(root, u"clientId"_s, u"request"_s, true);
    request.storeId = reader.id(root, u"storeId"_s, u"request"_s, false);
    request.limit
        = int(reader.integer(root, u"limit"_s, u"request"_s, false, 1, maxLimit, defaultLimit));

    const auto mutations = root.value("mutations"_L1);
    if (reader.ok() && !mutations.isUndefined() && !mutations.isArray())
        reader.fail(u"request: \"mutations\" must be a list"_s);
    if (reader.ok() && mutations.toArray().size() > maxMutations)
        reader.fail(u"request: more than %1 mutations"_s.arg(maxMutations));
    const auto list = mutations.toArray();
    for (qsizetype i = 0; i < list.size() && reader.ok(); ++i) {
        Mutation mutation;
        if (!readMutation(reader, list.at(i), u"mutations[%1]"_s.arg(i), &mutation))
            break;
        if (!request.mutations.isEmpty() && mutation.seq <= request.mutations.last().seq)
            reader.fail(u"mutations[%1]: \"seq\" must grow"_s.arg(i));
        request.mutations.append(mutation);
    }

    const auto cursors = root.value("cursors"_L1);
    if (reader.ok() && !cursors.isUndefined() && !cursors.isObject())
        reader.fail(u"request: \"cursors\" must be an object"_s);
    const auto cursorObject = cursors.toObject();
    static const QSet<QString> scopeSet(scopes().cbegin(), scopes().cend());
    if (reader.ok())
        reader.onlyKnownFields(cursorObject, scopeSet, u"cursors"_s);
    for (const auto &scope : scopes()) {
        if (reader.ok() && cursorObject.contains(scope))
            request.cursors.insert(
                scope, reader.integer(cursorObject, scope, u"cursors"_s, true, 0, qint64(1) << 52));
    }

    if (!reader.ok())
        return refuse(u"malformed"_s, reader.error);
    result.ok = true;
    return result;
}

QByteArray SyncRequest::toJson() const
{
    QJsonArray list;
    for (const auto &mutation : mutations) {
        QJsonObject item { { u"seq"_s, mutation.seq }, { u"entity"_s, mutation.entity },
            { u"op"_s, mutation.operation }, { u"id"_s, mutation.id },
            { u"fields"_s, mutation.fields } };
        if (!mutation.base.isEmpty())
            item.insert(u"base"_s, mutation.base);
        list.append(item);
    }
    QJsonObject cursorObject;
    for (auto it = cursors.cbegin(); it != cursors.cend(); ++it)
        cursorObject.insert(it.key(), it.value());
    QJsonObject root { { u"protocol"_s, protocolVersion }, { u"clientId"_s, clientId },
        { u"mutations"_s, list }, { u"cursors"_s, cursorObject }, { u"limit"_s, limit } };
    if (!storeId.isEmpty())
        root.insert(u"storeId"_s, storeId);
    return QJsonDocument(root).toJson(QJsonDocument::Compact);
}
