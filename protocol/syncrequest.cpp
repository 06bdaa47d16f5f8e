// SPDX-License-Identifier: GPL-3.0-or-later
#include "syncrequest.h"

#include "records.h"

#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

const QStringList &SyncRequest::scopes()
{
    static const QStringList all = { Records::Scope::programme, Records::Scope::contacts,
        Records::Scope::projects, Records::Scope::personal, Records::Scope::drafts };
    return all;
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
