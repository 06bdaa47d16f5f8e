// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "incomingrow.h"
#include "practiceproject.h"
#include "rowfields.h"
#include "statementcache.h"

#include <QJsonObject>
#include <QList>
#include <QSqlDatabase>

class Database;

/// Owns the SQL of practice projects, their steps and their log. Every change made on this
/// device is written together with its entry in the local change history, in one transaction.
class ProjectRepository
{
public:
    explicit ProjectRepository(Database &database);

    /// A municipality has one project, and its id follows from the municipality's: two devices
    /// that start it offline create the same project.
    static QString projectIdFor(const QString &municipalityId);

    std::optional<PracticeProject> projectOf(const QString &municipalityId) const;
    /// The municipality's project; created (and recorded as a local change) if there is none.
    std::optional<PracticeProject> ensureProject(
        const QString &municipalityId, const QDateTime &now);
    bool updateProject(const PracticeProject &project, const QDateTime &now);

    // The same, starting the municipality's project in the same transaction if it has none.
    bool saveProjectOf(const QString &municipalityId, const QString &title, const QString &goal,
        const QDateTime &now);
    bool addStepTo(const QString &municipalityId, Step *step, const QDateTime &now);
    bool addLogEntryTo(const QString &municipalityId, LogEntry *entry, const QDateTime &now);

    QList<Step> steps(const QString &projectId) const; ///< in their order
    std::optional<Step> step(const QString &id) const;
    /// Stores a new step; fills in its id, position and times. False if nothing was stored.
    bool addStep(Step *step, const QDateTime &now);
    /// Stores the changed fields of an existing step.
    bool updateStep(const Step &step, const QDateTime &now);
    /// Removes a step; the deletion is recorded for the server like any other change.
    bool deleteStep(const QString &stepId, const QDateTime &now);

    /// Texts of the project that another device's edit replaced (see KeptText).
    QList<KeptText> keptTexts(const QString &projectId) const;
    std::optional<KeptText> keptText(const QString &id) const;
    /// The organisers' notes on a project, oldest first.
    QList<OrganiserNote> organiserNotes(const QString &projectId) const;
    /// An organiser's note on a project or one of its steps; *note gets its id.
    bool addOrganiserNote(OrganiserNote *note, const QDateTime &now);

    /// The person has seen the replaced text and does not need it any more.
    bool dismissKeptText(const QString &id, const QDateTime &now);
    /// Puts the replaced text back into its field (the current text becomes the replaced
    /// one on the other devices' side) and dismisses the record, in one transaction.
    bool adoptKeptText(const QString &id, const QDateTime &now);

    QList<LogEntry> logEntries(const QString &projectId) const; ///< newest first, as corrected
    bool addLogEntry(LogEntry *entry, const QDateTime &now);
    /// Records a correction of the log entry @p entryId by its writer: its new @p text and
    /// @p question, or with @p withdrawn its withdrawal (projectrepository_corrections.cpp).
    bool correctLogEntry(const QString &entryId, const QString &text, bool question, bool withdrawn,
        const QDateTime &now);

    /// Stores rows as received (demo cohort, later the server) without a local change.
    bool storeProject(const PracticeProject &project);
    bool storeStep(const Step &step);
    bool storeLogEntry(const LogEntry &entry);
    bool storeKeptText(const KeptText &record);

    // Rows as the server sends them (projectrepository_incoming.cpp). What someone else
    // changed is reported in *news for "Neu"; with no @p news (the first download) the rows
    // the device had are not read.
    bool applyIncomingProject(const QString &id, const RowFields &fields);
    bool applyIncomingStep(const QString &id, bool deleted, const RowFields &fields,
        const QDateTime &now, RowNews *news);
    /// Entries never change: one the device has is the same entry.
    bool applyIncomingLogEntry(const QString &id, bool deleted, const RowFields &fields,
        const QDateTime &now, RowNews *news);
    bool applyIncomingKeptText(const QString &id, bool deleted, const RowFields &fields);
    bool applyIncomingLogCorrection(
        const QString &id, bool deleted, const RowFields &fields, RowNews *news);
    bool applyIncomingOrganiserNote(
        const QString &id, bool deleted, const RowFields &fields, RowNews *news);

private:
    /// @p entries of @p projectId as their corrections read.
    void applyCorrections(const QString &projectId, QList<LogEntry> *entries) const;
    /// Stores an edited step and records which fields changed and what they were before.
    bool storeEditedStep(const Step &before, Step changed, const QDateTime &now);
    /// Stores (or removes) a step as the server sent it.
    bool storeIncomingStep(
        const QString &id, bool deleted, const RowFields &fields, const QDateTime &now);
    /// Runs @p write on the municipality's project (started if needed) in one transaction.
    template <typename Write>
    bool inProjectOf(const QString &municipalityId, const QDateTime &now, Write write);

    QSqlDatabase m_db;
    StatementCache m_statements { m_db };
};
