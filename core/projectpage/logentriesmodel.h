// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAbstractListModel>
#include <QDate>
#include <QQmlEngine>

/// The progress log of the project on screen, newest first.
class LogEntriesModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Part of the project page")
    Q_PROPERTY(int count READ rowCount NOTIFY countChanged)
public:
    /// One entry as the log shows it.
    struct Row
    {
        QString entryId;
        QDate date; ///< the order: newest first
        QString dateText;
        QString authorName;
        QString text;
        bool question = false; ///< a question to the organisers
        bool mine = false; ///< written by the person using the app: they may correct it
        bool withdrawn = false;
        QString correctionText; ///< "corrected on 6.12.2026", or empty
        QStringList earlierTexts; ///< what it said before, oldest first
    };

    enum Roles {
        EntryIdRole = Qt::UserRole,
        DateTextRole,
        AuthorNameRole,
        TextRole,
        QuestionRole,
        MineRole,
        WithdrawnRole,
        CorrectionTextRole,
        EarlierTextsRole
    };
    Q_ENUM(Roles)

    using QAbstractListModel::QAbstractListModel;

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    void setRows(const QList<Row> &rows);
    const QList<Row> &rows() const { return m_rows; }
    /// An entry just written: in its place by date, before the others of its day.
    void insertRow(const Row &row);

Q_SIGNALS:
    void countChanged();

private:
    QList<Row> m_rows;
};
