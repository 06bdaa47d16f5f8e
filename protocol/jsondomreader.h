// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonValue>
#include <QString>

#include <simdjson.h>

#include <span>
#include <string_view>

/// Reads fields of a JSON object as simdjson read it, strictly, and keeps the first problem,
/// named by its path: what the server needs of a sync request (SyncRequestReader) and the app
/// of the server's answer (SyncResponse::parse). The same checks and words as JsonReader,
/// which reads Qt's JSON objects for everything else.
class JsonDomReader
{
public:
    /// Lists of texts as a field's value hold at most this many.
    static constexpr std::size_t maxListItems = 50;

    QString error;

    bool ok() const { return error.isEmpty(); }
    bool fail(const QString &message);

    /// Refuses a field not in @p known and a field that appears twice (at most 64 known).
    bool onlyKnownFields(simdjson::dom::object object, std::span<const std::string_view> known,
        const QString &where);
    QString text(simdjson::dom::object object, std::string_view key, const QString &where,
        bool required, qsizetype maxLength);
    /// A whole number in [min, max]; @p fallback when absent and not required.
    qint64 integer(simdjson::dom::object object, std::string_view key, const QString &where,
        bool required, qint64 min, qint64 max, qint64 fallback = 0);
    /// @p value as a whole number in [min, max], named @p key in a message; else @p fallback.
    qint64 wholeNumber(simdjson::dom::element value, std::string_view key, const QString &where,
        qint64 min, qint64 max, qint64 fallback);
    /// An id as devices make them: 1–64 letters, digits, '-' or '_'.
    QString id(
        simdjson::dom::object object, std::string_view key, const QString &where, bool required);

    /// A row's field value: a text, number, boolean, list of texts (at most maxListItems) or
    /// null; nothing nested deeper. False for anything else.
    static bool fieldValue(simdjson::dom::element element, QJsonValue *value);

    /// Whether @p value is the number @p expected (written as a whole number, or with nothing
    /// after the point).
    static bool isWhole(simdjson::simdjson_result<simdjson::dom::element> value, qint64 expected);

    /// The sync scopes as the messages spell them, in the order of SyncRequest::scopes().
    static std::span<const std::string_view> scopeNames();

    static QString fromUtf8(std::string_view text)
    {
        return QString::fromUtf8(text.data(), qsizetype(text.size()));
    }
};
