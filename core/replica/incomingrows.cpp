// SPDX-License-Identifier: GPL-3.0-or-later
#include "incomingrows.h"

#include "newsrepository.h"
#include "records.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;
using namespace Records;

namespace {
QString text(const QJsonObject &fields, QLatin1StringView key)
{
    return fields.value(key).toString(u""_s);
}

qint64 instant(const QJsonObject &fields, QLatin1StringView key)
{
    return QDateTime::fromString(fields.value(key).toString(), Qt::ISODate).toMSecsSinceEpoch();
}

QString list(const QJsonObject &fields, QLatin1StringView key)
{
    return QString::fromUtf8(
        QJsonDocument(fields.value(key).toArray()).toJson(QJsonDocument::Compact));
}

QVariant nullable(const QString &value)
{
    return value.isEmpty() ? QVariant() : QVariant(value);
}

bool run(QSqlQuery &query)
{
    if (query.exec())
        return true;
    qWarning("sync: %s", qPrintable(query.lastError().text()));
    return false;
}
}

IncomingRows::IncomingRows(const QSqlDatabase &db, News news)
    : m_db(db)
    , m_news(news)
{
    QSqlQuery query(m_db);
    query.exec(u"SELECT DISTINCT entity, row_id FROM local_changes"_s);
    while (query.next())
        m_waiting.insert(query.value(0).toString() + u'/' + query.value(1).toString());
    query.exec(u"SELECT EXISTS (SELECT 1 FROM reset_candidates)"_s);
    m_sweeping = query.next() && query.value(0).toBool();
}

QSqlQuery &IncomingRows::prepared(const QString &sql)
{
    auto [it, added] = m_statements.try_emplace(sql, m_db);
    if (added)
        it->second.prepare(sql);
    return it->second;
}

QJsonObject IncomingRows::pendingFields(const QString &entity, const QString &id, bool *deleted)
{
    QJsonObject fields;
    *deleted = false;
    if (!m_waiting.contains(entity + u'/' + id))
        return fields;
    QSqlQuery &query
        = prepared(u"SELECT payload, operation FROM local_changes WHERE entity = ? AND row_id = ? "
                   "ORDER BY seq"_s);
    query.addBindValue(entity);
    query.addBindValue(id);
    query.exec();
    while (query.next()) {
        const auto payload = QJsonDocument::fromJson(query.value(0).toString().toUtf8()).object();
        for (auto it = payload.begin(); it != payload.end(); ++it)
            fields.insert(it.key(), it.value());
        *deleted = query.value(1).toString() == Operation::remove;
    }
    return fields;
}

