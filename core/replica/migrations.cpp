// SPDX-License-Identifier: GPL-3.0-or-later
#include "migrations.h"

#include <QScopeGuard>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>

using namespace Qt::StringLiterals;

namespace {

// Version 1: the programme and the contacts, as shipped with the first release.
const QStringList version1 = {
    uR"(CREATE TABLE places (
        id TEXT PRIMARY KEY,
        name_de TEXT NOT NULL,
        name_en TEXT NOT NULL DEFAULT '',
        city TEXT NOT NULL DEFAULT '',
        online INTEGER NOT NULL DEFAULT 0))"_s,
    uR"(CREATE TABLE events (
        id TEXT PRIMARY KEY,
        kind TEXT NOT NULL CHECK (kind IN ('module_day', 'learning_group', 'info_talk', 'deadline')),
        module_number INTEGER NOT NULL DEFAULT 0,
        number INTEGER NOT NULL DEFAULT 0,
        title_de TEXT NOT NULL,
        title_en TEXT NOT NULL DEFAULT '',
        starts_at INTEGER NOT NULL,
        ends_at INTEGER NOT NULL,
        all_day INTEGER NOT NULL DEFAULT 0,
        approximate INTEGER NOT NULL DEFAULT 0,
        place_id TEXT REFERENCES places(id),
        video_url TEXT NOT NULL DEFAULT '',
        tentative INTEGER NOT NULL DEFAULT 0,
        topics_de TEXT NOT NULL DEFAULT '[]',
        topics_en TEXT NOT NULL DEFAULT '[]',
        note_de TEXT NOT NULL DEFAULT '',
        note_en TEXT NOT NULL DEFAULT '',
        CHECK (ends_at >= starts_at)))"_s,
    u"CREATE INDEX events_by_start ON events(starts_at)"_s,
    uR"(CREATE TABLE municipalities (
        id TEXT PRIMARY KEY,
        name TEXT NOT NULL))"_s,
    uR"(CREATE TABLE contacts (
        id TEXT PRIMARY KEY,
        role TEXT NOT NULL CHECK (role IN ('organiser', 'facilitator', 'participant')),
        name TEXT NOT NULL,
        function_de TEXT NOT NULL DEFAULT '',
        function_en TEXT NOT NULL DEFAULT '',
        organisation TEXT NOT NULL DEFAULT '',
        municipality_id TEXT REFERENCES municipalities(id),
        phone TEXT NOT NULL DEFAULT '',
        email TEXT NOT NULL DEFAULT ''))"_s,
};

// Version 2: practice projects with steps and an append-only log, what each participant
// shares, and the local change history the sync engine uploads from.
const QStringList version2 = {
    u"ALTER TABLE contacts ADD COLUMN share_phone INTEGER NOT NULL DEFAULT 1"_s,
    u"ALTER TABLE contacts ADD COLUMN share_email INTEGER NOT NULL DEFAULT 1"_s,
    uR"(CREATE TABLE projects (
        id TEXT PRIMARY KEY,
        municipality_id TEXT NOT NULL UNIQUE REFERENCES municipalities(id),
        title TEXT NOT NULL DEFAULT '',
        goal TEXT NOT NULL DEFAULT '',
        updated_at INTEGER NOT NULL DEFAULT 0))"_s,
    uR"(CREATE TABLE steps (
        id TEXT PRIMARY KEY,
        project_id TEXT NOT NULL REFERENCES projects(id),
        title TEXT NOT NULL CHECK (length(title) > 0),
        status TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'in_progress', 'done')),
        owner_contact_id TEXT REFERENCES contacts(id),
        due_date TEXT,
        due_module INTEGER CHECK (due_module IS NULL OR due_module BETWEEN 1 AND 4),
        notes TEXT NOT NULL DEFAULT '',
        position INTEGER NOT NULL DEFAULT 0,
        created_at INTEGER NOT NULL,
        updated_at INTEGER NOT NULL,
        CHECK (due_date IS NULL OR due_module IS NULL)))"_s,
    u"CREATE INDEX steps_by_project ON steps(project_id, position)"_s,
    uR"(CREATE TABLE log_entries (
        id TEXT PRIMARY KEY,
        project_id TEXT NOT NULL REFERENCES projects(id),
        entry_date TEXT NOT NULL,
        author_contact_id TEXT REFERENCES contacts(id),
        author_name TEXT NOT NULL DEFAULT '',
        text TEXT NOT NULL CHECK (length(text) > 0),
        created_at INTEGER NOT NULL))"_s,
    u"CREATE INDEX log_by_project ON log_entries(project_id, entry_date)"_s,
    uR"(CREATE TRIGGER log_entries_are_append_only_update BEFORE UPDATE ON log_entries
        BEGIN SELECT RAISE(ABORT, 'log entries are append-only'); END)"_s,
    uR"(CREATE TRIGGER log_entries_are_append_only_delete BEFORE DELETE ON log_entries
        BEGIN SELECT RAISE(ABORT, 'log entries are append-only'); END)"_s,
    uR"(CREATE TABLE local_changes (
        seq INTEGER PRIMARY KEY AUTOINCREMENT,
        entity TEXT NOT NULL,
        row_id TEXT NOT NULL,
        operation TEXT NOT NULL CHECK (operation IN ('insert', 'update')),
        payload TEXT NOT NULL,
        changed_at INTEGER NOT NULL))"_s,
};

