// SPDX-License-Identifier: GPL-3.0-or-later
#include "projectcontroller.h"

#include "modulestarts.h"

#include "appsettings.h"
#include "contactrepository.h"
#include "displaycontext.h"
#include "programmemodel.h"
#include "programmezone.h"
#include "projectinput.h"
#include "projectrepository.h"
#include "records.h"

using namespace Qt::StringLiterals;

ProjectController::ProjectController(ProjectRepository &projects, ContactRepository &contacts,
    AppSettings &settings, DisplayContext &context, ProgrammeModel &programme, QObject *parent)
    : QObject(parent)
    , m_projects(projects)
    , m_contacts(contacts)
    , m_settings(settings)
    , m_context(context)
    , m_programme(programme)
{
    connect(&m_settings, &AppSettings::ownMunicipalityIdChanged, this, &ProjectController::reload);
    connect(&m_settings, &AppSettings::ownContactIdChanged, this, &ProjectController::reload);
    connect(&m_context, &DisplayContext::changed, this, &ProjectController::reload);
    connect(&m_settings, &AppSettings::organiserChanged, this, &ProjectController::changed);
    reload();
}

QString ProjectController::shownMunicipalityId() const
{
    return m_municipalityId.isEmpty() ? m_settings.ownMunicipalityId() : m_municipalityId;
}

void ProjectController::setMunicipalityId(const QString &id)
{
    if (id == m_municipalityId)
        return;
    m_municipalityId = id;
    reload();
}

void ProjectController::reload()
{
    const QString municipality = shownMunicipalityId();
    m_project = municipality.isEmpty() ? std::nullopt : m_projects.projectOf(municipality);
    m_stepList = m_project ? m_projects.steps(m_project->id) : QList<Step>();
    m_conflicts = m_project ? m_projects.conflicts(m_project->id) : QList<ConflictRecord>();
    m_comments = m_project ? m_projects.comments(m_project->id) : QList<Comment>();
    QList<StepsModel::Row> rows;
    for (const auto &step : std::as_const(m_stepList))
        rows.append(rowFor(step));
    m_steps.setRows(rows);
    QList<LogEntriesModel::Row> entries;
    if (m_project) {
        const auto formatter = m_context.formatter();
        for (const auto &entry : m_projects.logEntries(m_project->id))
            entries.append({ entry.id, entry.entryDate, formatter.calendarDate(entry.entryDate),
                entry.authorName, entry.text, entry.question });
    }
    m_log.setRows(entries);
    Q_EMIT changed();
}

QString ProjectController::municipalityId() const
{
    return m_municipalityId;
}

QString ProjectController::municipalityName() const
{
    const auto municipality = m_contacts.municipality(shownMunicipalityId());
    return municipality ? municipality->name : QString();
}

bool ProjectController::hasOwnMunicipality() const
{
    return !m_settings.ownMunicipalityId().isEmpty();
}

