// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QQmlEngine>

class ContactRepository;
class DisplayContext;
class ProjectController;
class ProjectRepository;

/// Texts of the project on screen that an edit on another device replaced without having
/// seen them, kept so that nothing typed is lost; putting one back or letting it go.
class KeptTexts : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Part of ProjectController")
    /// Each kept text: keptTextId, heading ("Notes of “Flyer”, also entered by Erika"), text.
    Q_PROPERTY(QVariantList items READ items NOTIFY itemsChanged)
public:
    KeptTexts(ProjectController &shown, ProjectRepository &projects, ContactRepository &contacts,
        DisplayContext &context);

    QVariantList items() const;

    /// Reads the kept texts of the shown project.
    void load();

    /// Puts a kept text back in its place (the current text is replaced).
    Q_INVOKABLE QString adopt(const QString &keptTextId);
    /// The kept text is not needed any more: it goes on every device.
    Q_INVOKABLE QString dismiss(const QString &keptTextId);

Q_SIGNALS:
    void itemsChanged();
    void changesRecorded();

private:
    /// Runs @p change on a kept text of the shown project; empty when done.
    template <typename Change> QString change(const QString &keptTextId, Change change);

    ProjectController &m_shown;
    ProjectRepository &m_projects;
    ContactRepository &m_contacts;
    DisplayContext &m_context;
    QVariantList m_items;
};
