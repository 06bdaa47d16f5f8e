// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "logentriesmodel.h"

#include <QObject>
#include <QQmlEngine>

struct LogEntry;
class TimeFormatter;
class AppSettings;
class ContactRepository;
class DisplayContext;
class ProjectController;
class ProjectRepository;

/// The progress log of the project on screen, newest first, and writing an entry in it (own
/// project only).
class ProjectLog : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Part of ProjectController")
    Q_PROPERTY(LogEntriesModel *model READ model CONSTANT)
    /// Today as the log form expects it ("21.11.2026").
    Q_PROPERTY(QString todayInput READ todayInput NOTIFY todayInputChanged)
public:
    ProjectLog(ProjectController &shown, ProjectRepository &projects, ContactRepository &contacts,
        AppSettings &settings, DisplayContext &context);

    LogEntriesModel *model();
    QString todayInput() const;

    /// Reads the entries of the shown project.
    void load();

    /// @p question: the entry asks the organisers something (open until they write a note on
    /// the project). Returns an empty string when saved, otherwise what to change.
    Q_INVOKABLE QString add(const QString &date, const QString &text, bool question = false);
    /// Corrects the person's own entry @p entryId: its new @p text and @p question. The
    /// earlier text stays readable to everyone, with when it was corrected.
    Q_INVOKABLE QString correct(const QString &entryId, const QString &text, bool question);
    /// Withdraws the person's own entry @p entryId: it stays in the log, marked withdrawn.
    Q_INVOKABLE QString withdraw(const QString &entryId);

Q_SIGNALS:
    void todayInputChanged();
    void changesRecorded();

private:
    /// The entry @p entryId of the shown project if the person wrote it, else what to say.
    QString ownEntry(const QString &entryId, LogEntry *entry) const;
    QString storeCorrection(
        const LogEntry &entry, const QString &text, bool question, bool withdrawn);
    LogEntriesModel::Row rowFor(const LogEntry &entry, const TimeFormatter &formatter) const;

    ProjectController &m_shown;
    ProjectRepository &m_projects;
    ContactRepository &m_contacts;
    AppSettings &m_settings;
    DisplayContext &m_context;
    QString m_todayInput;
    LogEntriesModel m_model;
};