bool ProjectController::canEdit() const
{
    return hasOwnMunicipality() && shownMunicipalityId() == m_settings.ownMunicipalityId();
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

int ProjectController::stepCount() const
{
    return int(m_stepList.size());
}

int ProjectController::doneCount() const
{
    return int(std::count_if(m_stepList.cbegin(), m_stepList.cend(),
        [](const Step &step) { return step.status == Step::Status::Done; }));
}

int ProjectController::inProgressCount() const
{
    return int(std::count_if(m_stepList.cbegin(), m_stepList.cend(),
        [](const Step &step) { return step.status == Step::Status::InProgress; }));
}

double ProjectController::progress() const
{
    return m_stepList.isEmpty() ? 0.0 : double(doneCount()) / double(stepCount());
}

StepsModel *ProjectController::steps()
{
    return &m_steps;
}

LogEntriesModel *ProjectController::log()
{
    return &m_log;
}

QVariantList ProjectController::ownerChoices() const
{
    //: Choice of who takes care of a step, before anyone is named
    QVariantList choices { QVariantMap {
        { u"contactId"_s, QString() }, { u"name"_s, tr("Nobody yet") } } };
    for (const auto &contact : m_contacts.participantsOf(shownMunicipalityId()))
        choices.append(QVariantMap { { u"contactId"_s, contact.id }, { u"name"_s, contact.name } });
    return choices;
}

QString ProjectController::dateInput(QDate date) const
{
    if (!date.isValid())
        return {};
    // What the date fields expect: 26.11.2026 in German, 2026-11-26 in English (no guessing
    // whether 05/11 is May or November).
    return m_context.language() == "en"_L1 ? date.toString(u"yyyy-MM-dd"_s)
                                           : date.toString(u"dd.MM.yyyy"_s);
}

QString ProjectController::todayInput() const
{
    return dateInput(m_context.today());
}

QString ProjectController::statusText(Step::Status status)
{
    switch (status) {
    case Step::Status::Open:
        //: Status of a project step
        return tr("Open");
    case Step::Status::InProgress:
        //: Status of a project step
        return tr("In progress");
    case Step::Status::Done:
        break;
    }
    //: Status of a project step
    return tr("Done");
}

QDate ProjectController::moduleStart(int module) const
{
    return ModuleStarts(m_programme.events()).of(module);
}

StepsModel::Row ProjectController::rowFor(const Step &step) const
{
    StepsModel::Row row;
    row.stepId = step.id;
    row.title = step.title;
    row.status = Step::statusName(step.status);
    row.statusText = statusText(step.status);
    row.ownerContactId = step.ownerContactId;
    if (const auto owner = m_contacts.contact(step.ownerContactId))
        row.ownerName = owner->name;
    row.notes = step.notes;
    row.dueModule = step.dueModule;
    const auto formatter = m_context.formatter();
    QDate due;
    if (step.dueDate.isValid()) {
        row.dueKind = u"date"_s;
        row.dueDateInput = dateInput(step.dueDate);
        due = step.dueDate;
        //: Due date of a project step; %1 is a date
        row.dueText = tr("due %1").arg(formatter.calendarDate(due));
    } else if (step.dueModule > 0) {
        row.dueKind = u"module"_s;
        due = moduleStart(step.dueModule);
        row.dueText = due.isValid()
            //: A project step due by a module; %1 module number, %2 the module's first day
            ? tr("by module %1 (%2)").arg(step.dueModule).arg(formatter.calendarDate(due))
            : tr("by module %1").arg(step.dueModule);
    } else {
        row.dueKind = u"none"_s;
    }
    QStringList parts { row.statusText, row.ownerName, row.dueText };
    parts.removeAll(QString());
    row.summary = parts.join(u" · "_s);
    row.overdue = due.isValid() && step.status != Step::Status::Done && due < m_context.today();
    return row;
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

QString ProjectController::storeStep(Step step, bool isNew)
{
    const QVariantList owners = ownerChoices();
    const bool ownerKnown
        = std::any_of(owners.cbegin(), owners.cend(), [&step](const QVariant &choice) {
              return choice.toMap().value(u"contactId"_s).toString() == step.ownerContactId;
          });
    if (!ownerKnown)
        return tr("Please choose someone of your municipality to take care of the step.");
    const bool hadProject = m_project.has_value();
    if (isNew) {
        if (!m_projects.addStepTo(shownMunicipalityId(), &step, m_context.now()))
            return tr("The step could not be saved on this device.");
    } else if (!m_projects.updateStep(step, m_context.now())) {
        return tr("The step could not be saved on this device.");
    }
    showStoredStep(step, hadProject);
    Q_EMIT changesRecorded();
    return {};
}

void ProjectController::showStoredStep(const Step &step, bool hadProject)
{
    // A project may hold thousands of steps and entries: only the saved step is shown anew.
    const auto at = std::find_if(m_stepList.begin(), m_stepList.end(),
        [&step](const Step &shown) { return shown.id == step.id; });
    if (!hadProject) {
        reload(); // the first step also made the project
        return;
    }
    if (at == m_stepList.end()) {
        m_stepList.append(step); // new steps come last (see ProjectRepository::addStepTo)
        m_steps.appendRow(rowFor(step));
    } else {
        *at = step;
        m_steps.setRow(int(at - m_stepList.begin()), rowFor(step));
    }
    Q_EMIT changed();
}

QString ProjectController::addStep(const QString &title, const QString &status,
    const QString &ownerContactId, const QString &dueKind, const QString &dueDate, int dueModule,
    const QString &notes)
{
    if (QString error = editError(); !error.isEmpty())
        return error;
    Step step;
    const ProjectInput::StepForm form { title, status, ownerContactId, dueKind, dueDate, dueModule,
        notes };
    if (QString error = ProjectInput::checkStep(form, &step); !error.isEmpty())
        return error;
    return storeStep(step, true);
}

QString ProjectController::updateStep(const QString &stepId, const QString &title,
    const QString &status, const QString &ownerContactId, const QString &dueKind,
    const QString &dueDate, int dueModule, const QString &notes)
{
    if (QString error = editError(); !error.isEmpty())
        return error;
    auto step = m_projects.step(stepId);
    if (!step || !m_project || step->projectId != m_project->id)
        return tr("This step no longer exists.");
    const ProjectInput::StepForm form { title, status, ownerContactId, dueKind, dueDate, dueModule,
        notes };
    if (QString error = ProjectInput::checkStep(form, &*step); !error.isEmpty())
        return error;
    return storeStep(*step, false);
}

QString ProjectController::setStepStatus(const QString &stepId, const QString &status)
{
    if (QString error = editError(); !error.isEmpty())
        return error;
    auto step = m_projects.step(stepId);
    if (!step || !m_project || step->projectId != m_project->id)
        return tr("This step no longer exists.");
    if (!Step::statusFromName(status, &step->status))
        return tr("Please choose a status.");
    return storeStep(*step, false);
}

QString ProjectController::deleteStep(const QString &stepId)
{
    if (QString error = editError(); !error.isEmpty())
        return error;
    const auto step = m_projects.step(stepId);
    if (!step || !m_project || step->projectId != m_project->id)
        return tr("This step no longer exists.");
    if (!m_projects.deleteStep(stepId, m_context.now()))
        return tr("The step could not be removed on this device.");
    reload();
    Q_EMIT changesRecorded();
    return {};
}

QVariantList ProjectController::keptTexts() const
{
    QVariantList texts;
    for (const auto &record : m_conflicts) {
        QString place;
        if (record.entity == Records::Project::entity) {
            place = record.field == Records::Project::goal ? tr("Goal of the project")
                                                           : tr("Title of the project");
        } else {
            const QString title = stepTitle(record.rowId);
            place = record.field == "notes"_L1
                //: Where a kept text belongs; %1 is the title of a step
                ? tr("Notes of the step “%1”").arg(title)
                //: Where a kept text belongs; %1 is the current title of a step
                : tr("Title of the step “%1”").arg(title);
        }
        const auto author = m_contacts.contact(record.authorContactId);
        const QString heading = author
            //: %1 is where the text belongs (e.g. the notes of a step), %2 a person's name
            ? tr("%1, also entered by %2").arg(place, author->name)
            : tr("%1, also entered on another device").arg(place);
        texts.append(QVariantMap { { u"conflictId"_s, record.id }, { u"heading"_s, heading },
            { u"text"_s, record.text } });
    }
    return texts;
}

QString ProjectController::stepTitle(const QString &stepId) const
{
    const auto step = std::find_if(m_stepList.cbegin(), m_stepList.cend(),
        [&stepId](const Step &each) { return each.id == stepId; });
    return step != m_stepList.cend() ? step->title : QString();
}

QVariantList ProjectController::comments() const
{
    QVariantList list;
    const auto formatter = m_context.formatter();
    for (const auto &comment : m_comments) {
        const auto author = m_contacts.contact(comment.authorContactId);
        QStringList heading { author ? author->name : tr("The organisers") };
        if (comment.writtenAt.isValid())
            heading.append(formatter.calendarDate(ProgrammeZone::localDate(comment.writtenAt)));
        if (const QString title = stepTitle(comment.stepId); !title.isEmpty())
            //: Where an organiser's comment belongs; %1 is the title of a step
            heading.append(tr("on “%1”").arg(title));
        list.append(
            QVariantMap { { u"heading"_s, heading.join(u", "_s) }, { u"text"_s, comment.text } });
    }
    return list;
}

template <typename Change>
QString ProjectController::changeKeptText(const QString &conflictId, Change change)
{
    if (QString error = editError(); !error.isEmpty())
        return error;
    const auto record = m_projects.conflict(conflictId);
    if (!record || !m_project || record->projectId != m_project->id)
        return tr("This text is no longer kept.");
    if (!change(conflictId))
        return tr("The change could not be saved on this device.");
    reload();
    Q_EMIT changesRecorded();
    return {};
}

QString ProjectController::adoptKeptText(const QString &conflictId)
{
    return changeKeptText(conflictId,
        [this](const QString &id) { return m_projects.adoptConflict(id, m_context.now()); });
}

QString ProjectController::dismissKeptText(const QString &conflictId)
{
    return changeKeptText(conflictId,
        [this](const QString &id) { return m_projects.dismissConflict(id, m_context.now()); });
}

bool ProjectController::canComment() const
{
    return m_settings.organiser();
}

QString ProjectController::addComment(const QString &text, const QString &stepId)
{
    if (!canComment())
        return tr("Only the organisers write comments on projects.");
    const QString municipality = shownMunicipalityId();
    if (municipality.isEmpty())
        return tr("Please choose the municipality whose project you want to comment on.");
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return tr("Please write the comment first.");
    if (trimmed.size() > 4000)
        //: %1 is how many characters the comment has
        return tr("A comment can be at most 4,000 characters long; this one has %1.")
            .arg(m_context.locale().toString(trimmed.size()));
    const auto step = stepId.isEmpty() ? std::nullopt : m_projects.step(stepId);
    if (!stepId.isEmpty() && (!step || !m_project || step->projectId != m_project->id))
        return tr("This step is not part of the project (any more).");
    Comment comment;
    // A project not started yet has its id already: it follows from the municipality's.
    comment.projectId = m_project ? m_project->id : ProjectRepository::projectIdFor(municipality);
    comment.stepId = stepId;
    comment.authorContactId = m_settings.ownContactId();
    comment.text = trimmed;
    if (!m_projects.addComment(&comment, m_context.now()))
        return tr("The comment could not be saved on this device.");
    reload();
    Q_EMIT changesRecorded();
    return {};
}

QString ProjectController::addLogEntry(const QString &date, const QString &text, bool question)
{
    if (QString error = editError(); !error.isEmpty())
        return error;
    const auto author = m_contacts.contact(m_settings.ownContactId());
    if (!author)
        return tr("Please choose in the settings who you are, so that the entry shows your name.");
    LogEntry entry;
    if (QString error = ProjectInput::checkLogEntry(date, text, m_context.today(), &entry);
        !error.isEmpty())
        return error;
    entry.authorContactId = author->id;
    entry.authorName = author->name;
    entry.question = question;
    const bool hadProject = m_project.has_value();
    if (!m_projects.addLogEntryTo(shownMunicipalityId(), &entry, m_context.now()))
        return tr("The entry could not be saved on this device.");
    if (hadProject) {
        m_log.insertRow(
            { entry.id, entry.entryDate, m_context.formatter().calendarDate(entry.entryDate),
                entry.authorName, entry.text, entry.question });
        Q_EMIT changed();
    } else {
        reload();
    }
    Q_EMIT changesRecorded();
    return {};
}