bool IncomingRows::apply(const QString &entity, const QString &id, bool deleted,
    const QJsonObject &serverFields, const QDateTime &now)
{
    // The server sent this row again: it is no candidate of a reset sweep any more.
    if (m_sweeping) {
        QSqlQuery &sweep = prepared(u"DELETE FROM reset_candidates WHERE entity = ? AND id = ?"_s);
        sweep.addBindValue(entity);
        sweep.addBindValue(id);
        if (!run(sweep))
            return false;
    }

    // The device's own unconfirmed edits stay on top of what the server sends (rebase); a
    // row the device removed stays removed until the server has the removal.
    bool removedHere = false;
    QJsonObject fields = serverFields;
    const QJsonObject pending = pendingFields(entity, id, &removedHere);
    if (removedHere)
        return true;
    for (auto it = pending.begin(); it != pending.end(); ++it)
        fields.insert(it.key(), it.value());

    if (entity == ProgrammeDate::entity)
        return applyEvent(id, deleted, fields);
    if (deleted && (entity == Contact::entity || entity == Place::entity))
        return removeUnlessReferenced(entity, id);
    if (entity == Place::entity) {
        QSqlQuery &query = prepared(
            u"INSERT INTO places (id, name_de, name_en, city, online) VALUES (?,?,?,?,?) "
            "ON CONFLICT(id) DO UPDATE SET name_de=excluded.name_de, "
            "name_en=excluded.name_en, city=excluded.city, online=excluded.online"_s);
        query.addBindValue(id);
        query.addBindValue(text(fields, Place::nameDe));
        query.addBindValue(text(fields, Place::nameEn));
        query.addBindValue(text(fields, Place::city));
        query.addBindValue(fields.value(Place::online).toBool());
        return run(query);
    }
    if (entity == Municipality::entity) {
        QSqlQuery &query = prepared(u"INSERT INTO municipalities (id, name) VALUES (?, ?) "
                                    "ON CONFLICT(id) DO UPDATE SET name = excluded.name"_s);
        query.addBindValue(id);
        query.addBindValue(text(fields, Municipality::name));
        return run(query);
    }
    if (entity == Contact::entity) {
        QSqlQuery &query = prepared(
            u"INSERT INTO contacts (id, role, name, function_de, function_en, organisation, "
            "municipality_id, phone, email, share_phone, share_email) "
            "VALUES (?,?,?,?,?,?,?,?,?,?,?) ON CONFLICT(id) DO UPDATE SET "
            "role=excluded.role, name=excluded.name, function_de=excluded.function_de, "
            "function_en=excluded.function_en, organisation=excluded.organisation, "
            "municipality_id=excluded.municipality_id, phone=excluded.phone, "
            "email=excluded.email, share_phone=excluded.share_phone, "
            "share_email=excluded.share_email"_s);
        query.addBindValue(id);
        query.addBindValue(fields.value(Contact::role).toString(Contact::roleParticipant));
        query.addBindValue(text(fields, Contact::name));
        query.addBindValue(text(fields, Contact::functionDe));
        query.addBindValue(text(fields, Contact::functionEn));
        query.addBindValue(text(fields, Contact::organisation));
        query.addBindValue(nullable(text(fields, Contact::municipalityId)));
        query.addBindValue(text(fields, Contact::phone));
        query.addBindValue(text(fields, Contact::email));
        query.addBindValue(fields.value(Contact::sharePhone).toBool(true));
        query.addBindValue(fields.value(Contact::shareEmail).toBool(true));
        return run(query);
    }
    if (entity == Project::entity) {
        QSqlQuery &query = prepared(
            u"INSERT INTO projects (id, municipality_id, title, goal) VALUES (?,?,?,?) "
            "ON CONFLICT(id) DO UPDATE SET title = excluded.title, goal = excluded.goal"_s);
        query.addBindValue(id);
        query.addBindValue(text(fields, Project::municipalityId));
        query.addBindValue(text(fields, Project::title));
        query.addBindValue(text(fields, Project::goal));
        return run(query);
    }
    if (entity == Step::entity)
        return applyStep(id, deleted, fields, now);
    if (entity == KeptText::entity)
        return applyConflict(id, deleted, fields);
    if (entity == OrganiserNote::entity)
        return applyComment(id, deleted, fields, now);
    if (entity == LogEntry::entity)
        return applyLogEntry(id, fields, now);
    if (entity == DateNote::entity)
        return applyNote(id, deleted, fields, now);
    return true; // an entity this app version does not know: skipped, not an error
}

bool IncomingRows::applyConflict(const QString &id, bool deleted, const QJsonObject &fields)
{
    if (deleted) {
        QSqlQuery &query = prepared(u"DELETE FROM conflicts WHERE id = ?"_s);
        query.addBindValue(id);
        return run(query);
    }
    QSqlQuery &query
        = prepared(u"INSERT INTO conflicts (id, project_id, entity, row_id, field, text, "
                   "author_contact_id, replaced_at) VALUES (?,?,?,?,?,?,?,?) "
                   "ON CONFLICT(id) DO UPDATE SET text = excluded.text"_s);
    query.addBindValue(id);
    query.addBindValue(text(fields, KeptText::projectId));
    query.addBindValue(text(fields, KeptText::keptEntity));
    query.addBindValue(text(fields, KeptText::rowId));
    query.addBindValue(text(fields, KeptText::field));
    query.addBindValue(text(fields, KeptText::text));
    query.addBindValue(text(fields, KeptText::authorContactId));
    query.addBindValue(text(fields, KeptText::replacedAt));
    return run(query);
}

