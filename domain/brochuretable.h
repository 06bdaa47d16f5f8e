// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "programmedate.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QLocale>

/// Reads the table "Alle Termine und Orte im Überblick" of the programme's brochure as the
/// organisers copy it out of their document: tab-separated, one row per line, with headings
/// between the rows ("…, vier Alternativtermine", "Aufbaumodule (unter Vorbehalt …)"). Gives
/// the dates it finds and every doubt about them in plain words: a weekday that does not match
/// its date, a date earlier than the one before it (a year misprinted), a count in a heading
/// that does not match the rows beneath, a row, date, time or place it cannot read.
class BrochureTable
{
    Q_DECLARE_TR_FUNCTIONS(BrochureTable)
public:
    /// More than this is not a brochure's table; the rest is not read.
    static constexpr qsizetype maximumSize = qsizetype(64) * 1024;
    static constexpr int maximumRows = 200;

    struct Doubt
    {
        enum class Kind {
            WeekdayMismatch, ///< "Do, 28.01.2026": the 28th of January 2026 is a Wednesday
            YearOutOfSequence, ///< earlier than the date before it; taken is the fitting year
            CountMismatch, ///< "vier Alternativtermine" above five rows
            UnreadableRow, ///< neither deadline, talk, module nor learning group: not taken
            UnreadableDate, ///< no date in the row: not taken
            NoTime, ///< a date without a time: taken as a whole day
            UnknownPlace, ///< no place of the programme matches: taken without one
            TooLong, ///< more than maximumSize or maximumRows: the rest not read
        };
        Kind kind;
        int line = 0; ///< 1-based line of the pasted text
        QString text; ///< what the organiser reads
        QDate written; ///< the date as written (weekday, year)
        QDate taken; ///< the date as taken (year)
        int expected = 0; ///< count (heading)
        int found = 0;
    };

    struct Row
    {
        ProgrammeDate date; ///< without id; placeId empty when no place matched
        int line = 0;
    };

    struct Result
    {
        QList<Row> rows;
        QList<Doubt> doubts;
    };

    /// Reads @p text; @p places are the programme's places the rows' places are matched to;
    /// doubts name weekdays in @p locale's language.
    static Result read(const QString &text, const QList<Place> &places, const QLocale &locale);
};
