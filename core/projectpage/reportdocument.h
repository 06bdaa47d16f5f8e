// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "reportcontent.h"

#include <QCoreApplication>
#include <QVariantList>

class DisplayContext;
class ModuleStarts;

/// Which log entries a report holds: all, or those since a module began.
struct ReportPeriod
{
    QDate since; ///< invalid: all
    QString text; ///< "since module 2 (26.11.2026)", or empty

    /// From module @p module's first day on (0, or a module not in the programme: all).
    static ReportPeriod sinceModule(
        int module, const ModuleStarts &modules, const DisplayContext &context);
    /// The modules begun by today, to choose from: {value: number, text: "Module 2 (26.11.2026)"}.
    static QVariantList moduleChoices(const ModuleStarts &modules, const DisplayContext &context);
};

/// One or more practice projects as an administration files them ("Berichtswesen und
/// Monitoring"): a PDF with the programme's look — a running head with the municipality and
/// the date and the page number on every page, no log entry split by a page break, each
/// project from a new page — and a CSV table for a spreadsheet with a line that says what it
/// is, real dates and an overdue column.
class ReportDocument
{
    Q_DECLARE_TR_FUNCTIONS(ProjectReport)

public:
    /// @p period says which log entries are in ("since module 2 (26.11.2026)"); empty: all.
    ReportDocument(
        QList<ReportContent> projects, const DisplayContext &context, QString period = {});

    /// The report as the HTML the PDF is set from.
    QString html() const;
    QByteArray pdf(const QString &title) const;
    /// Semicolon-separated, UTF-8 with a byte order mark (as spreadsheets in Germany expect).
    QByteArray csv() const;

    /// @p text as a CSV cell: quoted where needed; text a spreadsheet would run as a formula
    /// that calls something (=…, @…, +/- with a call or a link) is made plain text with an
    /// apostrophe; "+49 211 …" and "-5 %" stay as written.
    static QString csvCell(QString text);

private:
    QString projectHtml(const ReportContent &project, bool first) const;

    QList<ReportContent> m_projects;
    const DisplayContext &m_context;
    QString m_period;
};