bool IncomingRows::applyStep(
    const QString &id, bool deleted, const QJsonObject &fields, const QDateTime &now)
{
    // What the step was here: a difference is someone else's change (this device's own
    // changes are stored before they are sent, and confirmed before the answer's rows).
    QSqlQuery &old = prepared(u"SELECT project_id, title, status, coalesce(owner_contact_id, ''), "
                              "coalesce(due_date, ''), coalesce(due_module, 0), notes "
                              "FROM steps WHERE id = ?"_s);
    old.addBindValue(id);
    const bool existed = old.exec() && old.next();
    const QStringList before = existed
        ? QStringList { old.value(1).toString(), old.value(2).toString(), old.value(3).toString(),
              old.value(4).toString(), old.value(5).toString(), old.value(6).toString() }
        : QStringList();
    const QString oldProject = existed ? old.value(0).toString() : QString();
    old.finish();
    if (deleted) {
        QSqlQuery &query = prepared(u"DELETE FROM steps WHERE id = ?"_s);
        query.addBindValue(id);
        return run(query)
            && (!existed
                || noteNews(Step::entity, id, oldProject, u"removed"_s, before.at(0), now));
    }
    QSqlQuery &query
        = prepared(u"INSERT INTO steps (id, project_id, title, status, owner_contact_id, due_date, "
                   "due_module, notes, position, created_at, updated_at) "
                   "VALUES (?,?,?,?,?,?,?,?,?,?,?) ON CONFLICT(id) DO UPDATE SET "
                   "title=excluded.title, status=excluded.status, "
                   "owner_contact_id=excluded.owner_contact_id, due_date=excluded.due_date, "
                   "due_module=excluded.due_module, notes=excluded.notes, "
                   "position=excluded.position, updated_at=excluded.updated_at"_s);
    const int dueModule = fields.value(Step::dueModule).toInt();
    const QString status = fields.value(Step::status).toString(Step::statusOpen);
    query.addBindValue(id);
    query.addBindValue(text(fields, Step::projectId));
    query.addBindValue(text(fields, Step::title));
    query.addBindValue(status);
    query.addBindValue(nullable(text(fields, Step::ownerContactId)));
    query.addBindValue(nullable(text(fields, Step::dueDate)));
    query.addBindValue(dueModule > 0 ? QVariant(dueModule) : QVariant());
    query.addBindValue(text(fields, Step::notes));
    query.addBindValue(fields.value(Step::position).toInt());
    query.addBindValue(now.toMSecsSinceEpoch());
    query.addBindValue(now.toMSecsSinceEpoch());
    if (!run(query))
        return false;
    const QStringList after = { text(fields, Step::title), status,
        text(fields, Step::ownerContactId), text(fields, Step::dueDate),
        QString::number(qMax(dueModule, 0)), text(fields, Step::notes) };
    const QString projectId = existed ? oldProject : text(fields, Step::projectId);
    if (!existed)
        return noteNews(Step::entity, id, projectId, u"new"_s, after.at(0), now);
    if (before.at(1) != after.at(1))
        return noteNews(Step::entity, id, projectId, u"status"_s, after.at(0), now);
    if (before != after) // a new order alone is no news
        return noteNews(Step::entity, id, projectId, u"changed"_s, after.at(0), now);
    return true;
}

bool IncomingRows::applyLogEntry(const QString &id, const QJsonObject &fields, const QDateTime &now)
{
    // Entries never change: an entry the device has is the same entry.
    QSqlQuery &query
        = prepared(u"INSERT INTO log_entries (id, project_id, entry_date, author_contact_id, "
                   "author_name, text, created_at, question) VALUES (?,?,?,?,?,?,?,?) "
                   "ON CONFLICT(id) DO NOTHING"_s);
    query.addBindValue(id);
    query.addBindValue(text(fields, LogEntry::projectId));
    query.addBindValue(text(fields, LogEntry::entryDate));
    query.addBindValue(nullable(text(fields, LogEntry::authorContactId)));
    query.addBindValue(text(fields, LogEntry::authorName));
    query.addBindValue(text(fields, LogEntry::text));
    query.addBindValue(now.toMSecsSinceEpoch());
    query.addBindValue(fields.value(LogEntry::question).toBool() ? 1 : 0);
    if (!run(query))
        return false;
    if (query.numRowsAffected() <= 0)
        return true;
    return noteNews(LogEntry::entity, id, text(fields, LogEntry::projectId), u"new"_s,
        text(fields, LogEntry::text), now);
}

