// SPDX-License-Identifier: GPL-3.0-or-later
#include "datenotes.h"

#include "appsettings.h"
#include "displaycontext.h"
#include "noterepository.h"
#include "programmemodel.h"
#include "projectrepository.h"

using namespace Qt::StringLiterals;

DateNotes::DateNotes(NoteRepository &notes, ProgrammeModel &programme, ProjectRepository &projects,
    AppSettings &settings, DisplayContext &context, QObject *parent)
    : QObject(parent)
    , m_notes(notes)
    , m_programme(programme)
    , m_projects(projects)
    , m_settings(settings)
    , m_context(context)
{
    connect(&m_settings, &AppSettings::ownMunicipalityIdChanged, this, &DateNotes::changed);
}

QVariantList DateNotes::stepChoices() const
{
    QVariantList choices;
    const auto project = m_projects.projectOf(m_settings.ownMunicipalityId());
    if (!project)
        return choices;
    for (const auto &step : m_projects.steps(project->id))
        choices.append(QVariantMap { { u"value"_s, step.id }, { u"text"_s, step.title } });
    return choices;
}

QString DateNotes::text(const QString &eventId) const
{
    const auto note = m_notes.note(eventId);
    return note ? note->text : QString();
}

QString DateNotes::stepId(const QString &eventId) const
{
    const auto note = m_notes.note(eventId);
    return note ? note->stepId : QString();
}

QString DateNotes::stepTitle(const QString &stepId) const
{
    const auto step = m_projects.step(stepId);
    return step ? step->title : QString();
}

QVariantList DateNotes::notesOnStep(const QString &stepId) const
{
    QVariantList list;
    for (const auto &note : m_notes.notesOnStep(stepId)) {
        const QVariantMap event = m_programme.get(note.eventId);
        const QString heading = event.isEmpty()
            ? QString()
            : event.value(u"title"_s).toString() + u", "_s + event.value(u"dateText"_s).toString();
        list.append(QVariantMap {
            { u"eventId"_s, note.eventId }, { u"heading"_s, heading }, { u"text"_s, note.text } });
    }
    return list;
}

QString DateNotes::writer() const
{
    const QString owner = m_settings.ownContactId();
    return owner.isEmpty() ? u"this-device"_s : owner;
}

QString DateNotes::noteId(const QString &eventId) const
{
    const auto note = m_notes.note(eventId);
    return note ? note->id : QString();
}

QString DateNotes::noteForFiles(const QString &eventId)
{
    const bool isNew = !m_notes.note(eventId);
    const QString id = m_notes.noteForFiles(writer(), eventId, m_context.now());
    if (isNew && !id.isEmpty()) {
        Q_EMIT changed();
        Q_EMIT changesRecorded();
    }
    return id;
}

QString DateNotes::save(const QString &eventId, const QString &text, const QString &stepId)
{
    if (text.size() > maxLength)
        //: %1 is the most characters a note may have, %2 how many it has
        return tr("A note can be at most %1 characters long; this one has %2.")
            .arg(m_context.locale().toString(maxLength), m_context.locale().toString(text.size()));
    if (!stepId.isEmpty() && !m_projects.step(stepId))
        return tr("This step no longer exists. Choose another one or none.");
    if (!m_notes.save(writer(), eventId, text, stepId, m_context.now()))
        return tr("The note could not be saved on this device. It is still in the field.");
    Q_EMIT changed();
    Q_EMIT changesRecorded();
    return {};
}

void DateNotes::reload()
{
    Q_EMIT changed();
}
