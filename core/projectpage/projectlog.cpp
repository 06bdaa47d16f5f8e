// SPDX-License-Identifier: GPL-3.0-or-later
#include "projectlog.h"

#include "appsettings.h"
#include "contactrepository.h"
#include "displaycontext.h"
#include "programmezone.h"
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

LogEntriesModel::Row ProjectLog::rowFor(const LogEntry &entry, const TimeFormatter &formatter) const
{
    // Without a name: its author was erased; what they wrote stays.
    const QString author = entry.authorName.isEmpty() && entry.authorContactId.isEmpty()
        ? tr("former participant")
        : entry.authorName;
    QString correction;
    if (entry.corrected) {
        const QString when = entry.correctedAt.isValid()
            ? formatter.calendarDate(entry.correctedAt.toTimeZone(ProgrammeZone::zone()).date())
            : QString();
        // Without a day while the correction waits to be sent (the server gives it its time).
        if (entry.withdrawn && when.isEmpty())
            //: Beside a log entry its writer withdrew, before the server has it
            correction = tr("withdrawn by its writer");
        else if (entry.withdrawn)
            //: Beside a log entry its writer withdrew; %1 the day
            correction = tr("withdrawn on %1").arg(when);
        else if (when.isEmpty())
            //: Beside a log entry its writer corrected, before the server has it
            correction = tr("corrected by its writer");
        else
            //: Beside a log entry its writer corrected; %1 the day
            correction = tr("corrected on %1").arg(when);
    }
    const bool mine = !entry.authorContactId.isEmpty()
        && entry.authorContactId == m_settings.ownContactId()
        && m_shown.shownMunicipalityId() == m_settings.ownMunicipalityId();
    return { entry.id, entry.entryDate, formatter.calendarDate(entry.entryDate), author, entry.text,
        entry.question && !entry.withdrawn, mine, entry.withdrawn, correction, entry.earlierTexts };
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

QString ProjectLog::ownEntry(const QString &entryId, LogEntry *found) const
{
    if (QString error = m_shown.editError(); !error.isEmpty())
        return error;
    const auto &project = m_shown.project();
    const auto entries = project ? m_projects.logEntries(project->id) : QList<LogEntry>();
    const auto entry = std::find_if(entries.cbegin(), entries.cend(),
        [&entryId](const LogEntry &each) { return each.id == entryId; });
    if (entry == entries.cend())
        return tr("This entry no longer exists.");
    if (entry->authorContactId.isEmpty() || entry->authorContactId != m_settings.ownContactId())
        return tr("Only the person who wrote an entry can correct it.");
    *found = *entry;
    return {};
}

QString ProjectLog::storeCorrection(
    const LogEntry &entry, const QString &text, bool question, bool withdrawn)
{
    if (!m_projects.correctLogEntry(entry.id, text, question, withdrawn, m_context.now()))
        return tr("The correction could not be saved on this device.");
    load();
    Q_EMIT changesRecorded();
    return {};
}

QString ProjectLog::correct(const QString &entryId, const QString &text, bool question)
{
    LogEntry entry;
    if (QString error = ownEntry(entryId, &entry); !error.isEmpty())
        return error;
    LogEntry checked;
    if (QString error
        = ProjectInput::checkLogEntry(ProjectInput::dateText(entry.entryDate, m_context.language()),
            text, m_context.today(), &checked);
        !error.isEmpty())
        return error;
    if (checked.text == entry.text && question == entry.question && !entry.withdrawn)
        return {}; // nothing changed: nothing to record
    return storeCorrection(entry, checked.text, question, false);
}

QString ProjectLog::withdraw(const QString &entryId)
{
    LogEntry entry;
    if (QString error = ownEntry(entryId, &entry); !error.isEmpty())
        return error;
    if (entry.withdrawn)
        return {};
    return storeCorrection(entry, entry.text, false, true);
}
