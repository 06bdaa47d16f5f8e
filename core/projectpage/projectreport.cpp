// SPDX-License-Identifier: GPL-3.0-or-later
#include "projectreport.h"

#include "displaycontext.h"
#include "logentriesmodel.h"
#include "projectcontroller.h"
#include "stepsmodel.h"

#include <QBuffer>
#include <QPageLayout>
#include <QPdfWriter>
#include <QTextDocument>

using namespace Qt::StringLiterals;

namespace {
const QString teal = u"#00695c"_s;

QString escaped(const QString &text)
{
    return text.toHtmlEscaped().replace(u'\n', u"<br>"_s);
}

/// One CSV cell: quoted where needed; text a spreadsheet would run as a formula starts with
/// an apostrophe, so that it stays text.
QString cell(QString text)
{
    if (!text.isEmpty() && QStringView(u"=+-@\t\r").contains(text.at(0)))
        text.prepend(u'\'');
    if (text.contains(u';') || text.contains(u'"') || text.contains(u'\n') || text.contains(u'\r')
        || text != text.trimmed())
        return u'"' + text.replace(u"\""_s, u"\"\""_s) + u'"';
    return text;
}

QByteArray line(const QStringList &cells)
{
    QStringList out;
    for (const auto &text : cells)
        out.append(cell(text));
    return out.join(u';').toUtf8() + "\r\n";
}
}

ProjectReport::ProjectReport(
    ProjectController &project, DisplayContext &context, FileHandoff::Opener open, QObject *parent)
    : QObject(parent)
    , m_project(project)
    , m_context(context)
    , m_handoff(std::move(open))
{
}

QString ProjectReport::progressText() const
{
    //: In the report; %1 steps done, %2 all steps, %3 steps in progress
    return tr("%1 of %2 steps done, %3 in progress")
        .arg(m_project.steps()->doneCount())
        .arg(m_project.steps()->count())
        .arg(m_project.steps()->inProgressCount());
}

