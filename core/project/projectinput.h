// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "practiceproject.h"

#include <QCoreApplication>

/// Checks what a person typed into a step, log or project form and turns it into a record.
/// Every function returns an empty string when the input is fine, otherwise a message that
/// says what to change.
class ProjectInput
{
    Q_DECLARE_TR_FUNCTIONS(ProjectInput)
public:
    static constexpr int maxTitleLength = 200;
    static constexpr int maxTextLength = 4000;
    static constexpr int maxGoalLength = 2000;
    static constexpr int firstYear = 2026;
    static constexpr int lastYear = 2030;

    /// What the step form holds; dueKind is "none", "date" or "module".
    struct StepForm
    {
        QString title;
        QString status;
        QString ownerContactId;
        QString dueKind;
        QString dueDate;
        int dueModule = 0;
        QString notes;
        QDate today; ///< what a date without a year ("20.12.") counts from
    };

    static QString checkStep(const StepForm &form, Step *step);
    static QString checkLogEntry(
        const QString &dateText, const QString &text, QDate today, LogEntry *entry);
    static QString checkProject(const QString &title, const QString &goal);

    /// Reads "26.11.2026", "26.11.26", "2026-11-26", and, counted from @p today, "20.12." or
    /// "20.12" as the next 20 December (this year's if it has not passed); empty message on
    /// success.
    static QString parseDate(const QString &text, QDate *date, QDate today = {});
    /// A date as the date fields expect it in @p language: 26.11.2026 in German, 2026-11-26
    /// in English (no guessing whether 05/11 is May or November); empty for no date.
    static QString dateText(QDate date, QStringView language);
};
