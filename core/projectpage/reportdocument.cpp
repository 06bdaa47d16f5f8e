// SPDX-License-Identifier: GPL-3.0-or-later
#include "reportdocument.h"

#include "displaycontext.h"
#include "modulestarts.h"
#include "pdfprint.h"

#include <QFileInfo>
#include <QTextDocument>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace {
/// How wide a photo stands in the report, in the document's pixels (a column of text).
constexpr int photoWidth = 320;
const QString teal = u"#00695c"_s;

QString escaped(const QString &text)
{
    return text.toHtmlEscaped().replace(u'\n', u"<br>"_s);
}

QByteArray line(const QStringList &cells)
{
    QStringList out;
    for (const auto &text : cells)
        out.append(ReportDocument::csvCell(text));
    return out.join(u';').toUtf8() + "\r\n";
}
}

ReportPeriod ReportPeriod::sinceModule(
    int module, const ModuleStarts &modules, const DisplayContext &context)
{
    const QDate since = module > 0 ? modules.of(module) : QDate();
    if (!since.isValid())
        return {};
    //: Which log entries a report holds; %1 a module's number, %2 its first day
    return { since,
        ReportDocument::tr("since module %1 (%2)")
            .arg(module)
            .arg(context.formatter().calendarDate(since)) };
}

QVariantList ReportPeriod::moduleChoices(const ModuleStarts &modules, const DisplayContext &context)
{
    QVariantList choices;
    for (const int module : modules.begunBy(context.today())) {
        //: A module to count from; %1 its number, %2 its first day
        choices.append(QVariantMap { { u"value"_s, module },
            { u"text"_s,
                ReportDocument::tr("Module %1 (%2)")
                    .arg(module)
                    .arg(context.formatter().calendarDate(modules.of(module))) } });
    }
    return choices;
}

ReportDocument::ReportDocument(
    QList<ReportContent> projects, const DisplayContext &context, QString period)
    : m_projects(std::move(projects))
    , m_context(context)
    , m_period(std::move(period))
{
}

QString ReportDocument::csvCell(QString text)
{
    // What makes a cell dangerous is a formula that calls a function or another program
    // (=HYPERLINK(…), @SUM(…), -2+3+cmd|'…'!A0); a leading sign before plain figures is
    // ordinary text.
    static const QString callMarks = u"(|!"_s;
    const bool formula = !text.isEmpty()
        && (QStringView(u"=@\t\r").contains(text.at(0))
            || (QStringView(u"+-").contains(text.at(0))
                && std::any_of(
                    text.cbegin(), text.cend(), [](QChar c) { return callMarks.contains(c); })));
    if (formula)
        text.prepend(u'\'');
    if (text.contains(u';') || text.contains(u'"') || text.contains(u'\n') || text.contains(u'\r')
        || text != text.trimmed())
        return u'"' + text.replace(u"\""_s, u"\"\""_s) + u'"';
    return text;
}

