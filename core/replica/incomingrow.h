// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "rowfields.h"
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QString>
#include <QVariant>

/// A row as the server sends it, read field by field into the values the replica's columns
/// take; used by the repositories that apply incoming rows to their tables.
namespace IncomingRow {
/// A text field, empty (not NULL) when missing.
inline QString text(const RowFields &fields, QLatin1StringView key)
{
    return fields.value(key).toString(QStringLiteral(""));
}

/// A time sent as ISO 8601, as milliseconds since the epoch (how the replica keeps times).
inline qint64 instant(const RowFields &fields, QLatin1StringView key)
{
    return QDateTime::fromString(fields.value(key).toString(), Qt::ISODate).toMSecsSinceEpoch();
}

/// A list of texts, as the JSON text the replica keeps.
inline QString list(const RowFields &fields, QLatin1StringView key)
{
    return QString::fromUtf8(
        QJsonDocument(fields.value(key).toArray()).toJson(QJsonDocument::Compact));
}

/// NULL for an empty text (columns that refer to another row).
inline QVariant nullable(const QString &value)
{
    return value.isEmpty() ? QVariant() : QVariant(value);
}
}

/// What a row from the server changed that the person has not seen: news for "Neu".
struct RowNews
{
    QString entity;
    QString rowId;
    QString projectId;
    QString kind; ///< new, status, changed, removed; empty: no news
    QString summary;
};
