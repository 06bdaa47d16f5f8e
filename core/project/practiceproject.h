// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QDateTime>
#include <QString>

/// A municipality's practice project: what it wants to achieve.
struct PracticeProject
{
    QString id;
    QString municipalityId;
    QString title;
    QString goal;
};

/// A milestone of a practice project.
struct Step
{
    enum class Status { Open, InProgress, Done };

    QString id;
    QString projectId;
    QString title;
    Status status = Status::Open;
    QString ownerContactId;
    QDate dueDate; ///< either a date ...
    int dueModule = 0; ///< ... or "by module N" (1–4), or neither
    static constexpr int moduleCount = 4; ///< the programme's modules a step can be due by
    QString notes;
    int position = 0;
    QDateTime createdAt;
    QDateTime updatedAt;

    static QString statusName(Status status);
    static bool statusFromName(const QString &name, Status *status);
};

/// One progress entry in a project's log, as its latest correction reads (the entry itself
/// is never changed once written; its writer corrects or withdraws it with a correction).
struct LogEntry
{
    QString id;
    QString projectId;
    QDate entryDate;
    QString authorContactId;
    QString authorName;
    QString text;
    QDateTime createdAt;
    bool question = false; ///< a question to the organisers
    // From its corrections, if any:
    bool corrected = false; ///< corrected or withdrawn at least once
    bool withdrawn = false;
    QDateTime correctedAt; ///< when last corrected (the server's time; invalid while unsent)
    QStringList earlierTexts; ///< what it said before, oldest first
};

/// A text that another device's edit replaced without having seen it: kept, shown under the
/// row it belonged to, until someone takes it over or dismisses it.
struct KeptText
{
    QString id;
    QString projectId;
    QString entity; ///< project or step
    QString rowId;
    QString field; ///< title, goal or notes
    QString text; ///< the replaced text
    QString authorContactId; ///< who had written it, if known
};

/// An organiser's note on a project or one of its steps ("comment" on the wire); participants
/// read it.
struct OrganiserNote
{
    QString id;
    QString projectId;
    QString stepId; ///< empty: about the whole project
    QString authorContactId;
    QString text;
    QDateTime writtenAt;
};
