// SPDX-License-Identifier: GPL-3.0-or-later
#include "jsonwriter.h"

#include <QList>

#include <algorithm>
#include <array>
#include <charconv>

void JsonWriter::separate()
{
    if (!m_first)
        m_out += ',';
    m_first = false;
}

JsonWriter &JsonWriter::string(QStringView text)
{
    static constexpr char hex[] = "0123456789abcdef";
    m_out += '"';
    qsizetype plain = 0; // the start of the run of characters that need no escape
    bool ascii = true; // whether that run is ASCII alone (most keys, ids and names)
    const auto flush = [&](qsizetype end) {
        if (end <= plain)
            return;
        const QStringView run = text.sliced(plain, end - plain);
        if (!ascii) {
            m_out += run.toUtf8();
            return;
        }
        const qsizetype at = m_out.size();
        m_out.resize(at + run.size());
        std::transform(
            run.begin(), run.end(), m_out.data() + at, [](QChar c) { return char(c.unicode()); });
    };
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char16_t c = text[i].unicode();
        if (c >= 0x20 && c != u'"' && c != u'\\') {
            ascii = ascii && c < 0x80;
            continue;
        }
        flush(i);
        plain = i + 1;
        ascii = true;
        switch (c) {
        case u'"':
            m_out += "\\\"";
            break;
        case u'\\':
            m_out += "\\\\";
            break;
        case u'\n':
            m_out += "\\n";
            break;
        case u'\r':
            m_out += "\\r";
            break;
        case u'\t':
            m_out += "\\t";
            break;
        case u'\b':
            m_out += "\\b";
            break;
        case u'\f':
            m_out += "\\f";
            break;
        default:
            m_out += "\\u00";
            m_out += hex[c >> 4];
            m_out += hex[c & 0xf];
        }
    }
    flush(text.size());
    m_out += '"';
    m_first = false;
    return *this;
}

JsonWriter &JsonWriter::number(qint64 value)
{
    std::array<char, 24> digits {};
    const auto written = std::to_chars(digits.data(), digits.data() + digits.size(), value);
    m_out.append(digits.data(), written.ptr - digits.data());
    m_first = false;
    return *this;
}

JsonWriter &JsonWriter::boolean(bool value)
{
    m_out += value ? "true" : "false";
    m_first = false;
    return *this;
}

JsonWriter &JsonWriter::raw(QByteArrayView json)
{
    m_out += json;
    m_first = false;
    return *this;
}

JsonWriter &JsonWriter::key(QStringView name)
{
    separate();
    string(name);
    m_out += ':';
    m_first = true; // the value after the colon takes no comma
    return *this;
}

JsonWriter &JsonWriter::open(char bracket)
{
    separate();
    m_out += bracket;
    m_first = true;
    return *this;
}

JsonWriter &JsonWriter::close(char bracket)
{
    m_out += bracket;
    m_first = false;
    return *this;
}

JsonWriter &JsonWriter::numbers(const QHash<QString, qint64> &byName)
{
    QList<QString> names = byName.keys();
    std::sort(names.begin(), names.end());
    beginObject();
    for (const QString &name : names)
        key(name).number(byName.value(name));
    return endObject();
}
