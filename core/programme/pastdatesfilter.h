// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QQmlEngine>
#include <QSortFilterProxyModel>

/// The programme as it opens: the dates still to come, the past ones folded away until the
/// person asks for them ("Vergangene Termine"). Over a ProgrammeModel; what is past follows
/// the model as time goes on.
class PastDatesFilter : public QSortFilterProxyModel
{
    Q_OBJECT
    QML_ELEMENT
    /// Past dates are listed too.
    Q_PROPERTY(bool showPast READ showPast WRITE setShowPast NOTIFY showPastChanged)
    /// How many dates are past (listed or not).
    Q_PROPERTY(int pastCount READ pastCount NOTIFY pastCountChanged)

public:
    explicit PastDatesFilter(QObject *parent = nullptr);

    bool showPast() const { return m_showPast; }
    void setShowPast(bool show);
    int pastCount() const { return m_pastCount; }

Q_SIGNALS:
    void showPastChanged();
    void pastCountChanged();

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    void countPast();

    bool m_showPast = false;
    int m_pastCount = 0;
};
