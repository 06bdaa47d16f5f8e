// SPDX-License-Identifier: GPL-3.0-or-later
#include "jsonreader.h"

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

bool JsonReader::fail(const QString &message)
{
    if (error.isEmpty())
        error = message;
    return false;
}

bool JsonReader::onlyKnownFields(
    const QJsonObject &object, const QSet<QString> &known, const QString &where)
{
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (!known.contains(it.key()))
            return fail(u"%1: unknown field \"%2\""_s.arg(where, it.key().left(40)));
    }
    return true;
}

QString JsonReader::text(const QJsonObject &object, const QString &key, const QString &where,
    bool required, qsizetype maxLength)
{
    const auto value = object.value(key);
    if (value.isUndefined()) {
        if (required)
            fail(u"%1: \"%2\" is missing"_s.arg(where, key));
        return {};
    }
    if (!value.isString()) {
        fail(u"%1: \"%2\" must be a string"_s.arg(where, key));
        return {};
    }
    QString text = value.toString();
    if (text.size() > maxLength) {
        fail(u"%1: \"%2\" is longer than %3 characters"_s.arg(where, key).arg(maxLength));
        return {};
    }
    return text;
}

qint64 JsonReader::integer(const QJsonObject &object, const QString &key, const QString &where,
    bool required, qint64 min, qint64 max, qint64 fallback)
{
    const auto value = object.value(key);
    if (value.isUndefined()) {
        if (required)
            fail(u"%1: \"%2\" is missing"_s.arg(where, key));
        return fallback;
    }
    const double number = value.toDouble(std::nan(""));
    // Range first: converting an enormous double to an integer is undefined.
    if (!value.isDouble() || !(number >= double(min) && number <= double(max))
        || number != std::floor(number)) {
        fail(
            u"%1: \"%2\" must be a whole number from %3 to %4"_s.arg(where, key).arg(min).arg(max));
        return fallback;
    }
    return qint64(number);
}

QString JsonReader::id(
    const QJsonObject &object, const QString &key, const QString &where, bool required)
{
    const QString value = text(object, key, where, required, 64);
    if (!hasIdCharacters(value))
        fail(u"%1: \"%2\" is not an id"_s.arg(where, key));
    if (required && value.isEmpty() && ok())
        fail(u"%1: \"%2\" is empty"_s.arg(where, key));
    return value;
}

bool JsonReader::hasIdCharacters(QStringView text)
{
    return std::all_of(text.cbegin(), text.cend(), [](QChar c) {
        return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || (c >= u'0' && c <= u'9')
            || c == u'-' || c == u'_';
    });
}
