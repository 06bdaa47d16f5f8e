// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "announcementrepository.h"
#include "contactrepository.h"
#include "database.h"
#include "democohort.h"
#include "draftrepository.h"
#include "newsrepository.h"
#include "noterepository.h"
#include "programmerepository.h"
#include "projectrepository.h"
#include "venuerepository.h"

/// The device's replica: the database file with its schema brought up to date, the programme
/// loaded on the very first start, and the repositories that own the SQL.
class Replica
{
public:
    /// The programme file built into the app.
    static QString bundledProgrammePath();

    explicit Replica(const QString &databasePath);

    /// Migrates the schema and loads @p programmeFile if the replica has no programme yet or
    /// its programme came from another version of the file (an app update with corrections)
    /// and the device has never synced (after that the server brings programme changes).
    bool open(const QString &programmeFile, QString *error);
    /// Imports a programme file (the organisers' update), replacing the dates it lists.
    bool importProgramme(const QString &programmeFile, QString *error);
    /// Loads a demo cohort (municipalities, participants, projects) unless one is present.
    bool loadDemoCohort(const QString &demoFile, const QDateTime &now, QString *error,
        DemoCohort::Organiser organiser = DemoCohort::Organiser::Without);

    Database &database() { return m_database; }
    ProgrammeRepository &programme() { return m_programme; }
    DraftRepository &drafts() { return m_drafts; }
    ContactRepository &contacts() { return m_contacts; }
    ProjectRepository &projects() { return m_projects; }
    NewsRepository &news() { return m_news; }
    AnnouncementRepository &announcements() { return m_announcements; }
    NoteRepository &notes() { return m_notes; }
    VenueRepository &venue() { return m_venue; }

private:
    bool importProgramme(const QByteArray &content, const QString &hash, QString *error);

    Database m_database;
    ProgrammeRepository m_programme;
    DraftRepository m_drafts;
    ContactRepository m_contacts;
    ProjectRepository m_projects;
    NewsRepository m_news;
    AnnouncementRepository m_announcements;
    NoteRepository m_notes;
    VenueRepository m_venue;
};