// Version 3: which programme file the dates came from, so that an app update with a corrected
// file replaces them.
const QStringList version3 = {
    uR"(CREATE TABLE replica_meta (
        key TEXT PRIMARY KEY,
        value TEXT NOT NULL))"_s,
};

// Version 4: changes the server refused, kept with its reason for the person to see.
const QStringList version4 = {
    uR"(CREATE TABLE rejected_changes (
        seq INTEGER PRIMARY KEY,
        entity TEXT NOT NULL,
        row_id TEXT NOT NULL,
        operation TEXT NOT NULL,
        payload TEXT NOT NULL,
        reason TEXT NOT NULL,
        message TEXT NOT NULL,
        rejected_at INTEGER NOT NULL))"_s,
};

// Version 5: a date the organisers moved, added or cancelled stays marked until seen.
const QStringList version5 = {
    u"ALTER TABLE events ADD COLUMN change_kind TEXT NOT NULL DEFAULT ''"_s,
    u"ALTER TABLE events ADD COLUMN previous_starts_at INTEGER"_s,
};

// Version 6: deletions and the value an edit replaced travel in the change history; text
// another device's edit replaced is kept; organisers' comments on projects; a scope the
// server resets is swept after download.
const QStringList version6 = {
    uR"(CREATE TABLE local_changes_v6 (
        seq INTEGER PRIMARY KEY AUTOINCREMENT,
        entity TEXT NOT NULL,
        row_id TEXT NOT NULL,
        operation TEXT NOT NULL CHECK (operation IN ('insert', 'update', 'delete')),
        payload TEXT NOT NULL,
        base TEXT NOT NULL DEFAULT '{}',
        changed_at INTEGER NOT NULL))"_s,
    u"INSERT INTO local_changes_v6 (seq, entity, row_id, operation, payload, changed_at) "
    "SELECT seq, entity, row_id, operation, payload, changed_at FROM local_changes"_s,
    // Keeps the sequence going where it was: the server has seen the numbers before.
    u"UPDATE sqlite_sequence SET seq = (SELECT coalesce(max(seq), 0) FROM sqlite_sequence "
    "WHERE name = 'local_changes') WHERE name = 'local_changes_v6'"_s,
    u"INSERT INTO sqlite_sequence (name, seq) SELECT 'local_changes_v6', seq FROM sqlite_sequence "
    "WHERE name = 'local_changes' AND NOT EXISTS (SELECT 1 FROM sqlite_sequence "
    "WHERE name = 'local_changes_v6')"_s,
    u"DROP TABLE local_changes"_s,
    u"ALTER TABLE local_changes_v6 RENAME TO local_changes"_s,
    u"CREATE INDEX local_changes_by_row ON local_changes(entity, row_id)"_s,
    uR"(CREATE TABLE conflicts (
        id TEXT PRIMARY KEY,
        project_id TEXT NOT NULL,
        entity TEXT NOT NULL,
        row_id TEXT NOT NULL,
        field TEXT NOT NULL,
        text TEXT NOT NULL,
        author_contact_id TEXT NOT NULL DEFAULT '',
        replaced_at TEXT NOT NULL DEFAULT ''))"_s,
    u"CREATE INDEX conflicts_by_row ON conflicts(entity, row_id)"_s,
    uR"(CREATE TABLE comments (
        id TEXT PRIMARY KEY,
        project_id TEXT NOT NULL,
        step_id TEXT NOT NULL DEFAULT '',
        author_contact_id TEXT NOT NULL DEFAULT '',
        text TEXT NOT NULL,
        written_at TEXT NOT NULL DEFAULT ''))"_s,
    u"CREATE INDEX comments_by_project ON comments(project_id, written_at)"_s,
    // Changes the server confirmed that a restore from a backup could undo and that no other
    // way sends again: removals, and rows outside the own project (an organiser's dates,
    // places, contacts and comments). Kept for the tombstone horizon.
    uR"(CREATE TABLE sent_changes (
        seq INTEGER PRIMARY KEY,
        entity TEXT NOT NULL,
        row_id TEXT NOT NULL,
        operation TEXT NOT NULL,
        payload TEXT NOT NULL,
        changed_at INTEGER NOT NULL))"_s,
    uR"(CREATE TABLE reset_candidates (
        entity TEXT NOT NULL,
        id TEXT NOT NULL,
        PRIMARY KEY (entity, id)))"_s,
};

