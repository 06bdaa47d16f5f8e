// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
#include <QJsonValue>
#include <QString>

#include <initializer_list>
#include <memory>
#include <string_view>

/// A row's fields as a sync answer brings them: read where they are in the answer as simdjson
/// read it (SyncResponse::parse), or held as a QJsonObject (rows the device makes, the server's
/// own, tests). What the device's repositories read a row's fields through; one answer's rows
/// share the answer, which lives as long as one of them.
///
/// Read in place because building a QJsonObject for each of a first sync's thousands of rows
/// cost more than reading the whole answer (docs/benchmarks.md).
class RowFields
{
public:
    /// What an answer holds, read: the fields of its rows point into it.
    struct Answer;

    RowFields() = default;
    /// Fields held as an object. Implicit: wherever fields are given as a QJsonObject.
    RowFields(QJsonObject object); // NOLINT(google-explicit-constructor)
    /// Fields written out, as a QJsonObject is: { { key, value }, … }.
    RowFields(std::initializer_list<QPair<QString, QJsonValue>>
            fields) // NOLINT(google-explicit-constructor)
        : m_object(fields)
    {
    }
    /// The fields of change @p change in @p answer.
    RowFields(std::shared_ptr<const Answer> answer, qsizetype change);

    /// The field @p key: as QJsonObject::value() gives it (undefined when there is none). The
    /// server writes each field of a row once; of a field an answer named twice, this gives the
    /// first and toObject() the last.
    QJsonValue value(QLatin1StringView key) const;
    QJsonValue value(const QString &key) const;
    bool contains(QLatin1StringView key) const;
    bool isEmpty() const;
    /// All fields as an object (to change them, or to write them out).
    QJsonObject toObject() const;

    friend bool operator==(const RowFields &a, const RowFields &b)
    {
        return a.toObject() == b.toObject();
    }

private:
    /// The field @p key of the row in the answer.
    QJsonValue inAnswer(std::string_view key) const;

    QJsonObject m_object;
    std::shared_ptr<const Answer> m_answer;
    qsizetype m_change = -1;
};
