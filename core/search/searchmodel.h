// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAbstractListModel>
#include <QQmlEngine>

class ContactRepository;
class DisplayContext;
class NoteRepository;
class ProgrammeRepository;
class ProjectRepository;

/// One search over the programme (with the person's own notes on its dates), the people and
/// every municipality's practice project, on the device (no network needed). Every word typed must
/// occur; results come grouped: dates, people, projects. Phone numbers and e-mail addresses are not
/// searched (a participant may not share them).
class SearchModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Created by the application")
    Q_PROPERTY(QString query READ query WRITE setQuery NOTIFY queryChanged)
    Q_PROPERTY(int count READ rowCount NOTIFY countChanged)

public:
    /// Results per group at most.
    static constexpr int maxPerGroup = 50;

    struct Row
    {
        QString kind; ///< event, contact, project, step, log
        QString itemId; ///< the event's, the contact's, or the step's/entry's/project's
        QString municipalityId; ///< whose project (project, step, log)
        QString title;
        QString detail;
        QString sectionTitle;
    };

    enum Roles {
        KindRole = Qt::UserRole,
        ItemIdRole,
        MunicipalityIdRole,
        TitleRole,
        DetailRole,
        SectionTitleRole,
    };
    Q_ENUM(Roles)

    SearchModel(ProgrammeRepository &programme, NoteRepository &notes, ContactRepository &contacts,
        ProjectRepository &projects, DisplayContext &context, QObject *parent = nullptr);

    QString query() const;
    void setQuery(const QString &query);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    /// Searches again (the data or the language changed).
    Q_INVOKABLE void refresh();

Q_SIGNALS:
    void queryChanged();
    void countChanged();

private:
    QList<Row> search() const;

    ProgrammeRepository &m_programme;
    NoteRepository &m_notes;
    ContactRepository &m_contacts;
    ProjectRepository &m_projects;
    DisplayContext &m_context;
    QString m_query;
    QList<Row> m_rows;
};
