// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "practiceproject.h"

#include <QObject>
#include <QQmlEngine>

class AppSettings;
class ContactRepository;
class DisplayContext;
class ProjectController;
class ProjectRepository;

/// The organisers' notes on the project on screen, which participants read, and writing one
/// (organisers only).
class OrganiserNotes : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Part of ProjectController")
    /// Each note: heading ("Alina Hirsch, 21.11.2026, on “Flyer”"), text.
    Q_PROPERTY(QVariantList items READ items NOTIFY itemsChanged)
    /// The device is an organiser's: they write notes on any project.
    Q_PROPERTY(bool canWrite READ canWrite NOTIFY canWriteChanged)
public:
    static constexpr int maxLength = 4000;

    OrganiserNotes(ProjectController &shown, ProjectRepository &projects,
        ContactRepository &contacts, AppSettings &settings, DisplayContext &context);

    QVariantList items() const;
    bool canWrite() const;

    /// Reads the notes on the shown project.
    void load();

    /// A note on the shown project, or on its step @p stepId. Returns why it cannot be saved,
    /// or an empty string.
    Q_INVOKABLE QString add(const QString &text, const QString &stepId);

Q_SIGNALS:
    void itemsChanged();
    void canWriteChanged();
    void changesRecorded();

private:
    ProjectController &m_shown;
    ProjectRepository &m_projects;
    ContactRepository &m_contacts;
    AppSettings &m_settings;
    DisplayContext &m_context;
    QVariantList m_items;
};