QString ProjectReport::html() const
{
    const auto formatter = m_context.formatter();
    QString out = uR"(<html><head><style>
        body { font-family: 'DejaVu Sans', sans-serif; font-size: 10pt; color: #202020; }
        .programme { color: %1; font-size: 9pt; font-weight: bold; }
        h1 { color: %1; font-size: 20pt; margin-bottom: 2pt; }
        h2 { font-size: 14pt; margin-top: 14pt; margin-bottom: 4pt; }
        h3 { color: %1; font-size: 12pt; margin-top: 16pt; margin-bottom: 4pt; }
        .quiet { color: #606060; }
        .overdue { color: #b71c1c; font-weight: bold; }
        th { background-color: #e0f2f1; text-align: left; padding: 4pt; }
        td { padding: 4pt; vertical-align: top; }
        </style></head><body>)"_s.arg(teal);
    //: Top line of the report: the programme's full name
    out += u"<p class=\"programme\">%1</p>"_s.arg(escaped(
        tr("Entwicklungswerkstatt für kommunale Engagementstrategien 7 – practice project")));
    out += u"<h1>%1</h1>"_s.arg(escaped(m_project.municipalityName()));
    out += u"<h2>%1</h2>"_s.arg(
        escaped(m_project.title().isEmpty() ? tr("No title given yet") : m_project.title()));
    if (!m_project.goal().isEmpty())
        //: In the report, before the project's goal
        out += u"<p><b>%1</b> %2</p>"_s.arg(escaped(tr("Goal:")), escaped(m_project.goal()));
    //: In the report: the day it was made; %1 is a date
    out += u"<p class=\"quiet\">%1 · %2</p>"_s.arg(
        escaped(tr("As of %1").arg(formatter.calendarDate(m_context.today()))),
        escaped(progressText()));

    //: Heading in the report
    out += u"<h3>%1</h3>"_s.arg(escaped(tr("Steps")));
    const auto &steps = m_project.steps()->model()->rows();
    if (steps.isEmpty()) {
        out += u"<p class=\"quiet\">%1</p>"_s.arg(escaped(tr("No steps yet.")));
    } else {
        out += u"<table width=\"100%\" cellspacing=\"0\" cellpadding=\"3\"><tr><th "
               u"width=\"44%\">%1</th>"
               "<th width=\"16%\">%2</th><th width=\"20%\">%3</th><th width=\"20%\">%4</th></tr>"_s
                   .arg(escaped(tr("Step")), escaped(tr("Status")), escaped(tr("Responsible")),
                       escaped(tr("Due")));
        for (const auto &step : steps) {
            QString title = u"<b>%1</b>"_s.arg(escaped(step.title));
            if (!step.notes.isEmpty())
                title += u"<br><span class=\"quiet\">%1</span>"_s.arg(escaped(step.notes));
            QString due = escaped(step.dueText);
            if (step.overdue)
                //: Mark of a step past its due date, in the report
                due = u"<span class=\"overdue\">%1 – %2</span>"_s.arg(due, escaped(tr("overdue")));
            out += u"<tr><td>%1</td><td>%2</td><td>%3</td><td>%4</td></tr>"_s.arg(
                title, escaped(step.statusText), escaped(step.ownerName), due);
        }
        out += u"</table>"_s;
    }

    //: Heading in the report: the project's log entries
    out += u"<h3>%1</h3>"_s.arg(escaped(tr("Progress log")));
    const auto &entries = m_project.log()->model()->rows();
    if (entries.isEmpty())
        out += u"<p class=\"quiet\">%1</p>"_s.arg(escaped(tr("No entries yet.")));
    for (const auto &entry : entries) {
        out += u"<p><b>%1</b> <span class=\"quiet\">%2</span><br>%3</p>"_s.arg(
            escaped(entry.dateText), escaped(entry.authorName), escaped(entry.text));
    }

    const QVariantList comments = m_project.organiserNotes()->items();
    if (!comments.isEmpty()) {
        //: Heading in the report: comments of the organisers
        out += u"<h3>%1</h3>"_s.arg(escaped(tr("Notes from the organisers")));
        for (const auto &comment : comments) {
            const auto map = comment.toMap();
            out += u"<p><span class=\"quiet\">%1</span><br>%2</p>"_s.arg(
                escaped(map.value(u"heading"_s).toString()),
                escaped(map.value(u"text"_s).toString()));
        }
    }
    out += u"</body></html>"_s;
    return out;
}

QByteArray ProjectReport::pdf() const
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    {
        QPdfWriter writer(&buffer);
        writer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait,
            QMarginsF(20, 18, 20, 18), QPageLayout::Millimeter));
        writer.setResolution(300);
        writer.setTitle(tr("Practice project %1").arg(m_project.municipalityName()));
        writer.setCreator(u"EWS companion"_s);
        QTextDocument document;
        document.setHtml(html());
        // Laid out on the page's own width (in points), not on a default one.
        document.setPageSize(writer.pageLayout().paintRectPoints().size());
        document.print(&writer);
    }
    return bytes;
}

QByteArray ProjectReport::csv() const
{
    QByteArray out = "\xEF\xBB\xBF"; // the byte order mark: spreadsheets then read UTF-8
    //: Column headings of the table export
    out += line({ tr("Kind"), tr("Title or text"), tr("Status"), tr("Responsible"), tr("Due"),
        tr("Date"), tr("Written by"), tr("Notes") });
    for (const auto &step : m_project.steps()->model()->rows()) {
        //: First column of a step's row in the table export
        out += line({ tr("Step"), step.title, step.statusText, step.ownerName, step.dueText, {}, {},
            step.notes });
    }
    for (const auto &entry : m_project.log()->model()->rows()) {
        //: First column of a log entry's row in the table export
        out += line({ tr("Log entry"), entry.text, {}, {}, {}, entry.date.toString(Qt::ISODate),
            entry.authorName, {} });
    }
    return out;
}

QString ProjectReport::suggestedFileName(const QString &format) const
{
    if (format != "pdf"_L1 && format != "csv"_L1)
        return {};
    const QString name = FileHandoff::safeName(m_project.municipalityName(), u"project"_s);
    //: File name of the report; %1 the municipality, %2 the date (no spaces)
    return tr("practice-project-%1-%2").arg(name, m_context.today().toString(Qt::ISODate)) + u'.'
        + format;
}

QString ProjectReport::hand(const QString &format) const
{
    const QString fileName = suggestedFileName(format);
    if (fileName.isEmpty())
        return tr("A report can be made as PDF or CSV.");
    const auto result = m_handoff.handOver(format == "pdf"_L1 ? pdf() : csv(), fileName);
    if (!result.error.isEmpty())
        return result.error;
    if (result.opened)
        //: %1 is the file's name
        return tr("Saved in your downloads folder as %1 and opened.").arg(fileName);
    return tr("Saved in your downloads folder as %1.").arg(fileName);
}
