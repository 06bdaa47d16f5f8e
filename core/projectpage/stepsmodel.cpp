// SPDX-License-Identifier: GPL-3.0-or-later
#include "stepsmodel.h"

#include "modelrow.h"

int StepsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant StepsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case TitleRole:
        return row.title;
    case StepIdRole:
        return row.stepId;
    case StatusRole:
        return row.status;
    case StatusTextRole:
        return row.statusText;
    case OwnerContactIdRole:
        return row.ownerContactId;
    case OwnerNameRole:
        return row.ownerName;
    case DueKindRole:
        return row.dueKind;
    case DueDateInputRole:
        return row.dueDateInput;
    case DueModuleRole:
        return row.dueModule;
    case DueTextRole:
        return row.dueText;
    case SummaryRole:
        return row.summary;
    case NotesRole:
        return row.notes;
    case OverdueRole:
        return row.overdue;
    case MineRole:
        return row.mine;
    case DueDateRole:
        return row.dueDate;
    }
    return {};
}

QHash<int, QByteArray> StepsModel::roleNames() const
{
    return {
        { StepIdRole, "stepId" },
        { TitleRole, "title" },
        { StatusRole, "status" },
        { StatusTextRole, "statusText" },
        { OwnerContactIdRole, "ownerContactId" },
        { OwnerNameRole, "ownerName" },
        { DueKindRole, "dueKind" },
        { DueDateInputRole, "dueDateInput" },
        { DueModuleRole, "dueModule" },
        { DueTextRole, "dueText" },
        { SummaryRole, "summary" },
        { NotesRole, "notes" },
        { OverdueRole, "overdue" },
        { MineRole, "mine" },
        { DueDateRole, "dueDate" },
    };
}

void StepsModel::setRows(const QList<Row> &rows)
{
    const auto oldCount = m_rows.size();
    // Same steps in the same order with one added at the end: insert; same ids: update in place.
    const bool sameIds = rows.size() >= m_rows.size()
        && std::equal(m_rows.cbegin(), m_rows.cend(), rows.cbegin(),
            [](const Row &a, const Row &b) { return a.stepId == b.stepId; });
    if (sameIds && !m_rows.isEmpty()) {
        for (qsizetype i = 0; i < m_rows.size(); ++i)
            m_rows[i] = rows.at(i);
        Q_EMIT dataChanged(index(0), index(int(m_rows.size()) - 1));
        if (rows.size() > m_rows.size()) {
            beginInsertRows({}, int(m_rows.size()), int(rows.size()) - 1);
            m_rows = rows;
            endInsertRows();
        }
    } else {
        beginResetModel();
        m_rows = rows;
        endResetModel();
    }
    if (oldCount != m_rows.size())
        Q_EMIT countChanged();
}

void StepsModel::setRow(int row, const Row &value)
{
    m_rows[row] = value;
    Q_EMIT dataChanged(index(row), index(row));
}

void StepsModel::insertRow(int row, const Row &value)
{
    beginInsertRows({}, row, row);
    m_rows.insert(row, value);
    endInsertRows();
    Q_EMIT countChanged();
}

void StepsModel::removeRow(int row)
{
    beginRemoveRows({}, row, row);
    m_rows.removeAt(row);
    endRemoveRows();
    Q_EMIT countChanged();
}

QVariantMap StepsModel::get(int row) const
{
    return modelRow(*this, row);
}
