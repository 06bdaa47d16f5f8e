// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAbstractItemModel>
#include <QVariantMap>

/// Every role of one row, keyed by role name: what a detail page reads from a list model.
inline QVariantMap modelRow(const QAbstractItemModel &model, int row)
{
    QVariantMap result;
    if (row < 0 || row >= model.rowCount())
        return result;
    const QModelIndex index = model.index(row, 0);
    const auto roles = model.roleNames();
    for (auto it = roles.cbegin(); it != roles.cend(); ++it) {
        if (it.key() >= Qt::UserRole)
            result.insert(QString::fromUtf8(it.value()), model.data(index, it.key()));
    }
    return result;
}
