// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "filehandoff.h"

#include <QObject>
#include <QQmlEngine>

class DisplayContext;
class ProjectController;

/// The practice project on show, for the administration's reporting ("Berichtswesen und
/// Monitoring"): a PDF with the programme's look (goal, progress, steps, log, the
/// organisers' notes) and a CSV table of the steps and log entries for a spreadsheet.
class ProjectReport : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Created by the application")

public:
    /// @p open hands a saved file on (the app: the system's opener, a PDF viewer or a
    /// spreadsheet).
    ProjectReport(ProjectController &project, DisplayContext &context, FileHandoff::Opener open,
        QObject *parent = nullptr);

    /// The report as the HTML the PDF is set from.
    QString html() const;
    QByteArray pdf() const;
    /// Semicolon-separated, UTF-8 with a byte order mark (as spreadsheets in Germany expect);
    /// a cell that a spreadsheet would take for a formula is made plain text.
    QByteArray csv() const;

    /// "pdf" or "csv"; empty for anything else.
    Q_INVOKABLE QString suggestedFileName(const QString &format) const;
    /// Saves the report in @p format in the downloads folder and opens it. Returns what
    /// happened, in plain words.
    Q_INVOKABLE QString hand(const QString &format) const;

private:
    QString progressText() const;

    ProjectController &m_project;
    DisplayContext &m_context;
    FileHandoff m_handoff;
};
