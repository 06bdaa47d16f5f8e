// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "kepttexts.h"
#include "organisernotes.h"
#include "practiceproject.h"
#include "projectlog.h"
#include "projectsteps.h"

#include <QObject>
#include <QQmlEngine>

#include <optional>

class AppSettings;
class ContactRepository;
class DisplayContext;
class ProgrammeModel;
class ProjectRepository;

/// The practice project on screen: the device's own municipality's (editable) or another
/// one's (read only), its title and goal, and who may change it. What the page edits has a
/// part of its own: the steps, the log, the organisers' notes and the kept texts. Every save
/// goes to the replica and its change history before it returns.
class ProjectController : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Created by the application")
    /// The municipality whose project is shown; empty shows the device's own.
    Q_PROPERTY(QString municipalityId READ municipalityId WRITE setMunicipalityId NOTIFY
            municipalityIdChanged)
    /// The municipality whose project is actually shown (the chosen one or the device's own).
    Q_PROPERTY(
        QString shownMunicipalityId READ shownMunicipalityId NOTIFY shownMunicipalityIdChanged)
    Q_PROPERTY(QString municipalityName READ municipalityName NOTIFY municipalityNameChanged)
    Q_PROPERTY(bool hasOwnMunicipality READ hasOwnMunicipality NOTIFY hasOwnMunicipalityChanged)
    Q_PROPERTY(bool canEdit READ canEdit NOTIFY canEditChanged)
    Q_PROPERTY(bool hasProject READ hasProject NOTIFY hasProjectChanged)
    Q_PROPERTY(QString title READ title NOTIFY titleChanged)
    Q_PROPERTY(QString goal READ goal NOTIFY goalChanged)
    Q_PROPERTY(ProjectSteps *steps READ steps CONSTANT)
    Q_PROPERTY(ProjectLog *log READ log CONSTANT)
    Q_PROPERTY(OrganiserNotes *organiserNotes READ organiserNotes CONSTANT)
    Q_PROPERTY(KeptTexts *keptTexts READ keptTexts CONSTANT)
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
    ProjectSteps *steps();
    ProjectLog *log();
    OrganiserNotes *organiserNotes();
    KeptTexts *keptTexts();

    /// The project shown, if it was started.
    const std::optional<PracticeProject> &project() const;
    /// Why the person may not change the shown project, or an empty string.
    QString editError() const;

    /// Returns an empty string when saved, otherwise what the person should change.
    Q_INVOKABLE QString saveProject(const QString &title, const QString &goal);
    /// Reads the shown project and all its parts again.
    Q_INVOKABLE void reload();

Q_SIGNALS:
    void municipalityIdChanged();
    void shownMunicipalityIdChanged();
    void municipalityNameChanged();
    void hasOwnMunicipalityChanged();
    void canEditChanged();
    void hasProjectChanged();
    void titleChanged();
    void goalChanged();
    /// A change was written to the replica (and its change history), by any part.
    void changesRecorded();

private:
    template <typename T>
    void update(T &member, const T &value, void (ProjectController::*signal)());

    ProjectRepository &m_projects;
    ContactRepository &m_contacts;
    AppSettings &m_settings;
    DisplayContext &m_context;
    QString m_municipalityId;
    QString m_shownMunicipalityId;
    QString m_municipalityName;
    bool m_hasOwnMunicipality = false;
    bool m_canEdit = false;
    std::optional<PracticeProject> m_project;
    ProjectSteps m_steps;
    ProjectLog m_log;
    OrganiserNotes m_organiserNotes;
    KeptTexts m_keptTexts;
};
