// SPDX-License-Identifier: GPL-3.0-or-later
#include "projectsoverview.h"

#include "contactrepository.h"
#include "displaycontext.h"
#include "modulestarts.h"
#include "programmemodel.h"
#include "programmezone.h"
#include "projectrepository.h"
#include "reportdocument.h"

using namespace Qt::StringLiterals;

ProjectsOverview::ProjectsOverview(ContactRepository &contacts, ProjectRepository &projects,
    ProgrammeModel &programme, DisplayContext &context, QObject *parent)
    : QAbstractListModel(parent)
    , m_contacts(contacts)
    , m_projects(projects)
    , m_programme(programme)
    , m_context(context)
{
    // Read when the overview is first shown (ProjectsOverviewPage), not at the app's start.
    connect(&m_context, &DisplayContext::changed, this, &ProjectsOverview::reload);
}

int ProjectsOverview::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant ProjectsOverview::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows.at(index.row());
    switch (role) {
    case MunicipalityIdRole:
        return row.municipalityId;
    case Qt::DisplayRole:
    case NameRole:
        return row.name;
    case ProjectTitleRole:
        return row.projectTitle;
    case StepCountRole:
        return row.steps;
    case DoneCountRole:
        return row.done;
    case InProgressCountRole:
        return row.inProgress;
    case OpenCountRole:
        return row.open;
    case OverdueCountRole:
        return row.overdue;
    case SummaryRole:
        return summary(row);
    case LastActivityRole:
        return row.lastActivity.isValid()
            //: %1 is the date of the last entry or change in a project
            ? tr("Last activity %1").arg(m_context.formatter().calendarDate(row.lastActivity))
            : tr("Nothing entered yet");
    case OpenQuestionsRole:
        return row.openQuestions;
    case QuietRole:
        return isQuiet(row);
    case QuietTextRole:
        //: In the overview of all projects; %1 a module's number
        return isQuiet(row) ? tr("Nothing written since module %1").arg(m_quietSince) : QString();
    }
    return {};
}

QHash<int, QByteArray> ProjectsOverview::roleNames() const
{
    return {
        { MunicipalityIdRole, "municipalityId" },
        { NameRole, "name" },
        { ProjectTitleRole, "projectTitle" },
        { StepCountRole, "stepCount" },
        { DoneCountRole, "doneCount" },
        { InProgressCountRole, "inProgressCount" },
        { OpenCountRole, "openCount" },
        { OverdueCountRole, "overdueCount" },
        { SummaryRole, "summary" },
        { LastActivityRole, "lastActivity" },
        { OpenQuestionsRole, "openQuestions" },
        { QuietRole, "quiet" },
        { QuietTextRole, "quietText" },
    };
}

int ProjectsOverview::openQuestionCount() const
{
    int count = 0;
    for (const auto &row : m_rows)
        count += int(row.openQuestions.size());
    return count;
}

QString ProjectsOverview::summary(const Row &row) const
{
    if (row.steps == 0)
        return tr("No steps yet");
    //: %1 steps done of %2
    QStringList parts { tr("%1 of %2 done").arg(row.done).arg(row.steps) };
    if (row.inProgress > 0)
        parts.append(tr("%1 in progress").arg(row.inProgress));
    if (row.open > 0)
        parts.append(tr("%1 open").arg(row.open));
    if (row.overdue > 0)
        //: Steps not done whose due date has passed
        parts.append(tr("%1 overdue").arg(row.overdue));
    return parts.join(u" · "_s);
}

