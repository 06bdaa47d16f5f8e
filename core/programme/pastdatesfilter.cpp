// SPDX-License-Identifier: GPL-3.0-or-later
#include "pastdatesfilter.h"

#include "programmemodel.h"

PastDatesFilter::PastDatesFilter(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setDynamicSortFilter(true);
    connect(this, &QAbstractItemModel::modelReset, this, &PastDatesFilter::countPast);
    connect(this, &QAbstractItemModel::rowsInserted, this, &PastDatesFilter::countPast);
    connect(this, &QAbstractItemModel::rowsRemoved, this, &PastDatesFilter::countPast);
    connect(this, &QSortFilterProxyModel::sourceModelChanged, this, [this] {
        if (sourceModel())
            connect(sourceModel(), &QAbstractItemModel::dataChanged, this,
                &PastDatesFilter::countPast, Qt::UniqueConnection);
        countPast();
    });
}

void PastDatesFilter::setShowPast(bool show)
{
    if (show == m_showPast)
        return;
    m_showPast = show;
    invalidateRowsFilter();
    Q_EMIT showPastChanged();
}

bool PastDatesFilter::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    return m_showPast
        || !sourceModel()
                ->data(sourceModel()->index(sourceRow, 0, sourceParent), ProgrammeModel::IsPastRole)
                .toBool();
}

void PastDatesFilter::countPast()
{
    int past = 0;
    if (const QAbstractItemModel *model = sourceModel()) {
        for (int row = 0; row < model->rowCount(); ++row)
            past += model->data(model->index(row, 0), ProgrammeModel::IsPastRole).toBool() ? 1 : 0;
    }
    if (past != m_pastCount) {
        m_pastCount = past;
        Q_EMIT pastCountChanged();
    }
}
