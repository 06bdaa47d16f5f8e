// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
#include <QSet>
#include <QString>

/// Reads fields of a JSON object strictly and keeps the first problem, named by its path:
/// what a request from the network needs.
class JsonReader
{
public:
    QString error;

    bool ok() const { return error.isEmpty(); }
    bool fail(const QString &message);

    /// Refuses fields not in @p known.
    bool onlyKnownFields(
        const QJsonObject &object, const QSet<QString> &known, const QString &where);
    QString text(const QJsonObject &object, const QString &key, const QString &where, bool required,
        qsizetype maxLength);
    /// A whole number in [min, max]; @p fallback when absent and not required.
    qint64 integer(const QJsonObject &object, const QString &key, const QString &where,
        bool required, qint64 min, qint64 max, qint64 fallback = 0);
    /// An id as devices make them: 1–64 letters, digits, '-' or '_'.
    QString id(const QJsonObject &object, const QString &key, const QString &where, bool required);
    /// Whether @p text has only the characters of an id (letters, digits, '-', '_').
    static bool hasIdCharacters(QStringView text);
};
