// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QQmlEngine>
#include <QVariantList>

class AppSettings;
class DisplayContext;
class NoteRepository;
class ProgrammeModel;
class ProjectRepository;

/// The person's own notes on dates, for the date's page: only they see them, on all their
/// devices. A note can point to a step of their municipality's project.
class DateNotes : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Created by the application")
    /// The steps of the own project a note can point to: { value: id, text: title }.
    Q_PROPERTY(QVariantList stepChoices READ stepChoices NOTIFY changed)
public:
    static constexpr int maxLength = 4000;

    DateNotes(NoteRepository &notes, ProgrammeModel &programme, ProjectRepository &projects,
        AppSettings &settings, DisplayContext &context, QObject *parent = nullptr);

    QVariantList stepChoices() const;
    Q_INVOKABLE QString text(const QString &eventId) const;
    Q_INVOKABLE QString stepId(const QString &eventId) const;
    /// The id of the person's note on @p eventId, or empty if there is none: what photos and
    /// files are put on.
    Q_INVOKABLE QString noteId(const QString &eventId) const;
    /// The id of the note on @p eventId, saved empty first if there is none, for a photo or
    /// file to be put on it; empty if it could not be saved.
    Q_INVOKABLE QString noteForFiles(const QString &eventId);
    /// The title of the step a note points to, or empty.
    Q_INVOKABLE QString stepTitle(const QString &stepId) const;
    /// The person's notes that point to step @p stepId, for the step's page: { eventId,
    /// heading ("2. Präsenzmodul, 1. Tag, Do., 26. Nov. 2026"), text }.
    Q_INVOKABLE QVariantList notesOnStep(const QString &stepId) const;
    /// Saves the note (an empty text removes it); returns why it could not be saved, or an
    /// empty string.
    Q_INVOKABLE QString save(const QString &eventId, const QString &text, const QString &stepId);

public Q_SLOTS:
    /// Notes arrived from the person's other devices.
    void reload();

Q_SIGNALS:
    void changed();
    /// A save went into the change history: time to sync.
    void changesRecorded();

private:
    /// Whose notes these are: the signed-in person, or this device before anyone signed in
    /// (a new note's id follows from it).
    QString writer() const;

    NoteRepository &m_notes;
    ProgrammeModel &m_programme;
    ProjectRepository &m_projects;
    AppSettings &m_settings;
    DisplayContext &m_context;
};