// Version 7: dates in calendars. A cancelled date stays (hidden once seen) so that a calendar
// file can say it is cancelled; a date's calendar sequence rises whenever it changes in a way
// a calendar must show (RFC 5545 SEQUENCE).
const QStringList version7 = {
    u"ALTER TABLE events ADD COLUMN cancelled INTEGER NOT NULL DEFAULT 0"_s,
    u"ALTER TABLE events ADD COLUMN calendar_sequence INTEGER NOT NULL DEFAULT 0"_s,
    u"UPDATE events SET cancelled = 1 WHERE change_kind = 'cancelled'"_s,
    uR"(CREATE TRIGGER events_calendar_sequence AFTER UPDATE OF
        starts_at, ends_at, all_day, place_id, title_de, title_en, tentative, cancelled ON events
        WHEN old.starts_at IS NOT new.starts_at OR old.ends_at IS NOT new.ends_at
            OR old.all_day IS NOT new.all_day OR old.place_id IS NOT new.place_id
            OR old.title_de IS NOT new.title_de OR old.title_en IS NOT new.title_en
            OR old.tentative IS NOT new.tentative OR old.cancelled IS NOT new.cancelled
        BEGIN
            UPDATE events SET calendar_sequence = calendar_sequence + 1 WHERE id = new.id;
        END)"_s,
};

// Version 8: what changed since the person last looked. Rows of a project that arrived from
// the server changed by someone else: new or changed steps, new log entries, the organisers'
// comments; kept until the person has looked at them. (Programme changes keep their own
// mark on the date.)
const QStringList version8 = {
    uR"(CREATE TABLE news (
        entity TEXT NOT NULL,
        row_id TEXT NOT NULL,
        project_id TEXT NOT NULL,
        kind TEXT NOT NULL,
        summary TEXT NOT NULL DEFAULT '',
        arrived_at INTEGER NOT NULL,
        PRIMARY KEY (entity, row_id)))"_s,
    u"CREATE INDEX news_by_project ON news(project_id)"_s,
};

// Version 9: a person's own notes on dates, synced across their devices and to no one else.
const QStringList version9 = {
    uR"(CREATE TABLE notes (
        id TEXT PRIMARY KEY,
        event_id TEXT NOT NULL,
        step_id TEXT NOT NULL DEFAULT '',
        text TEXT NOT NULL,
        updated_at INTEGER NOT NULL DEFAULT 0))"_s,
    u"CREATE INDEX notes_by_event ON notes(event_id)"_s,
};

// Version 10: a log entry can be a question to the organisers (open until they comment on
// the project).
const QStringList version10 = {
    u"ALTER TABLE log_entries ADD COLUMN question INTEGER NOT NULL DEFAULT 0"_s,
};

// Version 11: the room of a date and the postal address of a place. A new room is a change a
// calendar must show.
const QStringList version11 = {
    u"ALTER TABLE events ADD COLUMN room TEXT NOT NULL DEFAULT ''"_s,
    u"ALTER TABLE places ADD COLUMN address TEXT NOT NULL DEFAULT ''"_s,
    uR"(CREATE TRIGGER events_calendar_sequence_room AFTER UPDATE OF room ON events
        WHEN old.room IS NOT new.room
        BEGIN
            UPDATE events SET calendar_sequence = calendar_sequence + 1 WHERE id = new.id;
        END)"_s,
};

