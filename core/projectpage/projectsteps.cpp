// SPDX-License-Identifier: GPL-3.0-or-later
#include "projectsteps.h"

#include "appsettings.h"
#include "contactrepository.h"
#include "displaycontext.h"
#include "modulestarts.h"
#include "programmemodel.h"
#include "projectcontroller.h"
#include "projectinput.h"
#include "projectrepository.h"

#include <limits>

using namespace Qt::StringLiterals;

ProjectSteps::ProjectSteps(ProjectController &shown, ProjectRepository &projects,
    ContactRepository &contacts, AppSettings &settings, DisplayContext &context,
    ProgrammeModel &programme)
    : m_shown(shown)
    , m_projects(projects)
    , m_contacts(contacts)
    , m_settings(settings)
    , m_context(context)
    , m_programme(programme)
{
}

StepsModel *ProjectSteps::model()
{
    return &m_model;
}

int ProjectSteps::count() const
{
    return int(m_stepList.size());
}

int ProjectSteps::doneCount() const
{
    return m_doneCount;
}

int ProjectSteps::inProgressCount() const
{
    return m_inProgressCount;
}

double ProjectSteps::progress() const
{
    return m_stepList.isEmpty() ? 0.0 : double(m_doneCount) / double(m_stepList.size());
}

QVariantList ProjectSteps::ownerChoices() const
{
    return m_ownerChoices;
}

QString ProjectSteps::titleOf(const QString &stepId) const
{
    const auto step = std::find_if(m_stepList.cbegin(), m_stepList.cend(),
        [&stepId](const Step &each) { return each.id == stepId; });
    return step != m_stepList.cend() ? step->title : QString();
}

void ProjectSteps::load()
{
    const int oldCount = count();
    const auto &project = m_shown.project();
    m_stepList = project ? m_projects.steps(project->id) : QList<Step>();
    // By when they are due, the soonest first; steps without a date after them, in the
    // order they were made.
    const ModuleStarts modules(m_programme.events());
    std::stable_sort(
        m_stepList.begin(), m_stepList.end(), [&modules](const Step &a, const Step &b) {
            return dueKey(a, modules) < dueKey(b, modules);
        });
    QList<StepsModel::Row> rows;
    rows.reserve(m_stepList.size());
    for (const auto &step : std::as_const(m_stepList))
        rows.append(rowFor(step));
    m_model.setRows(rows);
    if (count() != oldCount)
        Q_EMIT countChanged();
    countAgain();

    //: Choice of who takes care of a step, before anyone is named
    QVariantList choices { QVariantMap {
        { u"contactId"_s, QString() }, { u"name"_s, tr("Nobody yet") } } };
    for (const auto &contact : m_contacts.participantsOf(m_shown.shownMunicipalityId()))
        choices.append(QVariantMap { { u"contactId"_s, contact.id }, { u"name"_s, contact.name } });
    if (choices != m_ownerChoices) {
        m_ownerChoices = choices;
        Q_EMIT ownerChoicesChanged();
    }
}

void ProjectSteps::countAgain()
{
    const int done = int(std::count_if(m_stepList.cbegin(), m_stepList.cend(),
        [](const Step &step) { return step.status == Step::Status::Done; }));
    const int inProgress = int(std::count_if(m_stepList.cbegin(), m_stepList.cend(),
        [](const Step &step) { return step.status == Step::Status::InProgress; }));
    if (done != m_doneCount) {
        m_doneCount = done;
        Q_EMIT doneCountChanged();
    }
    if (inProgress != m_inProgressCount) {
        m_inProgressCount = inProgress;
        Q_EMIT inProgressCountChanged();
    }
    // Compared with the share last told, not one computed from the changed list.
    if (const double share = progress(); share != m_progress) {
        m_progress = share;
        Q_EMIT progressChanged();
    }
}

QString ProjectSteps::statusText(Step::Status status)
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

