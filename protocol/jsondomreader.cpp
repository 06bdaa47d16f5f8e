// SPDX-License-Identifier: GPL-3.0-or-later
#include "jsondomreader.h"

#include "jsonreader.h"
#include "syncrequest.h"

#include <QJsonArray>

#include <algorithm>
#include <cmath>
#include <string>
#include <vector>

using namespace Qt::StringLiterals;
namespace dom = simdjson::dom;

bool JsonDomReader::fail(const QString &message)
{
    if (error.isEmpty())
        error = message;
    return false;
}

bool JsonDomReader::onlyKnownFields(
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

QString JsonDomReader::text(dom::object object, std::string_view key, const QString &where,
    bool required, qsizetype maxLength)
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
        fail(u"%1: \"%2\" is longer than %3 characters"_s.arg(where, fromUtf8(key)).arg(maxLength));
        return {};
    }
    return result;
}

qint64 JsonDomReader::integer(dom::object object, std::string_view key, const QString &where,
    bool required, qint64 min, qint64 max, qint64 fallback)
{
    const auto value = object.at_key(key);
    if (value.error()) {
        if (required)
            fail(u"%1: \"%2\" is missing"_s.arg(where, fromUtf8(key)));
        return fallback;
    }
    return wholeNumber(value.value_unsafe(), key, where, min, max, fallback);
}

qint64 JsonDomReader::wholeNumber(dom::element value, std::string_view key, const QString &where,
    qint64 min, qint64 max, qint64 fallback)
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

QString JsonDomReader::id(
    dom::object object, std::string_view key, const QString &where, bool required)
{
    const QString value = text(object, key, where, required, 64);
    if (!JsonReader::hasIdCharacters(value))
        fail(u"%1: \"%2\" is not an id"_s.arg(where, fromUtf8(key)));
    if (required && value.isEmpty() && ok())
        fail(u"%1: \"%2\" is empty"_s.arg(where, fromUtf8(key)));
    return value;
}

bool JsonDomReader::fieldValue(dom::element element, QJsonValue *value)
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

bool JsonDomReader::isWhole(simdjson::simdjson_result<dom::element> value, qint64 expected)
{
    int64_t whole = 0;
    double number = 0;
    if (!value.get_int64().get(whole))
        return whole == expected;
    return !value.get_double().get(number) && number == double(expected);
}

std::span<const std::string_view> JsonDomReader::scopeNames()
{
    static const std::vector<std::string> names = [] {
        std::vector<std::string> utf8;
        for (const QString &scope : SyncRequest::scopes())
            utf8.push_back(scope.toStdString());
        return utf8;
    }();
    static const std::vector<std::string_view> views(names.cbegin(), names.cend());
    return views;
}