// Version 12: a date's calendar SEQUENCE is the server's version of it, the same number as in
// the server's calendar feed (the sync stores it); counting changes on the device as well
// gave the same date two numbers.
const QStringList version12 = {
    u"DROP TRIGGER events_calendar_sequence"_s,
    u"DROP TRIGGER events_calendar_sequence_room"_s,
};

// Version 13: the organisers' desk. A cancelled date keeps its reason; the organisers' drafts
// of the next release (dates as they will be, kept like the dates), texts of a draft replaced
// unseen, and the releases published so far with what each changed.
const QStringList version13 = {
    u"ALTER TABLE events ADD COLUMN cancel_reason TEXT NOT NULL DEFAULT ''"_s,
    uR"(CREATE TABLE date_drafts (
        id TEXT PRIMARY KEY,
        kind TEXT NOT NULL CHECK (kind IN ('module_day', 'learning_group', 'info_talk', 'deadline')),
        module_number INTEGER NOT NULL DEFAULT 0,
        number INTEGER NOT NULL DEFAULT 0,
        title_de TEXT NOT NULL,
        title_en TEXT NOT NULL DEFAULT '',
        starts_at INTEGER NOT NULL,
        ends_at INTEGER NOT NULL,
        all_day INTEGER NOT NULL DEFAULT 0,
        approximate INTEGER NOT NULL DEFAULT 0,
        place_id TEXT,
        video_url TEXT NOT NULL DEFAULT '',
        tentative INTEGER NOT NULL DEFAULT 0,
        topics_de TEXT NOT NULL DEFAULT '[]',
        topics_en TEXT NOT NULL DEFAULT '[]',
        note_de TEXT NOT NULL DEFAULT '',
        note_en TEXT NOT NULL DEFAULT '',
        room TEXT NOT NULL DEFAULT '',
        cancelled INTEGER NOT NULL DEFAULT 0,
        cancel_reason TEXT NOT NULL DEFAULT ''))"_s,
    uR"(CREATE TABLE draft_kept_texts (
        id TEXT PRIMARY KEY,
        entity TEXT NOT NULL,
        row_id TEXT NOT NULL,
        field TEXT NOT NULL,
        text TEXT NOT NULL,
        author_contact_id TEXT NOT NULL DEFAULT '',
        replaced_at TEXT NOT NULL DEFAULT ''))"_s,
    uR"(CREATE TABLE releases (
        id TEXT PRIMARY KEY,
        number INTEGER NOT NULL,
        note TEXT NOT NULL DEFAULT '',
        published_at TEXT NOT NULL DEFAULT '',
        author_contact_id TEXT NOT NULL DEFAULT '',
        changes TEXT NOT NULL DEFAULT '[]'))"_s,
};

// Version 14: contacts may be invited speakers. SQLite cannot change a CHECK, so the table is
// made anew (foreign keys are off while migrating; the copy keeps every row and id).
const QStringList version14 = {
    uR"(CREATE TABLE contacts_v14 (
        id TEXT PRIMARY KEY,
        role TEXT NOT NULL
            CHECK (role IN ('organiser', 'facilitator', 'speaker', 'participant')),
        name TEXT NOT NULL,
        function_de TEXT NOT NULL DEFAULT '',
        function_en TEXT NOT NULL DEFAULT '',
        organisation TEXT NOT NULL DEFAULT '',
        municipality_id TEXT REFERENCES municipalities(id),
        phone TEXT NOT NULL DEFAULT '',
        email TEXT NOT NULL DEFAULT '',
        share_phone INTEGER NOT NULL DEFAULT 1,
        share_email INTEGER NOT NULL DEFAULT 1))"_s,
    u"INSERT INTO contacts_v14 (id, role, name, function_de, function_en, organisation, "
    "municipality_id, phone, email, share_phone, share_email) SELECT id, role, name, "
    "function_de, function_en, organisation, municipality_id, phone, email, share_phone, "
    "share_email FROM contacts"_s,
    u"DROP TABLE contacts"_s,
    u"ALTER TABLE contacts_v14 RENAME TO contacts"_s,
};

