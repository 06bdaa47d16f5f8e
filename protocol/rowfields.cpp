// SPDX-License-Identifier: GPL-3.0-or-later
#include "rowfields.h"

#include "jsondomreader.h"
#include "rowfieldsanswer.h"

#include <QJsonArray>

namespace dom = simdjson::dom;

namespace {
QJsonObject toJsonObject(dom::object fields);

/// A value as Qt's JSON reader would have made it: what a row's field may be as the protocol
/// reads it, and anything deeper an answer holds all the same.
QJsonValue toJsonValue(dom::element element)
{
    QJsonValue value;
    if (JsonDomReader::fieldValue(element, &value))
        return value;
    switch (element.type()) {
    case dom::element_type::ARRAY: {
        QJsonArray items;
        // Copied out of the result first: a loop over value_unsafe() of a temporary result
        // would read the temporary after it is gone.
        const dom::array list = element.get_array().value_unsafe();
        for (const dom::element item : list)
            items.append(toJsonValue(item));
        return items;
    }
    case dom::element_type::OBJECT:
        return toJsonObject(element.get_object().value_unsafe());
    case dom::element_type::STRING:
    case dom::element_type::INT64:
    case dom::element_type::UINT64:
    case dom::element_type::DOUBLE:
    case dom::element_type::BOOL:
    case dom::element_type::NULL_VALUE:
        break; // made above
    }
    return {};
}

/// An object as Qt's JSON reader would have made it.
QJsonObject toJsonObject(dom::object fields)
{
    QJsonObject object;
    for (const dom::key_value_pair field : fields)
        object.insert(JsonDomReader::fromUtf8(field.key), toJsonValue(field.value));
    return object;
}
}

RowFields::RowFields(QJsonObject object)
    : m_object(std::move(object))
{
}

RowFields::RowFields(std::shared_ptr<const Answer> answer, qsizetype change)
    : m_answer(std::move(answer))
    , m_change(change)
{
}

QJsonValue RowFields::value(QLatin1StringView key) const
{
    if (!m_answer)
        return m_object.value(key);
    return inAnswer(std::string_view(key.data(), std::size_t(key.size())));
}

QJsonValue RowFields::value(const QString &key) const
{
    if (!m_answer)
        return m_object.value(key);
    const QByteArray utf8 = key.toUtf8();
    return inAnswer(std::string_view(utf8.constData(), std::size_t(utf8.size())));
}

QJsonValue RowFields::inAnswer(std::string_view key) const
{
    dom::element found;
    if (m_answer->fields[std::size_t(m_change)].at_key(key).get(found))
        return QJsonValue(QJsonValue::Undefined);
    return toJsonValue(found);
}

bool RowFields::contains(QLatin1StringView key) const
{
    if (!m_answer)
        return m_object.contains(key);
    return !m_answer->fields[std::size_t(m_change)]
                .at_key(std::string_view(key.data(), std::size_t(key.size())))
                .error();
}

bool RowFields::isEmpty() const
{
    return m_answer ? m_answer->fields[std::size_t(m_change)].size() == 0 : m_object.isEmpty();
}

QJsonObject RowFields::toObject() const
{
    return m_answer ? toJsonObject(m_answer->fields[std::size_t(m_change)]) : m_object;
}
