// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAbstractListModel>
#include <QDate>
#include <QQmlEngine>

class AppSettings;
class ContactRepository;
class DisplayContext;
class ModuleStarts;
class ProgrammeModel;
class ProjectRepository;

/// Every municipality's practice project at a glance, for the organisers before a module
/// (and for everyone: learning from each other is the point): steps done, in progress, open
/// and overdue, the last activity, and the questions to the organisers they have not
/// answered yet. Municipalities with open questions come first.
class ProjectsOverview : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Created by the application")
    Q_PROPERTY(int count READ rowCount NOTIFY countChanged)
    /// How many questions to the organisers are open, in all projects.
    Q_PROPERTY(int openQuestionCount READ openQuestionCount NOTIFY countChanged)
public:
    enum Role {
        MunicipalityIdRole = Qt::UserRole + 1,
        NameRole,
        ProjectTitleRole,
        StepCountRole,
        DoneCountRole,
        InProgressCountRole,
        OpenCountRole,
        OverdueCountRole,
        SummaryRole, ///< "3 of 5 done · 1 in progress · 1 overdue"
        LastActivityRole, ///< "Last entry 16.11.2026", or that nothing was entered yet
        OpenQuestionsRole, ///< the texts of the open questions, newest first
    };
    Q_ENUM(Role)

    ProjectsOverview(ContactRepository &contacts, ProjectRepository &projects,
        ProgrammeModel &programme, DisplayContext &context, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;
    int openQuestionCount() const;

    /// Reads every project (empty until first called: the overview calls it when shown).
    Q_INVOKABLE void reload();

Q_SIGNALS:
    void countChanged();

private:
    struct Row
    {
        QString municipalityId;
        QString name;
        QString projectTitle;
        int steps = 0;
        int done = 0;
        int inProgress = 0;
        int open = 0;
        int overdue = 0;
        QDate lastActivity;
        QStringList openQuestions;
    };
    Row rowFor(
        const QString &municipalityId, const QString &name, const ModuleStarts &modules) const;
    QString summary(const Row &row) const;

    ContactRepository &m_contacts;
    ProjectRepository &m_projects;
    ProgrammeModel &m_programme;
    DisplayContext &m_context;
    QList<Row> m_rows;
};
