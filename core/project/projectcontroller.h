// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "logentriesmodel.h"
#include "practiceproject.h"
#include "stepsmodel.h"

#include <QObject>
#include <QQmlEngine>

class AppSettings;
class ContactRepository;
class DisplayContext;
class ProgrammeModel;
class ProjectRepository;

/// The practice project on screen: the device's own municipality's (editable) or another
/// one's (read only). Every save goes to the replica and its change history before it returns.
class ProjectController : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Created by the application")
    /// The municipality whose project is shown; empty shows the device's own.
    Q_PROPERTY(QString municipalityId READ municipalityId WRITE setMunicipalityId NOTIFY changed)
    /// The municipality whose project is actually shown (the chosen one or the device's own).
    Q_PROPERTY(QString shownMunicipalityId READ shownMunicipalityId NOTIFY changed)
    Q_PROPERTY(QString municipalityName READ municipalityName NOTIFY changed)
    Q_PROPERTY(bool hasOwnMunicipality READ hasOwnMunicipality NOTIFY changed)
    Q_PROPERTY(bool canEdit READ canEdit NOTIFY changed)
    /// The device is an organiser's: they comment on any project.
    Q_PROPERTY(bool canComment READ canComment NOTIFY changed)
    Q_PROPERTY(bool hasProject READ hasProject NOTIFY changed)
    Q_PROPERTY(QString title READ title NOTIFY changed)
    Q_PROPERTY(QString goal READ goal NOTIFY changed)
    Q_PROPERTY(int stepCount READ stepCount NOTIFY changed)
    Q_PROPERTY(int doneCount READ doneCount NOTIFY changed)
    Q_PROPERTY(int inProgressCount READ inProgressCount NOTIFY changed)
    /// Share of done steps, 0–1.
    Q_PROPERTY(double progress READ progress NOTIFY changed)
    Q_PROPERTY(StepsModel *steps READ steps CONSTANT)
    Q_PROPERTY(LogEntriesModel *log READ log CONSTANT)
    /// Who can take care of a step: nobody yet, or one of the municipality's participants
    /// (contactId, name).
    Q_PROPERTY(QVariantList ownerChoices READ ownerChoices NOTIFY changed)
    /// Texts that an edit on another device replaced without having seen them, kept so that
    /// nothing typed is lost: conflictId, heading ("Notes of “Flyer”, also entered by Erika"),
    /// text.
    Q_PROPERTY(QVariantList keptTexts READ keptTexts NOTIFY changed)
    /// The organisers' comments: heading ("Alina Hirsch, 21.11.2026, on “Flyer”"), text.
    Q_PROPERTY(QVariantList comments READ comments NOTIFY changed)
    /// Today as the log form expects it ("21.11.2026").
    Q_PROPERTY(QString todayInput READ todayInput NOTIFY changed)
public:
    ProjectController(ProjectRepository &projects, ContactRepository &contacts,
        AppSettings &settings, DisplayContext &context, ProgrammeModel &programme,
        QObject *parent = nullptr);

    QString municipalityId() const;
    void setMunicipalityId(const QString &id);
    QString shownMunicipalityId() const;
    QString municipalityName() const;
    bool hasOwnMunicipality() const;
    bool canEdit() const;
    bool hasProject() const;
    QString title() const;
    QString goal() const;
    int stepCount() const;
    int doneCount() const;
    int inProgressCount() const;
    double progress() const;
    StepsModel *steps();
    LogEntriesModel *log();
    QVariantList ownerChoices() const;
    QVariantList keptTexts() const;
    QVariantList comments() const;
    QString todayInput() const;

    // Each returns an empty string when saved, otherwise what the person should change.
    Q_INVOKABLE QString saveProject(const QString &title, const QString &goal);
    Q_INVOKABLE QString addStep(const QString &title, const QString &status,
        const QString &ownerContactId, const QString &dueKind, const QString &dueDate,
        int dueModule, const QString &notes);
    Q_INVOKABLE QString updateStep(const QString &stepId, const QString &title,
        const QString &status, const QString &ownerContactId, const QString &dueKind,
        const QString &dueDate, int dueModule, const QString &notes);
    Q_INVOKABLE QString setStepStatus(const QString &stepId, const QString &status);
    Q_INVOKABLE QString deleteStep(const QString &stepId);
    /// @p question: the entry asks the organisers something (open until they comment).
    /// An organiser's comment on the shown project, or on its step @p stepId; participants
    /// see it. Returns why it cannot be saved, or an empty string.
    bool canComment() const;
    Q_INVOKABLE QString addComment(const QString &text, const QString &stepId);
    Q_INVOKABLE QString addLogEntry(
        const QString &date, const QString &text, bool question = false);
    /// Puts a kept text back in its place (the current text is replaced).
    Q_INVOKABLE QString adoptKeptText(const QString &conflictId);
    /// The kept text is not needed any more: it goes on every device.
    Q_INVOKABLE QString dismissKeptText(const QString &conflictId);
    Q_INVOKABLE void reload();

    static QString statusText(Step::Status status);

Q_SIGNALS:
    void changed();
    /// A change was written to the replica (and its change history).
    void changesRecorded();

private:
    QString editError() const;
    /// Runs @p change on a kept text of the shown project; empty when done.
    template <typename Change> QString changeKeptText(const QString &conflictId, Change change);
    QString storeStep(Step step, bool isNew);
    void showStoredStep(const Step &step, bool hadProject);
    StepsModel::Row rowFor(const Step &step) const;
    QString stepTitle(const QString &stepId) const;
    QDate moduleStart(int module) const;
    QString dateInput(QDate date) const;

    ProjectRepository &m_projects;
    ContactRepository &m_contacts;
    AppSettings &m_settings;
    DisplayContext &m_context;
    ProgrammeModel &m_programme;
    QString m_municipalityId;
    std::optional<PracticeProject> m_project;
    QList<Step> m_stepList;
    QList<ConflictRecord> m_conflicts;
    QList<Comment> m_comments;
    StepsModel m_steps;
    LogEntriesModel m_log;
};
