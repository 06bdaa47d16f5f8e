// SPDX-License-Identifier: GPL-3.0-or-later
#include "organisernotes.h"

#include "appsettings.h"
#include "contactrepository.h"
#include "displaycontext.h"
#include "programmezone.h"
#include "projectcontroller.h"
#include "projectrepository.h"

using namespace Qt::StringLiterals;

OrganiserNotes::OrganiserNotes(ProjectController &shown, ProjectRepository &projects,
    ContactRepository &contacts, AppSettings &settings, DisplayContext &context)
    : m_shown(shown)
    , m_projects(projects)
    , m_contacts(contacts)
    , m_settings(settings)
    , m_context(context)
{
}

QVariantList OrganiserNotes::items() const
{
    return m_items;
}

bool OrganiserNotes::canWrite() const
{
    return m_settings.organiser();
}

void OrganiserNotes::load()
{
    QVariantList items;
    if (const auto &project = m_shown.project()) {
        const auto formatter = m_context.formatter();
        for (const auto &note : m_projects.organiserNotes(project->id)) {
            const auto author = m_contacts.contact(note.authorContactId);
            QStringList heading { author ? author->name : tr("The organisers") };
            if (note.writtenAt.isValid())
                heading.append(formatter.calendarDate(ProgrammeZone::localDate(note.writtenAt)));
            if (const QString title = m_shown.steps()->titleOf(note.stepId); !title.isEmpty())
                //: Where an organiser's note belongs; %1 is the title of a step
                heading.append(tr("on “%1”").arg(title));
            items.append(
                QVariantMap { { u"heading"_s, heading.join(u", "_s) }, { u"text"_s, note.text } });
        }
    }
    if (items != m_items) {
        m_items = items;
        Q_EMIT itemsChanged();
    }
}

QString OrganiserNotes::add(const QString &text, const QString &stepId)
{
    if (!canWrite())
        return tr("Only the organisers write comments on projects.");
    const QString municipality = m_shown.shownMunicipalityId();
    if (municipality.isEmpty())
        return tr("Please choose the municipality whose project you want to comment on.");
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return tr("Please write the comment first.");
    if (trimmed.size() > maxLength)
        //: %1 is how many characters the comment has
        return tr("A comment can be at most 4,000 characters long; this one has %1.")
            .arg(m_context.locale().toString(trimmed.size()));
    const auto &project = m_shown.project();
    const auto step = stepId.isEmpty() ? std::nullopt : m_projects.step(stepId);
    if (!stepId.isEmpty() && (!step || !project || step->projectId != project->id))
        return tr("This step is not part of the project (any more).");
    OrganiserNote note;
    // A project not started yet has its id already: it follows from the municipality's.
    note.projectId = project ? project->id : ProjectRepository::projectIdFor(municipality);
    note.stepId = stepId;
    note.authorContactId = m_settings.ownContactId();
    note.text = trimmed;
    if (!m_projects.addOrganiserNote(&note, m_context.now()))
        return tr("The comment could not be saved on this device.");
    m_shown.reload();
    Q_EMIT changesRecorded();
    return {};
}
