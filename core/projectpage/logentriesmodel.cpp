// SPDX-License-Identifier: GPL-3.0-or-later
#include "logentriesmodel.h"

int LogEntriesModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant LogEntriesModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows.at(index.row());
    switch (role) {
    case EntryIdRole:
        return row.entryId;
    case DateTextRole:
        return row.dateText;
    case AuthorNameRole:
        return row.authorName;
    case Qt::DisplayRole:
    case TextRole:
        return row.text;
    case QuestionRole:
        return row.question;
    case MineRole:
        return row.mine;
    case WithdrawnRole:
        return row.withdrawn;
    case CorrectionTextRole:
        return row.correctionText;
    case EarlierTextsRole:
        return row.earlierTexts;
    }
    return {};
}

QHash<int, QByteArray> LogEntriesModel::roleNames() const
{
    return { { EntryIdRole, "entryId" }, { DateTextRole, "dateText" },
        { AuthorNameRole, "authorName" }, { TextRole, "text" }, { QuestionRole, "question" },
        { MineRole, "mine" }, { WithdrawnRole, "withdrawn" },
        { CorrectionTextRole, "correctionText" }, { EarlierTextsRole, "earlierTexts" } };
}

void LogEntriesModel::setRows(const QList<Row> &rows)
{
    const auto oldCount = m_rows.size();
    beginResetModel();
    m_rows = rows;
    endResetModel();
    if (oldCount != m_rows.size())
        Q_EMIT countChanged();
}

void LogEntriesModel::insertRow(const Row &row)
{
    const auto at = std::find_if(m_rows.cbegin(), m_rows.cend(),
        [&row](const Row &other) { return other.date <= row.date; });
    const int position = int(at - m_rows.cbegin());
    beginInsertRows({}, position, position);
    m_rows.insert(position, row);
    endInsertRows();
    Q_EMIT countChanged();
}
