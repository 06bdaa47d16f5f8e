// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "practiceproject.h"
#include "stepsmodel.h"

#include <QObject>
#include <QQmlEngine>

class AppSettings;
class ModuleStarts;
class ContactRepository;
class DisplayContext;
class ProgrammeModel;
class ProjectController;
class ProjectRepository;

/// The steps of the project on screen: the list, how far they are, and adding, changing and
/// removing them (own project only). The list is read when the project is loaded and changed
/// row by row after a save, not read again on every look.
class ProjectSteps : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Part of ProjectController")
    Q_PROPERTY(StepsModel *model READ model CONSTANT)
    Q_PROPERTY(int count READ count NOTIFY countChanged)
    Q_PROPERTY(int doneCount READ doneCount NOTIFY doneCountChanged)
    Q_PROPERTY(int inProgressCount READ inProgressCount NOTIFY inProgressCountChanged)
    /// Share of done steps, 0–1.
    Q_PROPERTY(double progress READ progress NOTIFY progressChanged)
    /// Who can take care of a step: nobody yet, or one of the municipality's participants
    /// (contactId, name).
    Q_PROPERTY(QVariantList ownerChoices READ ownerChoices NOTIFY ownerChoicesChanged)
public:
    ProjectSteps(ProjectController &shown, ProjectRepository &projects, ContactRepository &contacts,
        AppSettings &settings, DisplayContext &context, ProgrammeModel &programme);

    StepsModel *model();
    int count() const;
    int doneCount() const;
    int inProgressCount() const;
    double progress() const;
    QVariantList ownerChoices() const;
    /// The title of a step of the shown project, or an empty string.
    QString titleOf(const QString &stepId) const;

    /// Reads the steps of the shown project.
    void load();

    // Each returns an empty string when saved, otherwise what the person should change.
    Q_INVOKABLE QString add(const QString &title, const QString &status,
        const QString &ownerContactId, const QString &dueKind, const QString &dueDate,
        int dueModule, const QString &notes);
    Q_INVOKABLE QString update(const QString &stepId, const QString &title, const QString &status,
        const QString &ownerContactId, const QString &dueKind, const QString &dueDate,
        int dueModule, const QString &notes);
    Q_INVOKABLE QString setStatus(const QString &stepId, const QString &status);
    Q_INVOKABLE QString remove(const QString &stepId);

    static QString statusText(Step::Status status);

    // Picking when a step is due.
    /// The programme's modules with their first day: module, text ("Modul 3 · 14.01.2027";
    /// without a day for a module the programme has no date of).
    Q_INVOKABLE QVariantList moduleChoices() const;
    /// The first module that has not begun by today (the last one once all have).
    Q_INVOKABLE int nextModule() const;
    /// What is wrong with @p text as a due date, or an empty string.
    Q_INVOKABLE QString dateProblem(const QString &text) const;
    /// @p days from today, written as the date field expects it.
    Q_INVOKABLE QString dateInDays(int days) const;
    /// The day @p text means (for the calendar to show), or today.
    Q_INVOKABLE QDate dateOf(const QString &text) const;
    /// The day picked in the calendar (month 1–12), written as the date field expects it
    /// (numbers, not a JavaScript Date: that would carry a time zone along).
    Q_INVOKABLE QString dateInput(int year, int month, int day) const;

Q_SIGNALS:
    void countChanged();
    void doneCountChanged();
    void inProgressCountChanged();
    void progressChanged();
    void ownerChoicesChanged();
    /// A step was renamed: what names steps by their title shows the new one.
    void titlesChanged();
    void changesRecorded();

private:
    /// When @p step is due, as a number that sorts (steps without a day last).
    static qint64 dueKey(const Step &step, const ModuleStarts &modules);
    /// Where @p step belongs in the list sorted by dueKey(), after those due the same day.
    qsizetype sortedPosition(const Step &step) const;
    /// The step @p stepId if it belongs to the shown project.
    std::optional<Step> shownStep(const QString &stepId) const;
    QString store(Step step, bool isNew);
    void showStored(const Step &step);
    void countAgain();
    StepsModel::Row rowFor(const Step &step) const;

    ProjectController &m_shown;
    ProjectRepository &m_projects;
    ContactRepository &m_contacts;
    AppSettings &m_settings;
    DisplayContext &m_context;
    ProgrammeModel &m_programme;
    QList<Step> m_stepList;
    QVariantList m_ownerChoices;
    int m_doneCount = 0;
    int m_inProgressCount = 0;
    double m_progress = 0.0;
    StepsModel m_model;
};