// Version 15: the organisers' announcements, and which of them the person has seen.
const QStringList version15 = {
    uR"(CREATE TABLE announcements (
        id TEXT PRIMARY KEY,
        text TEXT NOT NULL,
        municipality_id TEXT NOT NULL DEFAULT '',
        author_contact_id TEXT NOT NULL DEFAULT '',
        published_at TEXT NOT NULL DEFAULT '',
        seen INTEGER NOT NULL DEFAULT 0))"_s,
};

// Version 16: people the server erased, by the hash of their id alone. A log entry keeps its
// date, project and text for good, but loses its author when that person is erased, and the
// server may remove it (an organiser erased its author with what they wrote).
const QStringList version16 = {
    u"CREATE TABLE erasures (id TEXT PRIMARY KEY)"_s,
    u"DROP TRIGGER log_entries_are_append_only_update"_s,
    u"DROP TRIGGER log_entries_are_append_only_delete"_s,
    uR"(CREATE TRIGGER log_entries_keep_their_text BEFORE UPDATE OF project_id, entry_date, text
        ON log_entries
        WHEN old.project_id IS NOT new.project_id OR old.entry_date IS NOT new.entry_date
            OR old.text IS NOT new.text
        BEGIN SELECT RAISE(ABORT, 'a log entry keeps its date and text'); END)"_s,
};

// Version 17: corrections of log entries by their writers, written once like the entries.
// corrected_at is the server's time (ISO 8601, UTC), empty while the correction waits to be
// sent; an entry reads as its latest correction.
const QStringList version17 = {
    uR"(CREATE TABLE log_corrections (
        id TEXT PRIMARY KEY,
        log_entry_id TEXT NOT NULL,
        project_id TEXT NOT NULL DEFAULT '',
        text TEXT NOT NULL DEFAULT '',
        question INTEGER NOT NULL DEFAULT 0,
        withdrawn INTEGER NOT NULL DEFAULT 0,
        author_contact_id TEXT NOT NULL DEFAULT '',
        corrected_at TEXT NOT NULL DEFAULT ''))"_s,
    u"CREATE INDEX corrections_by_entry ON log_corrections(log_entry_id)"_s,
};

// Version 18: what participants need at the venue, one row per programme (Records::VenueInfo).
const QStringList version18 = {
    uR"(CREATE TABLE venue_info (
        id TEXT PRIMARY KEY,
        place_id TEXT NOT NULL DEFAULT '',
        directions_de TEXT NOT NULL DEFAULT '',
        directions_en TEXT NOT NULL DEFAULT '',
        costs_de TEXT NOT NULL DEFAULT '',
        costs_en TEXT NOT NULL DEFAULT '',
        bring_de TEXT NOT NULL DEFAULT '',
        bring_en TEXT NOT NULL DEFAULT '',
        learning_platform_url TEXT NOT NULL DEFAULT ''))"_s,
};

// Version 19: the files on the device (DeviceFiles) and what the cache knows of each: whether
// the server has it, whether the person keeps it offline, when it was last used (FileCache).
const QStringList version19 = {
    uR"(CREATE TABLE device_files (
        hash TEXT PRIMARY KEY,
        media_type TEXT NOT NULL,
        size INTEGER NOT NULL,
        confirmed INTEGER NOT NULL DEFAULT 0,
        kept_offline INTEGER NOT NULL DEFAULT 0,
        used_at INTEGER NOT NULL))"_s,
};

