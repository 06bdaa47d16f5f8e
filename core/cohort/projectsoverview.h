// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "modulestarts.h"

#include <QAbstractListModel>
#include <QDate>
#include <QQmlEngine>

class AppSettings;
class ContactRepository;
class DisplayContext;
class ProgrammeModel;
class ProjectRepository;

/// Every municipality's practice project at a glance, for the organisers before a module
/// (and for everyone: learning from each other is the point): steps done, in progress, open
/// and overdue, the last activity, and the questions to the organisers they have not
/// answered yet. Sorted by open questions (the default), overdue steps, the longest silence or
/// name, and filtered to those with open questions, with overdue steps, or with nothing
/// written since a module began.
class ProjectsOverview : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Created by the application")
    Q_PROPERTY(int count READ rowCount NOTIFY countChanged)
    /// How many questions to the organisers are open, in all projects.
    Q_PROPERTY(int openQuestionCount READ openQuestionCount NOTIFY countChanged)
    /// "questions" (open questions first), "overdue" (most overdue steps first), "quiet"
    /// (longest without a word first), "name".
    Q_PROPERTY(QString sortOrder READ sortOrder WRITE setSortOrder NOTIFY choicesChanged)
    /// "all", "questions", "overdue", "quiet" (nothing written since module quietSince).
    Q_PROPERTY(QString filter READ filter WRITE setFilter NOTIFY choicesChanged)
    /// The module "nothing written since" counts from; 0 until the first module has begun.
    Q_PROPERTY(int quietSince READ quietSince WRITE setQuietSince NOTIFY choicesChanged)
    /// The modules begun so far: {value: number, text: "Modul 2 (26.11.2026)"}.
    Q_PROPERTY(QVariantList moduleChoices READ moduleChoices NOTIFY countChanged)
    /// The municipalities shown, in order (for the report of all of them).
    Q_PROPERTY(QStringList shownIds READ shownIds NOTIFY countChanged)
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
        QuietRole, ///< nothing written since module quietSince began
        QuietTextRole, ///< "Nothing written since module 2", or empty
    };
    Q_ENUM(Role)

    ProjectsOverview(ContactRepository &contacts, ProjectRepository &projects,
        ProgrammeModel &programme, DisplayContext &context, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;
    int openQuestionCount() const;
    QString sortOrder() const;
    void setSortOrder(const QString &order);
    QString filter() const;
    void setFilter(const QString &filter);
    int quietSince() const;
    void setQuietSince(int module);
    QVariantList moduleChoices() const;
    QStringList shownIds() const;

    /// Reads every project (empty until first called: the overview calls it when shown).
    Q_INVOKABLE void reload();

Q_SIGNALS:
    void countChanged();
    void choicesChanged();

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
    /// Sorts and filters the rows read into the rows shown.
    void arrange();
    /// Sets a choice to @p value if it is one of @p allowed, and arranges the rows again.
    template <typename T> void choose(T &member, const T &value, const QList<T> &allowed);
    bool isQuiet(const Row &row) const;
    Row rowFor(
        const QString &municipalityId, const QString &name, const ModuleStarts &modules) const;
    QString summary(const Row &row) const;

    ContactRepository &m_contacts;
    ProjectRepository &m_projects;
    ProgrammeModel &m_programme;
    DisplayContext &m_context;
    QList<Row> m_read; ///< every municipality, as read
    QList<Row> m_rows; ///< shown: filtered and sorted
    QString m_sortOrder = QStringLiteral("questions");
    QString m_filter = QStringLiteral("all");
    int m_quietSince = 0;
    ModuleStarts m_modules { {} }; ///< as of the last reload
    QList<int> m_begunModules;
};
