// SPDX-License-Identifier: GPL-3.0-or-later
#include "cohortreport.h"

#include "displaycontext.h"
#include "modulestarts.h"
#include "programmemodel.h"
#include "projectcontroller.h"
#include "reportdocument.h"

using namespace Qt::StringLiterals;

CohortReport::CohortReport(ProjectRepository &projects, ContactRepository &contacts,
    AppSettings &settings, DisplayContext &context, ProgrammeModel &programme,
    FileHandoff::Opener open, QObject *parent)
    : QObject(parent)
    , m_projects(projects)
    , m_contacts(contacts)
    , m_settings(settings)
    , m_programme(programme)
    , m_context(context)
    , m_handoff(std::move(open))
{
}

ReportDocument CohortReport::document(const QStringList &municipalityIds, int sinceModule)
{
    const auto period
        = ReportPeriod::sinceModule(sinceModule, ModuleStarts(m_programme.events()), m_context);
    ProjectController shown(m_projects, m_contacts, m_settings, m_context, m_programme);
    QList<ReportContent> projects;
    for (const auto &id : municipalityIds) {
        shown.setMunicipalityId(id);
        projects.append(ReportContent::of(shown, period.since));
    }
    return ReportDocument(projects, m_context, period.text);
}

QString CohortReport::hand(
    const QString &format, const QStringList &municipalityIds, int sinceModule)
{
    if (format != "pdf"_L1 && format != "csv"_L1)
        return tr("A report can be made as a document to print or as a table.");
    const ReportDocument report = document(municipalityIds, sinceModule);
    //: File name of the report of all projects; %1 the date (no spaces)
    const QString fileName
        = tr("practice-projects-%1").arg(m_context.today().toString(Qt::ISODate)) + u'.' + format;
    return m_handoff
        .handOver(format == "pdf"_L1 ? report.pdf(tr("Practice projects of EWS 7")) : report.csv(),
            fileName)
        .message();
}
