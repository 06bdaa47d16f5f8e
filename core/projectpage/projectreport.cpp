// SPDX-License-Identifier: GPL-3.0-or-later
#include "projectreport.h"

#include "displaycontext.h"
#include "filetypes.h"
#include "modulestarts.h"
#include "programmemodel.h"
#include "projectcontroller.h"
#include "reportdocument.h"

using namespace Qt::StringLiterals;

ProjectReport::ProjectReport(ProjectController &project, ProgrammeModel &programme,
    DisplayContext &context, FileHandoff::Opener open, QObject *parent)
    : QObject(parent)
    , m_project(project)
    , m_programme(programme)
    , m_context(context)
    , m_handoff(std::move(open))
{
    connect(&m_context, &DisplayContext::changed, this, &ProjectReport::moduleChoicesChanged);
}

ReportDocument ProjectReport::document(int sinceModule) const
{
    const auto period
        = ReportPeriod::sinceModule(sinceModule, ModuleStarts(m_programme.events()), m_context);
    return ReportDocument(
        { ReportContent::of(m_project, period.since, m_photosOf) }, m_context, period.text);
}

QVariantList ProjectReport::moduleChoices() const
{
    return ReportPeriod::moduleChoices(ModuleStarts(m_programme.events()), m_context);
}

QByteArray ProjectReport::pdf(int sinceModule) const
{
    return document(sinceModule).pdf(tr("Practice project %1").arg(m_project.municipalityName()));
}

QByteArray ProjectReport::csv(int sinceModule) const
{
    return document(sinceModule).csv();
}

QString ProjectReport::suggestedFileName(const QString &format) const
{
    if (format != "pdf"_L1 && format != "csv"_L1)
        return {};
    const QString name = FileTypes::safeName(m_project.municipalityName(), u"project"_s);
    //: File name of the report; %1 the municipality, %2 the date (no spaces)
    return tr("practice-project-%1-%2").arg(name, m_context.today().toString(Qt::ISODate)) + u'.'
        + format;
}

QString ProjectReport::hand(const QString &format, int sinceModule) const
{
    const QString fileName = suggestedFileName(format);
    if (fileName.isEmpty())
        return tr("A report can be made as a document to print or as a table.");
    return m_handoff.handOver(format == "pdf"_L1 ? pdf(sinceModule) : csv(sinceModule), fileName)
        .message();
}
