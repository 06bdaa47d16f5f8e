// SPDX-License-Identifier: GPL-3.0-or-later
#include "syncresponse.h"

#include "jsondomreader.h"
#include "jsonwriter.h"
#include "rowfieldsanswer.h"
#include "syncrequest.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <cstdint>
#include <optional>

using namespace Qt::StringLiterals;

namespace dom = simdjson::dom;

namespace {
constexpr qint64 maxVersion = qint64(1) << 52;

/// Qt's toBool(): true only for true.
bool isTrue(simdjson::simdjson_result<dom::element> value)
{
    bool flag = false;
    return !value.get_bool().get(flag) && flag;
}

/// The list at @p value, if it is one (Qt's toArray() made anything else an empty list).
std::optional<dom::array> listAt(simdjson::simdjson_result<dom::element> value)
{
    dom::array list;
    if (value.get_array().get(list))
        return std::nullopt;
    return list;
}

/// The results of the mutations the request sent.
void readResults(dom::array list, JsonDomReader *reader, QList<MutationResult> *results)
{
    qsizetype i = 0;
    for (const dom::element item : list) {
        if (!reader->ok())
            return;
        const QString where = u"results[%1]"_s.arg(i++);
        dom::object object;
        if (item.get_object().get(object)) {
            reader->fail(where + u": \"seq\" is missing"_s);
            return;
        }
        MutationResult result;
        result.seq = reader->integer(object, "seq", where, true, 1, maxVersion);
        result.status = reader->text(object, "status", where, true, 16);
        result.reason = reader->text(object, "reason", where, false, 32);
        result.message = reader->text(object, "message", where, false, 2000);
        if (reader->ok() && result.status != "applied"_L1 && result.status != "rejected"_L1)
            reader->fail(where + u": unknown status"_s);
        results->append(result);
    }
}

/// The changes of @p list, their fields left in @p answer.
void readChanges(dom::array list, const std::shared_ptr<RowFields::Answer> &answer,
    JsonDomReader *reader, QList<Change> *changes)
{
    changes->reserve(qsizetype(list.size()));
    // A change's place in the list goes into a message only when there is one: a page has
    // thousands of changes, each read with this placeholder, replaced when one is wrong.
    const QString somewhere = u"changes[]"_s;
    qsizetype i = 0;
    for (const dom::element item : list) {
        Change change;
        dom::object object;
        if (item.get_object().get(object)) {
            reader->fail(somewhere + u": \"scope\" is missing"_s);
        } else {
            change.scope = reader->text(object, "scope", somewhere, true, 32);
            change.version = reader->integer(object, "version", somewhere, true, 1, maxVersion);
            change.entity = reader->text(object, "entity", somewhere, true, 32);
            change.id = reader->id(object, "id", somewhere, true);
            change.deleted = isTrue(object["deleted"]);
            dom::object fields;
            if (!object["fields"].get_object().get(fields)) {
                answer->fields.push_back(fields);
                change.fields = RowFields(answer, qsizetype(answer->fields.size()) - 1);
            }
            if (reader->ok() && !SyncRequest::scopes().contains(change.scope))
                reader->fail(somewhere + u": unknown scope"_s);
        }
        if (!reader->ok()) {
            reader->error.replace(0, somewhere.size(), u"changes[%1]"_s.arg(i));
            return;
        }
        changes->append(std::move(change));
        ++i;
    }
}
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
                json.raw(QJsonDocument(change.fields.toObject()).toJson(QJsonDocument::Compact));
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
    // Read by simdjson, the rows' fields left where they are in the answer (RowFields): a
    // first sync's pages of thousands of rows are read in a tenth of the time Qt's JSON reader
    // took, while the device stores the page before (docs/benchmarks.md).
    ParsedSyncResponse result;
    auto answer = std::make_shared<RowFields::Answer>();
    dom::element document;
    dom::object root;
    {
        dom::parser parser;
        if (parser
                .parse_into_document(answer->document,
                    reinterpret_cast<const std::uint8_t *>(body.constData()),
                    std::size_t(body.size()))
                .get(document)
            || document.get_object().get(root)) {
            result.message = u"The server's answer is not a JSON object."_s;
            return result;
        }
    }
    JsonDomReader reader;
    const QString answerPath = u"answer"_s;
    if (!JsonDomReader::isWhole(root["protocol"], SyncRequest::protocolVersion))
        reader.fail(u"answer: unknown protocol"_s);
    SyncResponse &response = result.response;
    response.storeId = reader.id(root, "storeId", answerPath, true);
    response.storeVersion = reader.integer(root, "storeVersion", answerPath, true, 0, maxVersion);
    response.more = isTrue(root["more"]);

    if (const auto results = listAt(root["results"]))
        readResults(*results, &reader, &response.results);
    if (const auto changes = listAt(root["changes"]); changes && reader.ok())
        readChanges(*changes, answer, &reader, &response.changes);
    const auto readVersions = [&](const char *key, QHash<QString, qint64> *versions) {
        dom::object object;
        if (root[key].get_object().get(object))
            return;
        const auto names = JsonDomReader::scopeNames();
        for (qsizetype i = 0; i < SyncRequest::scopes().size(); ++i) {
            const std::string_view name = names[std::size_t(i)];
            if (reader.ok() && !object.at_key(name).error())
                versions->insert(SyncRequest::scopes().at(i),
                    reader.integer(object, name, QString::fromLatin1(key), true, 0, maxVersion));
        }
    };
    readVersions("cursors", &response.cursors);
    readVersions("horizons", &response.horizons);

    if (!reader.ok()) {
        result.message = reader.error;
        return result;
    }
    result.ok = true;
    return result;
}
