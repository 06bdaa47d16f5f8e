// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QHash>
#include <QStringView>

/// Writes compact JSON straight into a buffer, for the server's largest and most frequent
/// answers (a page of 5,000 changes; a sync with nothing new), where building a QJsonObject
/// for each part and writing it again cost more than the rest of the answer.
class JsonWriter
{
public:
    explicit JsonWriter(qsizetype reserve = 256) { m_out.reserve(reserve); }

    /// A string, escaped as RFC 8259 asks: quotation mark, backslash and control characters.
    JsonWriter &string(QStringView text);
    JsonWriter &number(qint64 value);
    JsonWriter &boolean(bool value);
    /// Text that is JSON already (a value the store keeps as compact JSON).
    JsonWriter &raw(QByteArrayView json);
    /// The key of an object's member with its colon; a comma before all but the first.
    JsonWriter &key(QStringView name);
    JsonWriter &beginObject() { return open('{'); }
    JsonWriter &endObject() { return close('}'); }
    JsonWriter &beginArray() { return open('['); }
    JsonWriter &endArray() { return close(']'); }
    /// An object of numbers by name, in the order of the names.
    JsonWriter &numbers(const QHash<QString, qint64> &byName);

    QByteArray take() { return std::move(m_out); }

private:
    /// A comma if a value came before in this object or array.
    void separate();
    JsonWriter &open(char bracket);
    JsonWriter &close(char bracket);

    QByteArray m_out;
    bool m_first = true;
};