StepsModel::Row ProjectSteps::rowFor(const Step &step) const
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
        row.dueDateInput = ProjectInput::dateText(step.dueDate, m_context.language());
        due = step.dueDate;
        //: Due date of a project step; %1 is a date
        row.dueText = tr("due %1").arg(formatter.calendarDate(due));
    } else if (step.dueModule > 0) {
        row.dueKind = u"module"_s;
        due = ModuleStarts(m_programme.events()).of(step.dueModule);
        row.dueText = due.isValid()
            //: A project step due by a module; %1 module number, %2 the module's first day
            ? tr("by module %1 (%2)").arg(step.dueModule).arg(formatter.calendarDate(due))
            : tr("by module %1").arg(step.dueModule);
    } else {
        row.dueKind = u"none"_s;
    }
    row.dueDate = due;
    row.mine = !step.ownerContactId.isEmpty() && step.ownerContactId == m_settings.ownContactId();
    //: Who takes care of a project step: the person using the app
    QStringList parts { row.statusText, row.mine ? tr("Yours") : row.ownerName, row.dueText };
    parts.removeAll(QString());
    row.summary = parts.join(u" · "_s);
    row.overdue = due.isValid() && step.status != Step::Status::Done && due < m_context.today();
    return row;
}

std::optional<Step> ProjectSteps::shownStep(const QString &stepId) const
{
    const auto step = m_projects.step(stepId);
    const auto &project = m_shown.project();
    if (!step || !project || step->projectId != project->id)
        return std::nullopt;
    return step;
}

QString ProjectSteps::store(Step step, bool isNew)
{
    const bool ownerKnown = std::any_of(
        m_ownerChoices.cbegin(), m_ownerChoices.cend(), [&step](const QVariant &choice) {
            return choice.toMap().value(u"contactId"_s).toString() == step.ownerContactId;
        });
    if (!ownerKnown)
        return tr("Please choose someone of your municipality to take care of the step.");
    const bool hadProject = m_shown.project().has_value();
    if (isNew) {
        if (!m_projects.addStepTo(m_shown.shownMunicipalityId(), &step, m_context.now()))
            return tr("The step could not be saved on this device.");
    } else if (!m_projects.updateStep(step, m_context.now())) {
        return tr("The step could not be saved on this device.");
    }
    if (hadProject)
        showStored(step);
    else
        m_shown.reload(); // the first step also made the project
    Q_EMIT changesRecorded();
    return {};
}

QVariantList ProjectSteps::moduleChoices() const
{
    const ModuleStarts modules(m_programme.events());
    const auto formatter = m_context.formatter();
    QVariantList choices;
    for (int module = 1; module <= Step::moduleCount; ++module) {
        const QDate start = modules.of(module);
        choices.append(QVariantMap { { u"module"_s, module },
            //: A module to pick as a step's due date; %1 its number, %2 its first day
            { u"text"_s,
                start.isValid()
                    ? tr("Module %1 · %2").arg(module).arg(formatter.calendarDate(start))
                    : tr("Module %1").arg(module) } });
    }
    return choices;
}

int ProjectSteps::nextModule() const
{
    const ModuleStarts modules(m_programme.events());
    for (int module = 1; module <= Step::moduleCount; ++module) {
        if (const QDate start = modules.of(module); start.isValid() && start > m_context.today())
            return module;
    }
    return Step::moduleCount;
}

QString ProjectSteps::dateProblem(const QString &text) const
{
    QDate date;
    return ProjectInput::parseDate(text, &date, m_context.today());
}

QString ProjectSteps::dateInDays(int days) const
{
    return ProjectInput::dateText(m_context.today().addDays(days), m_context.language());
}

QDate ProjectSteps::dateOf(const QString &text) const
{
    QDate date;
    if (!ProjectInput::parseDate(text, &date, m_context.today()).isEmpty())
        return m_context.today();
    return date;
}

