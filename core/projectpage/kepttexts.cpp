// SPDX-License-Identifier: GPL-3.0-or-later
#include "kepttexts.h"

#include "contactrepository.h"
#include "displaycontext.h"
#include "projectcontroller.h"
#include "projectrepository.h"
#include "records.h"

using namespace Qt::StringLiterals;

KeptTexts::KeptTexts(ProjectController &shown, ProjectRepository &projects,
    ContactRepository &contacts, DisplayContext &context)
    : m_shown(shown)
    , m_projects(projects)
    , m_contacts(contacts)
    , m_context(context)
{
}

QVariantList KeptTexts::items() const
{
    return m_items;
}

void KeptTexts::load()
{
    QVariantList items;
    const auto &project = m_shown.project();
    for (const auto &record : project ? m_projects.keptTexts(project->id) : QList<KeptText>()) {
        QString place;
        if (record.entity == Records::Project::entity) {
            place = record.field == Records::Project::goal ? tr("Goal of the project")
                                                           : tr("Title of the project");
        } else {
            const QString title = m_shown.steps()->titleOf(record.rowId);
            place = record.field == Records::Step::notes
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
        items.append(QVariantMap { { u"keptTextId"_s, record.id }, { u"heading"_s, heading },
            { u"text"_s, record.text } });
    }
    if (items != m_items) {
        m_items = items;
        Q_EMIT itemsChanged();
    }
}

template <typename Change> QString KeptTexts::change(const QString &keptTextId, Change change)
{
    if (QString error = m_shown.editError(); !error.isEmpty())
        return error;
    const auto record = m_projects.keptText(keptTextId);
    const auto &project = m_shown.project();
    if (!record || !project || record->projectId != project->id)
        return tr("This text is no longer kept.");
    if (!change(keptTextId))
        return tr("The change could not be saved on this device.");
    m_shown.reload();
    Q_EMIT changesRecorded();
    return {};
}

QString KeptTexts::adopt(const QString &keptTextId)
{
    return change(keptTextId,
        [this](const QString &id) { return m_projects.adoptKeptText(id, m_context.now()); });
}

QString KeptTexts::dismiss(const QString &keptTextId)
{
    return change(keptTextId,
        [this](const QString &id) { return m_projects.dismissKeptText(id, m_context.now()); });
}