bool IncomingRows::applyNote(
    const QString &id, bool deleted, const QJsonObject &fields, const QDateTime &now)
{
    if (deleted) {
        QSqlQuery &query = prepared(u"DELETE FROM notes WHERE id = ?"_s);
        query.addBindValue(id);
        return run(query);
    }
    QSqlQuery &query = prepared(
        u"INSERT INTO notes (id, event_id, step_id, text, updated_at) VALUES (?,?,?,?,?) "
        "ON CONFLICT(id) DO UPDATE SET step_id = excluded.step_id, text = excluded.text, "
        "updated_at = excluded.updated_at"_s);
    query.addBindValue(id);
    query.addBindValue(text(fields, DateNote::eventId));
    query.addBindValue(text(fields, DateNote::stepId));
    query.addBindValue(text(fields, DateNote::text));
    query.addBindValue(now.toMSecsSinceEpoch());
    return run(query);
}

bool IncomingRows::noteNews(const QString &entity, const QString &id, const QString &projectId,
    const QString &kind, const QString &summary, const QDateTime &now)
{
    if (m_news == News::Ignore)
        return true;
    QSqlQuery &query = prepared(NewsRepository::noteStatement());
    query.addBindValue(entity);
    query.addBindValue(id);
    query.addBindValue(projectId);
    query.addBindValue(kind);
    query.addBindValue(summary.left(300));
    query.addBindValue(now.toMSecsSinceEpoch());
    return run(query);
}

bool IncomingRows::applyComment(
    const QString &id, bool deleted, const QJsonObject &fields, const QDateTime &now)
{
    QSqlQuery &old = prepared(u"SELECT text FROM comments WHERE id = ?"_s);
    old.addBindValue(id);
    const bool existed = old.exec() && old.next();
    const QString oldText = existed ? old.value(0).toString() : QString();
    old.finish();
    if (deleted) {
        // A comment taken back is no news any more.
        QSqlQuery &forget = prepared(u"DELETE FROM news WHERE entity = ? AND row_id = ?"_s);
        forget.addBindValue(OrganiserNote::entity);
        forget.addBindValue(id);
        if (!run(forget))
            return false;
        QSqlQuery &query = prepared(u"DELETE FROM comments WHERE id = ?"_s);
        query.addBindValue(id);
        return run(query);
    }
    if (!existed || oldText != text(fields, OrganiserNote::text)) {
        if (!noteNews(OrganiserNote::entity, id, text(fields, OrganiserNote::projectId),
                existed ? u"changed"_s : u"new"_s, text(fields, OrganiserNote::text), now))
            return false;
    }
    QSqlQuery &query
        = prepared(u"INSERT INTO comments (id, project_id, step_id, author_contact_id, text, "
                   "written_at) VALUES (?,?,?,?,?,?) ON CONFLICT(id) DO UPDATE SET "
                   "text = excluded.text"_s);
    query.addBindValue(id);
    query.addBindValue(text(fields, OrganiserNote::projectId));
    query.addBindValue(text(fields, OrganiserNote::stepId));
    query.addBindValue(text(fields, OrganiserNote::authorContactId));
    query.addBindValue(text(fields, OrganiserNote::text));
    query.addBindValue(text(fields, OrganiserNote::writtenAt));
    return run(query);
}

bool IncomingRows::removeUnlessReferenced(const QString &entity, const QString &id)
{
    // A removed contact or place that something here still points to stays, unseen.
    QSqlQuery &query = prepared(entity == Place::entity
            ? u"DELETE FROM places WHERE id = ? AND NOT EXISTS (SELECT 1 FROM events "
              "WHERE place_id = places.id)"_s
            : u"DELETE FROM contacts WHERE id = ? AND NOT EXISTS (SELECT 1 FROM steps "
              "WHERE owner_contact_id = contacts.id) AND NOT EXISTS (SELECT 1 FROM "
              "log_entries WHERE author_contact_id = contacts.id)"_s);
    query.addBindValue(id);
    return run(query);
}

