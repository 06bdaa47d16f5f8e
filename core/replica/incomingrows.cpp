// SPDX-License-Identifier: GPL-3.0-or-later
#include "incomingrows.h"

#include "database.h"
#include "records.h"
#include "statementcache.h"

#include <QJsonDocument>

using namespace Qt::StringLiterals;

IncomingRows::IncomingRows(Database &database, News news)
    : m_db(database.connection())
    , m_statements(m_db)
    , m_programme(database)
    , m_drafts(database)
    , m_announcements(database)
    , m_contacts(database)
    , m_projects(database)
    , m_notes(database)
    , m_venue(database)
    , m_files(database)
    , m_erased(database)
    , m_newsRepository(database)
    , m_news(news)
{
    QSqlQuery query(m_db);
    query.exec(u"SELECT DISTINCT entity, row_id FROM local_changes"_s);
    while (query.next())
        m_waiting.insert(query.value(0).toString() + u'/' + query.value(1).toString());
    query.exec(u"SELECT EXISTS (SELECT 1 FROM reset_candidates)"_s);
    m_sweeping = query.next() && query.value(0).toBool();
}

QJsonObject IncomingRows::pendingFields(const QString &entity, const QString &id, bool *deleted)
{
    QJsonObject fields;
    *deleted = false;
    if (!m_waiting.contains(entity + u'/' + id))
        return fields;
    QSqlQuery &query = m_statements.prepared(
        u"SELECT payload, operation FROM local_changes WHERE entity = ? AND row_id = ? "
        "ORDER BY seq"_s);
    query.addBindValue(entity);
    query.addBindValue(id);
    query.exec();
    while (query.next()) {
        const auto payload = QJsonDocument::fromJson(query.value(0).toString().toUtf8()).object();
        for (auto it = payload.begin(); it != payload.end(); ++it)
            fields.insert(it.key(), it.value());
        *deleted = query.value(1).toString() == Records::Operation::remove;
    }
    return fields;
}

bool IncomingRows::apply(const QString &entity, const QString &id, bool deleted,
    const RowFields &serverFields, const QDateTime &now, qint64 version)
{
    // The server sent this row again: it is no candidate of a reset sweep any more.
    if (m_sweeping) {
        QSqlQuery &sweep
            = m_statements.prepared(u"DELETE FROM reset_candidates WHERE entity = ? AND id = ?"_s);
        sweep.addBindValue(entity);
        sweep.addBindValue(id);
        if (!StatementCache::execute(sweep))
            return false;
    }

    // The device's own unconfirmed edits stay on top of what the server sends (rebase); a
    // row the device removed stays removed until the server has the removal.
    bool removedHere = false;
    const QJsonObject pending = pendingFields(entity, id, &removedHere);
    if (removedHere)
        return true;
    if (pending.isEmpty())
        return store(entity, id, deleted, serverFields, now, version);
    // A draft published meanwhile, with edits of this device still waiting: the edits start
    // a new draft on the server, so the device keeps its draft too.
    if (deleted && entity == Records::DateDraft::entity)
        return true;
    QJsonObject fields = serverFields.toObject();
    for (auto it = pending.begin(); it != pending.end(); ++it)
        fields.insert(it.key(), it.value());
    return store(entity, id, deleted, fields, now, version);
}

bool IncomingRows::store(const QString &entity, const QString &id, bool deleted,
    const RowFields &fields, const QDateTime &now, qint64 version)
{
    RowNews news;
    bool stored = true;
    if (entity == Records::ProgrammeDate::entity)
        stored = m_programme.applyIncomingDate(id, deleted, fields, version);
    else if (entity == Records::DateDraft::entity)
        stored = m_drafts.applyIncomingDraft(id, deleted, fields);
    else if (entity == Records::DraftKeptText::entity)
        stored = m_drafts.applyIncomingKeptText(id, deleted, fields);
    else if (entity == Records::Release::entity)
        stored = deleted || m_drafts.applyIncomingRelease(id, fields, m_news == News::Note);
    else if (entity == Records::Announcement::entity)
        stored = m_announcements.applyIncoming(id, deleted, fields, m_news == News::Note);
    else if (entity == Records::Place::entity)
        stored = m_programme.applyIncomingPlace(id, deleted, fields);
    else if (entity == Records::VenueInfo::entity)
        stored = m_venue.applyIncoming(id, deleted, fields);
    else if (entity == Records::Contact::entity)
        stored = m_contacts.applyIncomingContact(id, deleted, fields);
    else if (entity == Records::Municipality::entity)
        stored = m_contacts.applyIncomingMunicipality(id, fields); // never removed
    else if (entity == Records::Project::entity)
        stored = m_projects.applyIncomingProject(id, fields); // never removed
    else if (entity == Records::Step::entity)
        stored = m_projects.applyIncomingStep(
            id, deleted, fields, now, m_news == News::Note ? &news : nullptr);
    else if (entity == Records::LogEntry::entity)
        stored = m_projects.applyIncomingLogEntry(id, deleted, fields, now, &news);
    else if (entity == Records::KeptText::entity)
        stored = m_projects.applyIncomingKeptText(id, deleted, fields);
    else if (entity == Records::LogCorrection::entity)
        stored = m_projects.applyIncomingLogCorrection(id, deleted, fields, &news);
    else if (entity == Records::OrganiserNote::entity)
        // An organisers' note taken back is no news any more.
        stored = (!deleted || m_newsRepository.forget(entity, id))
            && m_projects.applyIncomingOrganiserNote(id, deleted, fields, &news);
    else if (entity == Records::DateNote::entity)
        stored = m_notes.applyIncoming(id, deleted, fields, now);
    else if (Records::carriesFile(entity))
        stored = m_files.applyIncoming(entity, id, deleted, fields);
    else if (entity == Records::Erasure::entity)
        stored = m_erased.apply(id);
    return stored && (m_news == News::Ignore || m_newsRepository.noteIncoming(news, now));
}
