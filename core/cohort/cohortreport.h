// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "filehandoff.h"

#include <QObject>
#include <QQmlEngine>

class AppSettings;
class ContactRepository;
class DisplayContext;
class ProgrammeModel;
class ProjectRepository;
class ReportDocument;

/// Every practice project in one document to take to a module: one PDF (each municipality
/// from a new page, with its name in the running head) and one CSV table, of the log since a
/// module if wished (see ReportDocument). Each project reads as its page shows it (a
/// ProjectController made for the report, not kept: it would read a project at every start
/// and language switch).
class CohortReport : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Created by the application")

public:
    CohortReport(ProjectRepository &projects, ContactRepository &contacts, AppSettings &settings,
        DisplayContext &context, ProgrammeModel &programme, FileHandoff::Opener open,
        QObject *parent = nullptr);

    /// The projects of @p municipalityIds, in that order, the log from module @p sinceModule
    /// on (0: all).
    ReportDocument document(const QStringList &municipalityIds, int sinceModule = 0);

    /// Saves the report of @p municipalityIds in @p format ("pdf", "csv") in the downloads
    /// folder and opens it; says what happened, in plain words.
    Q_INVOKABLE QString hand(
        const QString &format, const QStringList &municipalityIds, int sinceModule = 0);

private:
    ProjectRepository &m_projects;
    ContactRepository &m_contacts;
    AppSettings &m_settings;
    ProgrammeModel &m_programme;
    DisplayContext &m_context;
    FileHandoff m_handoff;
};
