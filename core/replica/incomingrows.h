// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "announcementrepository.h"
#include "contactrepository.h"
#include "draftrepository.h"
#include "erasedpeople.h"
#include "filerecords.h"
#include "newsrepository.h"
#include "noterepository.h"
#include "programmerepository.h"
#include "projectrepository.h"
#include "rowfields.h"
#include "statementcache.h"
#include "venuerepository.h"

#include <QDateTime>
#include <QJsonObject>
#include <QSet>

class Database;

/// Stores the rows of one answer of the server, each through the repository that owns its
/// table. What is done here: the device's own changes that the server has not confirmed yet
/// stay on top (a rebase), a row the device removed stays removed, a row that arrives again
/// is no candidate of a reset's sweep any more, and what others changed is noted as news.
class IncomingRows
{
public:
    /// Whether rows that others changed are noted as news ("what changed"): not while the
    /// device downloads everything for the first time.
    enum class News { Note, Ignore };

    /// Reads which rows have changes waiting to be sent and whether a download is being
    /// swept: create it for one answer, inside its transaction, after the answer's results
    /// were stored, and apply all of the answer's rows through it.
    explicit IncomingRows(Database &database, News news = News::Note);

    /// Stores the server's current state of a row (or its removal) at the server's @p version
    /// of it. A record this app version does not know is skipped, not an error.
    bool apply(const QString &entity, const QString &id, bool deleted, const RowFields &fields,
        const QDateTime &now, qint64 version = 0);

    /// Whether a person was erased from the replica (ErasedPeople::erasedSomeone).
    bool erasedSomeone() const { return m_erased.erasedSomeone(); }

private:
    /// The device's unconfirmed changes of a row, merged; @p deleted tells whether the last
    /// of them removes it.
    QJsonObject pendingFields(const QString &entity, const QString &id, bool *deleted);
    /// Hands the row to the repository of its table.
    bool store(const QString &entity, const QString &id, bool deleted, const RowFields &fields,
        const QDateTime &now, qint64 version);

    QSqlDatabase m_db;
    StatementCache m_statements;
    ProgrammeRepository m_programme;
    DraftRepository m_drafts;
    AnnouncementRepository m_announcements;
    ContactRepository m_contacts;
    ProjectRepository m_projects;
    NoteRepository m_notes;
    VenueRepository m_venue;
    FileRecords m_files;
    ErasedPeople m_erased;
    NewsRepository m_newsRepository;
    QSet<QString> m_waiting; ///< "entity/id" of rows with changes not yet confirmed
    bool m_sweeping = false; ///< reset candidates exist
    News m_news;
};
