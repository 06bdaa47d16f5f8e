// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "filehandoff.h"
#include "reportcontent.h"

#include <QObject>
#include <QQmlEngine>

class DisplayContext;
class ProgrammeModel;
class ProjectController;
class ReportDocument;

/// The practice project on show, for the administration's reporting ("Berichtswesen und
/// Monitoring"): a PDF with the programme's look (goal, progress, steps, log, the
/// organisers' notes) and a CSV table of the steps and log entries for a spreadsheet (see
/// ReportDocument), of everything or of the log since a module.
class ProjectReport : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Created by the application")
    /// The modules begun so far, for "the log since": {value, text}.
    Q_PROPERTY(QVariantList moduleChoices READ moduleChoices NOTIFY moduleChoicesChanged)

public:
    /// @p open hands a saved file on (the app: the system's opener, a PDF viewer or a
    /// spreadsheet).
    ProjectReport(ProjectController &project, ProgrammeModel &programme, DisplayContext &context,
        FileHandoff::Opener open, QObject *parent = nullptr);

    /// The report, with the log from module @p sinceModule on (0: all).
    ReportDocument document(int sinceModule = 0) const;
    QByteArray pdf(int sinceModule = 0) const;
    QByteArray csv(int sinceModule = 0) const;

    QVariantList moduleChoices() const;
    /// Where the report finds the photos of log entries on this device (none without).
    void setPhotos(ReportContent::PhotosOf photosOf) { m_photosOf = std::move(photosOf); }

    /// "pdf" or "csv"; empty for anything else.
    Q_INVOKABLE QString suggestedFileName(const QString &format) const;
    /// Saves the report in @p format in the downloads folder and opens it. Returns what
    /// happened, in plain words.
    Q_INVOKABLE QString hand(const QString &format, int sinceModule = 0) const;

Q_SIGNALS:
    /// Another day or language: the choices read differently.
    void moduleChoicesChanged();

private:
    ProjectController &m_project;
    ProgrammeModel &m_programme;
    DisplayContext &m_context;
    FileHandoff m_handoff;
    ReportContent::PhotosOf m_photosOf;
};