bool IncomingRows::applyEvent(const QString &id, bool deleted, const QJsonObject &fields)
{
    QSqlQuery &old = prepared(
        u"SELECT starts_at, ends_at, coalesce(place_id, ''), change_kind, previous_starts_at "
        "FROM events WHERE id = ?"_s);
    old.addBindValue(id);
    const bool exists = old.exec() && old.next();
    const qint64 oldStart = exists ? old.value(0).toLongLong() : 0;
    const qint64 oldEnd = exists ? old.value(1).toLongLong() : 0;
    const QString oldPlace = exists ? old.value(2).toString() : QString();
    const QString oldChange = exists ? old.value(3).toString() : QString();
    const QVariant oldPrevious = exists ? old.value(4) : QVariant();
    old.finish();
    if (deleted) {
        // Kept, marked cancelled, until the participant has seen it.
        QSqlQuery &query = prepared(
            u"UPDATE events SET change_kind = 'cancelled', cancelled = 1 WHERE id = ?"_s);
        query.addBindValue(id);
        return run(query);
    }
    const qint64 start = instant(fields, ProgrammeDate::startsAt);
    const qint64 end = instant(fields, ProgrammeDate::endsAt);
    QString change = oldChange;
    QVariant previous = oldPrevious;
    if (!exists) {
        change = u"new"_s;
    } else if (start != oldStart || end != oldEnd
        || text(fields, ProgrammeDate::placeId) != oldPlace) {
        if (oldChange.isEmpty() || oldChange == "cancelled"_L1) {
            change = u"moved"_s;
            previous = oldStart; // the time the participant last saw
        }
    }
    QSqlQuery &query = prepared(
        u"INSERT INTO events (id, kind, module_number, number, title_de, title_en, "
        "starts_at, ends_at, all_day, approximate, place_id, video_url, tentative, "
        "topics_de, topics_en, note_de, note_en, change_kind, previous_starts_at) VALUES "
        "(?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?) ON CONFLICT(id) DO UPDATE SET "
        "kind=excluded.kind, module_number=excluded.module_number, "
        "number=excluded.number, title_de=excluded.title_de, title_en=excluded.title_en, "
        "starts_at=excluded.starts_at, ends_at=excluded.ends_at, "
        "all_day=excluded.all_day, approximate=excluded.approximate, "
        "place_id=excluded.place_id, video_url=excluded.video_url, "
        "tentative=excluded.tentative, topics_de=excluded.topics_de, "
        "topics_en=excluded.topics_en, note_de=excluded.note_de, note_en=excluded.note_en, "
        "change_kind=excluded.change_kind, previous_starts_at=excluded.previous_starts_at, "
        "cancelled=0"_s);
    query.addBindValue(id);
    query.addBindValue(text(fields, ProgrammeDate::kind));
    query.addBindValue(fields.value(ProgrammeDate::moduleNumber).toInt());
    query.addBindValue(fields.value(ProgrammeDate::number).toInt());
    query.addBindValue(text(fields, ProgrammeDate::titleDe));
    query.addBindValue(text(fields, ProgrammeDate::titleEn));
    query.addBindValue(start);
    query.addBindValue(end);
    query.addBindValue(fields.value(ProgrammeDate::allDay).toBool());
    query.addBindValue(fields.value(ProgrammeDate::approximate).toBool());
    query.addBindValue(nullable(text(fields, ProgrammeDate::placeId)));
    query.addBindValue(text(fields, ProgrammeDate::videoUrl));
    query.addBindValue(fields.value(ProgrammeDate::tentative).toBool());
    query.addBindValue(list(fields, ProgrammeDate::topicsDe));
    query.addBindValue(list(fields, ProgrammeDate::topicsEn));
    query.addBindValue(text(fields, ProgrammeDate::noteDe));
    query.addBindValue(text(fields, ProgrammeDate::noteEn));
    query.addBindValue(change);
    query.addBindValue(previous);
    return run(query);
}
