// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLatin1StringView>
#include <QString>

#include <array>
#include <utility>

/// The names under which an enum's values are stored and exchanged ("in_progress", ...).
template <typename Enum, std::size_t Count> struct NameTable
{
    std::array<std::pair<Enum, QLatin1StringView>, Count> entries;

    QString name(Enum value) const
    {
        for (const auto &[candidate, name] : entries) {
            if (candidate == value)
                return name;
        }
        return {};
    }

    /// False (and @p value untouched) for a name that is not in the table.
    bool fromName(const QString &name, Enum *value) const
    {
        for (const auto &[candidate, candidateName] : entries) {
            if (candidateName == name) {
                *value = candidate;
                return true;
            }
        }
        return false;
    }
};