QString ReportDocument::html() const
{
    QString out = uR"(<html><head><style>
        body { font-family: 'DejaVu Sans', sans-serif; font-size: 10pt; color: #202020; }
        .programme { color: %1; font-size: 9pt; font-weight: bold; }
        h1 { color: %1; font-size: 20pt; margin-bottom: 2px; }
        h2 { font-size: 14pt; margin-top: 14px; margin-bottom: 4px; }
        h3 { color: %1; font-size: 12pt; margin-top: 18px; margin-bottom: 6px; }
        p { margin-top: 0; margin-bottom: 8px; }
        .quiet { color: #606060; }
        .overdue { color: #b71c1c; font-weight: bold; }
        th { background-color: #e0f2f1; text-align: left; }
        td { vertical-align: top; }
        </style></head><body>)"_s.arg(teal);
    for (qsizetype i = 0; i < m_projects.size(); ++i)
        out += projectHtml(m_projects.at(i), i == 0);
    if (m_projects.isEmpty())
        out += u"<p>%1</p>"_s.arg(escaped(tr("No municipality has a project yet.")));
    return out + u"</body></html>"_s;
}

QString ReportDocument::projectHtml(const ReportContent &project, bool first) const
{
    const auto formatter = m_context.formatter();
    //: Top line of the report: the programme's full name
    QString out = u"<p class=\"programme\"%1>%2</p>"_s.arg(
        first ? QString() : u" style=\"page-break-before: always;\""_s,
        escaped(tr("Entwicklungswerkstatt für kommunale Engagementstrategien 7 – practice "
                   "project")));
    out += u"<h1>%1</h1>"_s.arg(escaped(project.municipality));
    out += u"<h2>%1</h2>"_s.arg(
        escaped(project.title.isEmpty() ? tr("No title given yet") : project.title));
    if (!project.goal.isEmpty())
        //: In the report, before the project's goal
        out += u"<p><b>%1</b> %2</p>"_s.arg(escaped(tr("Goal:")), escaped(project.goal));
    //: In the report; %1 steps done, %n all steps, %2 steps in progress
    const QString progress
        = tr("%1 of %n step(s) done, %2 in progress", nullptr, int(project.steps.size()))
              .arg(project.doneCount)
              .arg(project.inProgressCount);
    //: In the report: the day it was made; %1 is a date
    out += u"<p class=\"quiet\">%1 · %2</p>"_s.arg(
        escaped(tr("As of %1").arg(formatter.calendarDate(m_context.today()))), escaped(progress));

    //: Heading in the report
    out += u"<h3>%1</h3>"_s.arg(escaped(tr("Steps")));
    if (project.steps.isEmpty()) {
        out += u"<p class=\"quiet\">%1</p>"_s.arg(escaped(tr("No steps yet.")));
    } else {
        out += u"<table width=\"100%\" cellspacing=\"0\" cellpadding=\"6\"><tr>"
               "<th width=\"38%\">%1</th><th width=\"16%\">%2</th><th width=\"22%\">%3</th>"
               "<th width=\"24%\">%4</th></tr>"_s.arg(escaped(tr("Step")), escaped(tr("Status")),
                   escaped(tr("Responsible")), escaped(tr("Due")));
        for (const auto &step : project.steps) {
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
    if (!m_period.isEmpty())
        //: In the report: which log entries it holds; %1 e.g. "since module 2 (26.11.2026)"
        out += u"<p class=\"quiet\">%1</p>"_s.arg(escaped(tr("Entries %1.").arg(m_period)));
    if (project.entries.isEmpty())
        out += u"<p class=\"quiet\">%1</p>"_s.arg(escaped(tr("No entries yet.")));
    // Each entry a paragraph that a page break does not split (see PdfPrint).
    int kept = 0;
    for (const auto &entry : project.entries) {
        const QString question = entry.question
            //: In the report, beside a log entry that asks the organisers something
            ? u" · %1"_s.arg(escaped(tr("question to the organisers")))
            : QString();
        // As corrected, saying so ("corrected on …"); withdrawn entries are not reported.
        const QString corrected = entry.correctionText.isEmpty()
            ? QString()
            : u" · %1"_s.arg(escaped(entry.correctionText));
        // Its photos under it, in the same paragraph: a page break takes them along.
        QString photos;
        for (const QString &file : project.photos.value(entry.entryId)) {
            // One gone from the device meanwhile is left out (Qt would lay a broken one out
            // across pages).
            if (!QFileInfo::exists(file))
                continue;
            photos += u"<br><img src=\"%1\" width=\"%2\">"_s
                          .arg(QUrl::fromLocalFile(file).toString().toHtmlEscaped())
                          .arg(photoWidth);
        }
        out += u"<p><a name=\"keep-%1\"><b>%2</b></a> <span class=\"quiet\">%3%4%5</span><br>%6%7</p>"_s
                   .arg(++kept)
                   .arg(escaped(entry.dateText), escaped(entry.authorName), question, corrected,
                       escaped(entry.text), photos);
    }
    if (!project.comments.isEmpty()) {
        //: Heading in the report: comments of the organisers
        out += u"<h3>%1</h3>"_s.arg(escaped(tr("Notes from the organisers")));
        for (const auto &comment : project.comments) {
            out += u"<p><a name=\"keep-c%1\"><span class=\"quiet\">%2</span></a><br>%3</p>"_s.arg(
                QString::number(++kept), escaped(comment.heading), escaped(comment.text));
        }
    }
    return out;
}

QByteArray ReportDocument::pdf(const QString &title) const
{
    QTextDocument document;
    // The photos are local files of the device (DeviceFiles), read as the document lays out.
    document.setBaseUrl(QUrl(u"file:///"_s));
    document.setHtml(html());
    PdfPrint print;
    print.title = title;
    //: Author of a report, in its PDF metadata
    print.author = tr("EWS companion");
    print.language = m_context.language() == "de"_L1 ? u"de-DE"_s : u"en-GB"_s;
    //: Right of the running head of every page of a report; %1 is a date
    print.stamp = tr("As of %1").arg(m_context.formatter().calendarDate(m_context.today()));
    //: Foot of every page of a report; %1 the page, %2 all pages
    print.pageFormat = tr("Page %1 of %2");
    return print.print(document);
}

QByteArray ReportDocument::csv() const
{
    QByteArray out = "\xEF\xBB\xBF"; // the byte order mark: spreadsheets then read UTF-8
    // What the table is, in a first row as wide as the table (a spreadsheet keeps it a table):
    // a table handed on alone still says where it came from.
    QStringList context { //: First cell of the table export: what it is; %1 the date it was made
        tr("EWS 7 – practice projects, as of %1").arg(m_context.today().toString(Qt::ISODate)),
        m_period.isEmpty() ? tr("all entries") : tr("Entries %1.").arg(m_period)
    };
    while (context.size() < 10)
        context.append(QString());
    out += line(context);
    //: Column headings of the table export
    out += line({ tr("Municipality"), tr("Kind"), tr("Title or text"), tr("Status"),
        tr("Responsible"), tr("Due"), tr("Overdue"), tr("Date"), tr("Written by"), tr("Notes") });
    for (const auto &project : m_projects) {
        for (const auto &step : project.steps) {
            //: First column of a step's row in the table export
            out += line({ project.municipality, tr("Step"), step.title, step.statusText,
                step.ownerName, step.dueDate.toString(Qt::ISODate),
                //: The overdue column of the table export
                step.overdue ? tr("yes") : tr("no"), {}, {}, step.notes });
        }
        for (const auto &entry : project.entries) {
            //: First column of a log entry's row in the table export
            out += line({ project.municipality, entry.question ? tr("Question") : tr("Log entry"),
                entry.text, {}, {}, {}, {}, entry.date.toString(Qt::ISODate), entry.authorName,
                {} });
        }
    }
    return out;
}
