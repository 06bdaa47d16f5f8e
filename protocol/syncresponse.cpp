// SPDX-License-Identifier: GPL-3.0-or-later
#include "syncresponse.h"

#include "jsonreader.h"
#include "jsonwriter.h"
#include "syncrequest.h"

#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace {
constexpr qint64 maxVersion = qint64(1) << 52;
}

QByteArray SyncResponse::toJson() const
{
    // Written straight, not built as a QJsonObject: a page has thousands of changes, and
    // fields the store kept as JSON text go out as they are. Keys in alphabetical order.
    qsizetype size = 256;
    for (const auto &change : changes)
        size += 96 + change.storedFields.size();
    JsonWriter json(size);
    json.beginObject().key(u"changes").beginArray();
    for (const auto &change : changes) {
        json.beginObject();
        if (change.deleted)
            json.key(u"deleted").boolean(true);
        json.key(u"entity").string(change.entity);
        if (!change.deleted) {
            json.key(u"fields");
            if (change.storedFields.isEmpty())
                json.raw(QJsonDocument(change.fields).toJson(QJsonDocument::Compact));
            else
                json.raw(change.storedFields);
        }
        json.key(u"id").string(change.id);
        json.key(u"scope").string(change.scope);
        json.key(u"version").number(change.version).endObject();
    }
    json.endArray().key(u"cursors").numbers(cursors);
    if (!horizons.isEmpty())
        json.key(u"horizons").numbers(horizons);
    json.key(u"more").boolean(more);
    json.key(u"protocol").number(SyncRequest::protocolVersion);
    json.key(u"results").beginArray();
    for (const auto &result : results) {
        json.beginObject();
        if (!result.message.isEmpty())
            json.key(u"message").string(result.message);
        if (!result.reason.isEmpty())
            json.key(u"reason").string(result.reason);
        json.key(u"seq").number(result.seq).key(u"status").string(result.status).endObject();
    }
    json.endArray().key(u"storeId").string(storeId);
    json.key(u"storeVersion").number(storeVersion).endObject();
    return json.take();
}

ParsedSyncResponse SyncResponse::parse(const QByteArray &body)
{
    ParsedSyncResponse result;
    QJsonParseError parseError;
    const auto document = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
        result.message = u"The server's answer is not a JSON object."_s;
        return result;
    }
    const auto root = document.object();
    JsonReader reader;
    if (root.value("protocol"_L1).toInt() != SyncRequest::protocolVersion)
        reader.fail(u"answer: unknown protocol"_s);
    SyncResponse &response = result.response;
    response.storeId = reader.id(root, u"storeId"_s, u"answer"_s, true);
    response.storeVersion
        = reader.integer(root, u"storeVersion"_s, u"answer"_s, true, 0, maxVersion);
    response.more = root.value("more"_L1).toBool();

    const auto results = root.value("results"_L1).toArray();
    for (qsizetype i = 0; i < results.size() && reader.ok(); ++i) {
        const QString where = u"results[%1]"_s.arg(i);
        const auto object = results.at(i).toObject();
        MutationResult item;
        item.seq = reader.integer(object, u"seq"_s, where, true, 1, maxVersion);
        item.status = reader.text(object, u"status"_s, where, true, 16);
        item.reason = reader.text(object, u"reason"_s, where, false, 32);
        item.message = reader.text(object, u"message"_s, where, false, 2000);
        if (reader.ok() && item.status != "applied"_L1 && item.status != "rejected"_L1)
            reader.fail(where + u": unknown status"_s);
        response.results.append(item);
    }
    const auto changes = root.value("changes"_L1).toArray();
    for (qsizetype i = 0; i < changes.size() && reader.ok(); ++i) {
        const QString where = u"changes[%1]"_s.arg(i);
        const auto object = changes.at(i).toObject();
        Change change;
        change.scope = reader.text(object, u"scope"_s, where, true, 32);
        change.version = reader.integer(object, u"version"_s, where, true, 1, maxVersion);
        change.entity = reader.text(object, u"entity"_s, where, true, 32);
        change.id = reader.id(object, u"id"_s, where, true);
        change.deleted = object.value("deleted"_L1).toBool();
        change.fields = object.value("fields"_L1).toObject();
        if (reader.ok() && !SyncRequest::scopes().contains(change.scope))
            reader.fail(where + u": unknown scope"_s);
        response.changes.append(change);
    }
    const auto readVersions = [&](const QString &key, QHash<QString, qint64> *versions) {
        const auto object = root.value(key).toObject();
        for (const auto &scope : SyncRequest::scopes()) {
            if (object.contains(scope) && reader.ok())
                versions->insert(scope, reader.integer(object, scope, key, true, 0, maxVersion));
        }
    };
    readVersions(u"cursors"_s, &response.cursors);
    readVersions(u"horizons"_s, &response.horizons);

    if (!reader.ok()) {
        result.message = reader.error;
        return result;
    }
    result.ok = true;
    return result;
}
