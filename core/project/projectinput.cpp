// SPDX-License-Identifier: GPL-3.0-or-later
#include "projectinput.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

QString ProjectInput::dateText(QDate date, QStringView language)
{
    if (!date.isValid())
        return {};
    return language == "en"_L1 ? date.toString(u"yyyy-MM-dd"_s) : date.toString(u"dd.MM.yyyy"_s);
}

QString ProjectInput::parseDate(const QString &text, QDate *date, QDate today)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return tr("Please enter a date.");
    // Day.month.year (the year with two digits or four, or left out) or year-month-day; never
    // month/day, which reads differently by country.
    static const QRegularExpression german(u"^(\\d{1,2})\\.(\\d{1,2})\\.?(\\d{2}|\\d{4})?$"_s);
    static const QRegularExpression iso(u"^(\\d{4})-(\\d{2})-(\\d{2})$"_s);
    QDate parsed;
    if (const auto match = german.match(trimmed); match.hasMatch()) {
        const int day = match.captured(1).toInt();
        const int month = match.captured(2).toInt();
        const QString year = match.captured(3);
        const bool dotted = trimmed.count(u'.') == 2 || year.isEmpty();
        if (!dotted)
            return tr("Please enter the date as day.month.year, for example 20.12.2026, or "
                      "just 20.12.");
        if (year.isEmpty() && !today.isValid())
            return tr("Please enter the year too, for example 20.12.2026.");
        if (year.isEmpty()) {
            // The next such day: this year's, unless it has passed.
            parsed = QDate(today.year(), month, day);
            if (parsed.isValid() && parsed < today)
                parsed = QDate(today.year() + 1, month, day);
        } else {
            parsed = QDate(year.size() == 2 ? 2000 + year.toInt() : year.toInt(), month, day);
        }
    } else if (const auto match = iso.match(trimmed); match.hasMatch()) {
        parsed = QDate(
            match.captured(1).toInt(), match.captured(2).toInt(), match.captured(3).toInt());
    } else {
        return tr("Please enter the date as day.month.year, for example 20.12.2026, or just "
                  "20.12.");
    }
    if (!parsed.isValid())
        return tr("This date does not exist. Please check day and month.");
    if (parsed.year() < firstYear || parsed.year() > lastYear)
        return tr("Please enter a date between %1 and %2.").arg(firstYear).arg(lastYear);
    *date = parsed;
    return {};
}

QString ProjectInput::checkStep(const StepForm &form, Step *step)
{
    const QString title = form.title.trimmed();
    if (title.isEmpty())
        return tr("Please give the step a title.");
    if (title.size() > maxTitleLength)
        return tr("The title is too long (at most %1 characters).").arg(maxTitleLength);
    if (form.notes.size() > maxTextLength)
        return tr("The notes are too long (at most %1 characters).").arg(maxTextLength);
    Step::Status status;
    if (!Step::statusFromName(form.status, &status))
        return tr("Please choose a status.");

    QDate dueDate;
    int dueModule = 0;
    if (form.dueKind == "date"_L1) {
        if (QString message = parseDate(form.dueDate, &dueDate, form.today); !message.isEmpty())
            return message;
    } else if (form.dueKind == "module"_L1) {
        if (form.dueModule < 1 || form.dueModule > 4)
            return tr("Please choose a module from 1 to 4.");
        dueModule = form.dueModule;
    } else if (form.dueKind != "none"_L1) {
        return tr("Please choose when the step is due.");
    }
    step->title = title;
    step->status = status;
    step->ownerContactId = form.ownerContactId;
    step->dueDate = dueDate;
    step->dueModule = dueModule;
    step->notes = form.notes.trimmed();
    return {};
}

QString ProjectInput::checkLogEntry(
    const QString &dateText, const QString &text, QDate today, LogEntry *entry)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return tr("Please write what happened.");
    if (trimmed.size() > maxTextLength)
        return tr("The entry is too long (at most %1 characters).").arg(maxTextLength);
    QDate date;
    if (QString message = parseDate(dateText, &date, today); !message.isEmpty())
        return message;
    if (date > today)
        return tr("The date lies in the future. Please log what has already happened.");
    entry->entryDate = date;
    entry->text = trimmed;
    return {};
}

QString ProjectInput::checkProject(const QString &title, const QString &goal)
{
    if (title.trimmed().isEmpty())
        return tr("Please give the project a title.");
    if (title.trimmed().size() > maxTitleLength)
        return tr("The title is too long (at most %1 characters).").arg(maxTitleLength);
    if (goal.trimmed().size() > maxGoalLength)
        return tr("The goal is too long (at most %1 characters).").arg(maxGoalLength);
    return {};
}
