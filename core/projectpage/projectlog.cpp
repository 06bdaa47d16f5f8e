// SPDX-License-Identifier: GPL-3.0-or-later
#include "projectlog.h"

#include "appsettings.h"
#include "contactrepository.h"
#include "displaycontext.h"
#include "projectcontroller.h"
#include "projectinput.h"
#include "projectrepository.h"

ProjectLog::ProjectLog(ProjectController &shown, ProjectRepository &projects,
    ContactRepository &contacts, AppSettings &settings, DisplayContext &context)
    : m_shown(shown)
    , m_projects(projects)
    , m_contacts(contacts)
    , m_settings(settings)
    , m_context(context)
{
}

LogEntriesModel *ProjectLog::model()
{
    return &m_model;
}

QString ProjectLog::todayInput() const
{
    return m_todayInput;
}

namespace {
LogEntriesModel::Row rowFor(const LogEntry &entry, const TimeFormatter &formatter)
{
    // Without a name: its author was erased; what they wrote stays.
    const QString author = entry.authorName.isEmpty() && entry.authorContactId.isEmpty()
        ? ProjectLog::tr("former participant")
        : entry.authorName;
    return { entry.id, entry.entryDate, formatter.calendarDate(entry.entryDate), author, entry.text,
        entry.question };
}
}

void ProjectLog::load()
{
    QList<LogEntriesModel::Row> rows;
    if (const auto &project = m_shown.project()) {
        const auto formatter = m_context.formatter();
        for (const auto &entry : m_projects.logEntries(project->id))
            rows.append(rowFor(entry, formatter));
    }
    m_model.setRows(rows);
    const QString today = ProjectInput::dateText(m_context.today(), m_context.language());
    if (today != m_todayInput) {
        m_todayInput = today;
        Q_EMIT todayInputChanged();
    }
}

QString ProjectLog::add(const QString &date, const QString &text, bool question)
{
    if (QString error = m_shown.editError(); !error.isEmpty())
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
    const bool hadProject = m_shown.project().has_value();
    if (!m_projects.addLogEntryTo(m_shown.shownMunicipalityId(), &entry, m_context.now()))
        return tr("The entry could not be saved on this device.");
    if (hadProject)
        m_model.insertRow(
            rowFor(entry, m_context.formatter())); // a long log is not read again for one entry
    else
        m_shown.reload(); // the first entry also made the project
    Q_EMIT changesRecorded();
    return {};
}