// Version 20: the records that carry a file — photos and files on log entries and steps
// (Records::Attachment), the programme's materials (Records::Material) — and the ones made on
// this device whose file is still on its way: the record is sent once the server has the
// file whole (FileRecords), with the last problem of its transfer for the person to see.
const QStringList version20 = {
    uR"(CREATE TABLE attachments (
        id TEXT PRIMARY KEY,
        project_id TEXT NOT NULL DEFAULT '',
        log_entry_id TEXT NOT NULL DEFAULT '',
        step_id TEXT NOT NULL DEFAULT '',
        author_contact_id TEXT NOT NULL DEFAULT '',
        added_at TEXT NOT NULL DEFAULT '',
        hash TEXT NOT NULL DEFAULT '',
        size INTEGER NOT NULL DEFAULT 0,
        media_type TEXT NOT NULL DEFAULT '',
        file_name TEXT NOT NULL DEFAULT ''))"_s,
    u"CREATE INDEX attachments_of_entry ON attachments (log_entry_id)"_s,
    u"CREATE INDEX attachments_of_step ON attachments (step_id)"_s,
    uR"(CREATE TABLE materials (
        id TEXT PRIMARY KEY,
        title TEXT NOT NULL DEFAULT '',
        description TEXT NOT NULL DEFAULT '',
        module_number INTEGER NOT NULL DEFAULT 0,
        topic TEXT NOT NULL DEFAULT '',
        url TEXT NOT NULL DEFAULT '',
        author_contact_id TEXT NOT NULL DEFAULT '',
        author_name TEXT NOT NULL DEFAULT '',
        added_at TEXT NOT NULL DEFAULT '',
        hash TEXT NOT NULL DEFAULT '',
        size INTEGER NOT NULL DEFAULT 0,
        media_type TEXT NOT NULL DEFAULT '',
        file_name TEXT NOT NULL DEFAULT ''))"_s,
    uR"(CREATE TABLE files_to_send (
        entity TEXT NOT NULL,
        row_id TEXT NOT NULL,
        hash TEXT NOT NULL,
        payload TEXT NOT NULL,
        problem TEXT NOT NULL DEFAULT '',
        refused INTEGER NOT NULL DEFAULT 0,
        added_at INTEGER NOT NULL,
        PRIMARY KEY (entity, row_id)))"_s,
};

// Version 21: photos and files on the person's own notes on dates (Records::NoteAttachment),
// seen by no one else.
const QStringList version21 = {
    uR"(CREATE TABLE note_attachments (
        id TEXT PRIMARY KEY,
        note_id TEXT NOT NULL DEFAULT '',
        owner_contact_id TEXT NOT NULL DEFAULT '',
        added_at TEXT NOT NULL DEFAULT '',
        hash TEXT NOT NULL DEFAULT '',
        size INTEGER NOT NULL DEFAULT 0,
        media_type TEXT NOT NULL DEFAULT '',
        file_name TEXT NOT NULL DEFAULT ''))"_s,
    u"CREATE INDEX note_attachments_of_note ON note_attachments (note_id)"_s,
};

const QList<QStringList> &allMigrations()
{
    static const QList<QStringList> migrations = { version1, version2, version3, version4, version5,
        version6, version7, version8, version9, version10, version11, version12, version13,
        version14, version15, version16, version17, version18, version19, version20, version21 };
    return migrations;
}

int currentVersion(QSqlDatabase &db)
{
    QSqlQuery query(db);
    if (!query.exec(u"PRAGMA user_version"_s) || !query.next())
        return -1;
    return query.value(0).toInt();
}

}

int Migrations::latestVersion()
{
    return int(allMigrations().size());
}

bool Migrations::apply(QSqlDatabase &db, int targetVersion, QString *error)
{
    int version = currentVersion(db);
    if (version < 0) {
        *error = u"Cannot read the schema version: %1"_s.arg(db.lastError().text());
        return false;
    }
    if (version > latestVersion()) {
        *error = u"The data on this device was written by a newer version of the app "
                 "(schema %1, this app knows up to %2)."_s.arg(version)
                     .arg(latestVersion());
        return false;
    }
    const auto &migrations = allMigrations();
    // A migration may make a table anew that others refer to (SQLite's way to change a
    // column); foreign keys are checked again once it is done. The pragma has no effect
    // inside a transaction, so it is set around them.
    QSqlQuery(db).exec(u"PRAGMA foreign_keys = OFF"_s);
    const auto keysBackOn
        = qScopeGuard([&db] { QSqlQuery(db).exec(u"PRAGMA foreign_keys = ON"_s); });
    for (; version < targetVersion && version < latestVersion(); ++version) {
        if (!db.transaction()) {
            *error = db.lastError().text();
            return false;
        }
        QSqlQuery query(db);
        for (const auto &statement : migrations.at(version)) {
            if (!query.exec(statement)) {
                *error = u"Migration to version %1 failed: %2"_s.arg(version + 1)
                             .arg(query.lastError().text());
                db.rollback();
                return false;
            }
        }
        if (!query.exec(u"PRAGMA user_version = %1"_s.arg(version + 1))) {
            *error = query.lastError().text();
            db.rollback();
            return false;
        }
        if (!db.commit()) {
            *error = db.lastError().text();
            db.rollback();
            return false;
        }
    }
    return true;
}
