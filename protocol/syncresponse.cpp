// SPDX-License-Identifier: GPL-3.0-or-later
#include "syncresponse.h"

#include "jsonreader.h"
#include "syncrequest.h"

#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace {
constexpr qint64 maxVersion = qint64(1) << 52;
}

QByteArray SyncResponse::toJson() const
{
    QJsonArray resultList;
    for (const auto &result : results) {
        QJsonObject object { { u"seq"_s, result.seq }, { u"status"_s, result.status } };
        if (!result.reason.isEmpty())
            object.insert(u"reason"_s, result.reason);
        if (!result.message.isEmpty())
            object.insert(u"message"_s, result.message);
        resultList.append(object);
    }
    // The changes are written one by one, so that fields the store kept as JSON text go out
    // as they are; "changes" sorts first among the answer's keys.
    QByteArray changeList = "{\"changes\":[";
    for (const auto &change : changes) {
        if (&change != &changes.front())
            changeList += ',';
        QJsonObject object { { u"scope"_s, change.scope }, { u"version"_s, change.version },
            { u"entity"_s, change.entity }, { u"id"_s, change.id } };
        if (change.deleted)
            object.insert(u"deleted"_s, true);
        else if (change.storedFields.isEmpty())
            object.insert(u"fields"_s, change.fields);
        QByteArray text = QJsonDocument(object).toJson(QJsonDocument::Compact);
        if (!change.deleted && !change.storedFields.isEmpty())
            text.insert(text.size() - 1, ",\"fields\":" + change.storedFields);
        changeList += text;
    }
    changeList += ']';
    const auto byScope = [](const QHash<QString, qint64> &versions) {
        QJsonObject object;
        for (auto it = versions.cbegin(); it != versions.cend(); ++it)
            object.insert(it.key(), it.value());
        return object;
    };
    QJsonObject root {
        { u"protocol"_s, SyncRequest::protocolVersion },
        { u"storeId"_s, storeId },
        { u"storeVersion"_s, storeVersion },
        { u"results"_s, resultList },
        { u"cursors"_s, byScope(cursors) },
        { u"more"_s, more },
    };
    if (!horizons.isEmpty())
        root.insert(u"horizons"_s, byScope(horizons));
    const QByteArray rest = QJsonDocument(root).toJson(QJsonDocument::Compact);
    return changeList + ',' + rest.sliced(1); // rest without its opening brace
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
