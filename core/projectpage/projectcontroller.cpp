// SPDX-License-Identifier: GPL-3.0-or-later
#include "projectcontroller.h"

#include "appsettings.h"
#include "contactrepository.h"
#include "displaycontext.h"
#include "projectinput.h"
#include "projectrepository.h"

ProjectController::ProjectController(ProjectRepository &projects, ContactRepository &contacts,
    AppSettings &settings, DisplayContext &context, ProgrammeModel &programme, QObject *parent)
    : QObject(parent)
    , m_projects(projects)
    , m_contacts(contacts)
    , m_settings(settings)
    , m_context(context)
    , m_steps(*this, projects, contacts, settings, context, programme)
    , m_log(*this, projects, contacts, settings, context)
    , m_organiserNotes(*this, projects, contacts, settings, context)
    , m_keptTexts(*this, projects, contacts, context)
{
    connect(&m_settings, &AppSettings::ownMunicipalityIdChanged, this, &ProjectController::reload);
    connect(&m_settings, &AppSettings::ownContactIdChanged, this, &ProjectController::reload);
    connect(&m_context, &DisplayContext::changed, this, &ProjectController::reload);
    connect(&m_settings, &AppSettings::organiserChanged, &m_organiserNotes,
        &OrganiserNotes::canWriteChanged);
    connect(&m_steps, &ProjectSteps::titlesChanged, &m_keptTexts, &KeptTexts::load);
    connect(&m_steps, &ProjectSteps::titlesChanged, &m_organiserNotes, &OrganiserNotes::load);
    connect(&m_steps, &ProjectSteps::changesRecorded, this, &ProjectController::changesRecorded);
    connect(&m_log, &ProjectLog::changesRecorded, this, &ProjectController::changesRecorded);
    connect(&m_organiserNotes, &OrganiserNotes::changesRecorded, this,
        &ProjectController::changesRecorded);
    connect(&m_keptTexts, &KeptTexts::changesRecorded, this, &ProjectController::changesRecorded);
    reload();
}

template <typename T>
void ProjectController::update(T &member, const T &value, void (ProjectController::*signal)())
{
    if (member == value)
        return;
    member = value;
    Q_EMIT(this->*signal)();
}

QString ProjectController::municipalityId() const
{
    return m_municipalityId;
}

void ProjectController::setMunicipalityId(const QString &id)
{
    if (id == m_municipalityId)
        return;
    m_municipalityId = id;
    Q_EMIT municipalityIdChanged();
    reload();
}

void ProjectController::reload()
{
    const QString shown
        = m_municipalityId.isEmpty() ? m_settings.ownMunicipalityId() : m_municipalityId;
    const bool hadProject = m_project.has_value();
    const QString oldTitle = title();
    const QString oldGoal = goal();
    m_project = shown.isEmpty() ? std::nullopt : m_projects.projectOf(shown);
    const auto municipality = m_contacts.municipality(shown);
    update(m_shownMunicipalityId, shown, &ProjectController::shownMunicipalityIdChanged);
    update(m_municipalityName, municipality ? municipality->name : QString(),
        &ProjectController::municipalityNameChanged);
    update(m_hasOwnMunicipality, !m_settings.ownMunicipalityId().isEmpty(),
        &ProjectController::hasOwnMunicipalityChanged);
    update(m_canEdit, m_hasOwnMunicipality && shown == m_settings.ownMunicipalityId(),
        &ProjectController::canEditChanged);
    // The parts read the project before anyone hears that it changed.
    m_steps.load();
    m_log.load();
    m_organiserNotes.load();
    m_keptTexts.load();
    if (hadProject != m_project.has_value())
        Q_EMIT hasProjectChanged();
    if (oldTitle != title())
        Q_EMIT titleChanged();
    if (oldGoal != goal())
        Q_EMIT goalChanged();
}

QString ProjectController::shownMunicipalityId() const
{
    return m_shownMunicipalityId;
}

QString ProjectController::municipalityName() const
{
    return m_municipalityName;
}

bool ProjectController::hasOwnMunicipality() const
{
    return m_hasOwnMunicipality;
}

bool ProjectController::canEdit() const
{
    return m_canEdit;
}

bool ProjectController::hasProject() const
{
    return m_project.has_value();
}

QString ProjectController::title() const
{
    return m_project ? m_project->title : QString();
}

QString ProjectController::goal() const
{
    return m_project ? m_project->goal : QString();
}

ProjectSteps *ProjectController::steps()
{
    return &m_steps;
}

ProjectLog *ProjectController::log()
{
    return &m_log;
}

OrganiserNotes *ProjectController::organiserNotes()
{
    return &m_organiserNotes;
}

KeptTexts *ProjectController::keptTexts()
{
    return &m_keptTexts;
}

const std::optional<PracticeProject> &ProjectController::project() const
{
    return m_project;
}

QString ProjectController::editError() const
{
    if (!hasOwnMunicipality())
        return tr("Please choose your municipality in the settings first.");
    if (!canEdit())
        return tr("You can read the projects of other municipalities, but only change your own.");
    return {};
}

QString ProjectController::saveProject(const QString &title, const QString &goal)
{
    if (QString error = editError(); !error.isEmpty())
        return error;
    if (QString error = ProjectInput::checkProject(title, goal); !error.isEmpty())
        return error;
    if (!m_projects.saveProjectOf(
            shownMunicipalityId(), title.trimmed(), goal.trimmed(), m_context.now()))
        return tr("The project could not be saved on this device.");
    reload();
    Q_EMIT changesRecorded();
    return {};
}
