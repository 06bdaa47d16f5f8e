// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

/// A text the organisers provide in German and, where they have it, in English.
struct LocalizedText
{
    QString de;
    QString en;

    /// The text for @p language ("de" or "en"), falling back to German.
    QString forLanguage(const QString &language) const
    {
        return language == QLatin1String("en") && !en.isEmpty() ? en : de;
    }
};

/// A list of texts (e.g. a module's topics) in German and English.
struct LocalizedList
{
    QStringList de;
    QStringList en;

    QStringList forLanguage(const QString &language) const
    {
        return language == QLatin1String("en") && !en.isEmpty() ? en : de;
    }
};