QString ProjectSteps::dateInput(int year, int month, int day) const
{
    return ProjectInput::dateText(QDate(year, month, day), m_context.language());
}

qint64 ProjectSteps::dueKey(const Step &step, const ModuleStarts &modules)
{
    const QDate due = step.dueDate.isValid() ? step.dueDate
        : step.dueModule > 0                 ? modules.of(step.dueModule)
                                             : QDate();
    return due.isValid() ? due.toJulianDay() : std::numeric_limits<qint64>::max();
}

qsizetype ProjectSteps::sortedPosition(const Step &step) const
{
    const ModuleStarts modules(m_programme.events());
    const qint64 key = dueKey(step, modules);
    return std::upper_bound(m_stepList.cbegin(), m_stepList.cend(), key,
               [&modules](
                   qint64 wanted, const Step &shown) { return wanted < dueKey(shown, modules); })
        - m_stepList.cbegin();
}

void ProjectSteps::showStored(const Step &step)
{
    // A project may hold thousands of steps: only the saved step is shown anew, in its place
    // by date (a new one, or one due another day, moves there).
    const auto at = std::find_if(m_stepList.begin(), m_stepList.end(),
        [&step](const Step &shown) { return shown.id == step.id; });
    const bool isNew = at == m_stepList.end();
    const bool retitled = !isNew && at->title != step.title;
    if (!isNew && at->dueDate == step.dueDate && at->dueModule == step.dueModule) {
        *at = step;
        m_model.setRow(int(at - m_stepList.begin()), rowFor(step));
    } else {
        if (!isNew) {
            const auto from = at - m_stepList.begin();
            m_stepList.removeAt(from);
            m_model.removeRow(int(from));
        }
        const qsizetype to = sortedPosition(step);
        m_stepList.insert(to, step);
        m_model.insertRow(int(to), rowFor(step));
        if (isNew)
            Q_EMIT countChanged();
    }
    if (retitled)
        Q_EMIT titlesChanged();
    countAgain();
}

QString ProjectSteps::add(const QString &title, const QString &status,
    const QString &ownerContactId, const QString &dueKind, const QString &dueDate, int dueModule,
    const QString &notes)
{
    if (QString error = m_shown.editError(); !error.isEmpty())
        return error;
    Step step;
    const ProjectInput::StepForm form { title, status, ownerContactId, dueKind, dueDate, dueModule,
        notes, m_context.today() };
    if (QString error = ProjectInput::checkStep(form, &step); !error.isEmpty())
        return error;
    return store(step, true);
}

QString ProjectSteps::update(const QString &stepId, const QString &title, const QString &status,
    const QString &ownerContactId, const QString &dueKind, const QString &dueDate, int dueModule,
    const QString &notes)
{
    if (QString error = m_shown.editError(); !error.isEmpty())
        return error;
    auto step = shownStep(stepId);
    if (!step)
        return tr("This step no longer exists.");
    const ProjectInput::StepForm form { title, status, ownerContactId, dueKind, dueDate, dueModule,
        notes, m_context.today() };
    if (QString error = ProjectInput::checkStep(form, &*step); !error.isEmpty())
        return error;
    return store(*step, false);
}

QString ProjectSteps::setStatus(const QString &stepId, const QString &status)
{
    if (QString error = m_shown.editError(); !error.isEmpty())
        return error;
    auto step = shownStep(stepId);
    if (!step)
        return tr("This step no longer exists.");
    if (!Step::statusFromName(status, &step->status))
        return tr("Please choose a status.");
    return store(*step, false);
}

QString ProjectSteps::remove(const QString &stepId)
{
    if (QString error = m_shown.editError(); !error.isEmpty())
        return error;
    if (!shownStep(stepId))
        return tr("This step no longer exists.");
    if (!m_projects.deleteStep(stepId, m_context.now()))
        return tr("The step could not be removed on this device.");
    m_shown.reload();
    Q_EMIT changesRecorded();
    return {};
}