ProjectsOverview::Row ProjectsOverview::rowFor(
    const QString &municipalityId, const QString &name, const ModuleStarts &modules) const
{
    Row row;
    row.municipalityId = municipalityId;
    row.name = name;
    const auto project = m_projects.projectOf(municipalityId);
    if (!project)
        return row;
    row.projectTitle = project->title;
    const QDate today = m_context.today();
    for (const auto &step : m_projects.steps(project->id)) {
        ++row.steps;
        row.done += step.status == Step::Status::Done;
        row.inProgress += step.status == Step::Status::InProgress;
        row.open += step.status == Step::Status::Open;
        row.overdue += modules.isOverdue(step, today);
        const QDate changed = ProgrammeZone::localDate(step.updatedAt);
        if (step.updatedAt.isValid() && (!row.lastActivity.isValid() || changed > row.lastActivity))
            row.lastActivity = changed;
    }
    // A question is answered once the organisers commented on the project on or after the
    // day it was asked.
    QDate lastComment;
    for (const auto &comment : m_projects.organiserNotes(project->id)) {
        const QDate written = ProgrammeZone::localDate(comment.writtenAt);
        if (comment.writtenAt.isValid() && (!lastComment.isValid() || written > lastComment))
            lastComment = written;
    }
    for (const auto &entry : m_projects.logEntries(project->id)) { // newest first
        if (!row.lastActivity.isValid() || entry.entryDate > row.lastActivity)
            row.lastActivity = entry.entryDate;
        if (entry.question && (!lastComment.isValid() || lastComment < entry.entryDate))
            row.openQuestions.append(entry.text);
    }
    return row;
}

void ProjectsOverview::reload()
{
    m_read.clear();
    m_modules = ModuleStarts(m_programme.events());
    for (const auto &municipality : m_contacts.municipalities())
        m_read.append(rowFor(municipality.id, municipality.name, m_modules));
    m_begunModules = m_modules.begunBy(m_context.today());
    // "Since the last module" unless another was chosen that has begun.
    if (!m_begunModules.contains(m_quietSince))
        m_quietSince = m_begunModules.isEmpty() ? 0 : m_begunModules.constLast();
    arrange();
}

bool ProjectsOverview::isQuiet(const Row &row) const
{
    const QDate since = m_modules.of(m_quietSince);
    return since.isValid() && (!row.lastActivity.isValid() || row.lastActivity < since);
}

void ProjectsOverview::arrange()
{
    beginResetModel();
    m_rows.clear();
    for (const auto &row : std::as_const(m_read)) {
        if ((m_filter == "questions"_L1 && row.openQuestions.isEmpty())
            || (m_filter == "overdue"_L1 && row.overdue == 0)
            || (m_filter == "quiet"_L1 && !isQuiet(row)))
            continue;
        m_rows.append(row);
    }
    // Stable: within the same rank, by name (the order the contacts have them in).
    std::stable_sort(m_rows.begin(), m_rows.end(), [this](const Row &a, const Row &b) {
        if (m_sortOrder == "overdue"_L1)
            return a.overdue > b.overdue;
        if (m_sortOrder == "quiet"_L1) // never written first, then the longest silence
            return a.lastActivity.isValid() != b.lastActivity.isValid()
                ? !a.lastActivity.isValid()
                : a.lastActivity < b.lastActivity;
        if (m_sortOrder == "name"_L1)
            return false;
        return a.openQuestions.size() > b.openQuestions.size();
    });
    endResetModel();
    Q_EMIT countChanged();
}

QString ProjectsOverview::sortOrder() const
{
    return m_sortOrder;
}

template <typename T>
void ProjectsOverview::choose(T &member, const T &value, const QList<T> &allowed)
{
    if (value == member || !allowed.contains(value))
        return;
    member = value;
    Q_EMIT choicesChanged();
    arrange();
}

void ProjectsOverview::setSortOrder(const QString &order)
{
    choose(m_sortOrder, order, { u"questions"_s, u"overdue"_s, u"quiet"_s, u"name"_s });
}

QString ProjectsOverview::filter() const
{
    return m_filter;
}

void ProjectsOverview::setFilter(const QString &filter)
{
    choose(m_filter, filter, { u"all"_s, u"questions"_s, u"overdue"_s, u"quiet"_s });
}

int ProjectsOverview::quietSince() const
{
    return m_quietSince;
}

void ProjectsOverview::setQuietSince(int module)
{
    choose(m_quietSince, module, m_begunModules);
}

QVariantList ProjectsOverview::moduleChoices() const
{
    return ReportPeriod::moduleChoices(m_modules, m_context);
}

QStringList ProjectsOverview::shownIds() const
{
    QStringList ids;
    for (const auto &row : m_rows)
        ids.append(row.municipalityId);
    return ids;
}
