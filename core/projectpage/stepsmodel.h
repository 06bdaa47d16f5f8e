// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAbstractListModel>
#include <QDate>
#include <QQmlEngine>

/// The steps of the project on screen, with texts ready to show.
class StepsModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Part of the project page")
    Q_PROPERTY(int count READ rowCount NOTIFY countChanged)
public:
    /// One step as the list shows it.
    struct Row
    {
        QString stepId;
        QString title;
        QString status; ///< open, in_progress, done
        QString statusText;
        QString ownerContactId;
        QString ownerName;
        QString dueKind; ///< none, date, module
        QString dueDateInput; ///< the due date as typed into the form
        int dueModule = 0;
        QString dueText;
        QDate dueDate; ///< the day it is due (its module's first day), or none
        QString summary; ///< "In progress · Jonas · due 15.12.2026"
        QString notes;
        bool overdue = false;
        bool mine = false; ///< the person using the device takes care of it
    };

    enum Roles {
        StepIdRole = Qt::UserRole,
        TitleRole,
        StatusRole,
        StatusTextRole,
        OwnerContactIdRole,
        OwnerNameRole,
        DueKindRole,
        DueDateInputRole,
        DueModuleRole,
        DueTextRole,
        SummaryRole,
        NotesRole,
        OverdueRole,
        MineRole,
        DueDateRole, ///< the day it is due (its module's first day), or none
    };
    Q_ENUM(Roles)

    using QAbstractListModel::QAbstractListModel;

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    /// Replaces every row (another project); updates, inserts and removes rows otherwise.
    void setRows(const QList<Row> &rows);
    const QList<Row> &rows() const { return m_rows; }
    /// One step changed or added, without listing all of them again.
    void setRow(int row, const Row &value);
    void insertRow(int row, const Row &value);
    void removeRow(int row);
    Q_INVOKABLE QVariantMap get(int row) const;

Q_SIGNALS:
    void countChanged();

private:
    QList<Row> m_rows;
};
