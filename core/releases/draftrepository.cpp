// SPDX-License-Identifier: GPL-3.0-or-later
#include "draftrepository.h"

#include "changelog.h"
#include "database.h"
#include "daterow.h"
#include "incomingrow.h"
#include "programmewire.h"
#include "records.h"
#include "transaction.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QUuid>

using namespace Qt::StringLiterals;
namespace DateFields = Records::ProgrammeDate;

DraftRepository::DraftRepository(Database &database)
    : m_db(database.connection())
    , m_programme(database)
{
}

QList<ProgrammeDate> DraftRepository::drafts() const
{
    QList<ProgrammeDate> result;
    QSqlQuery query(m_db);
    query.exec(u"SELECT id, %1 FROM date_drafts ORDER BY starts_at, id"_s.arg(DateRow::columns()));
    while (query.next())
        result.append(DateRow::read(query));
    return result;
}

std::optional<ProgrammeDate> DraftRepository::draft(const QString &id) const
{
    QSqlQuery &query = m_statements.prepared(
        u"SELECT id, %1 FROM date_drafts WHERE id = ?"_s.arg(DateRow::columns()));
    query.addBindValue(id);
    if (!query.exec() || !query.next())
        return std::nullopt;
    ProgrammeDate date = DateRow::read(query);
    query.finish();
    return date;
}

std::optional<ProgrammeDate> DraftRepository::current(const QString &id) const
{
    if (auto date = draft(id))
        return date;
    return m_programme.event(id);
}

bool DraftRepository::storeDraft(const ProgrammeDate &date)
{
    QSqlQuery &query
        = m_statements.prepared(u"INSERT INTO date_drafts (id, %1) VALUES (?, %2) "
                                "ON CONFLICT(id) DO UPDATE SET %3"_s.arg(DateRow::columns(),
                                    DateRow::placeholders(), DateRow::updateFromExcluded()));
    query.addBindValue(date.id);
    for (const auto &value : DateRow::values(date))
        query.addBindValue(value);
    return StatementCache::execute(query);
}

bool DraftRepository::saveDraft(const ProgrammeDate &date, const QDateTime &now)
{
    const auto before = current(date.id);
    const QJsonObject fields = ProgrammeWire::fieldsOf(date);
    QJsonObject changed;
    QJsonObject base;
    const QJsonObject beforeFields = before ? ProgrammeWire::fieldsOf(*before) : QJsonObject();
    const auto keptTexts = Records::find(Records::DateDraft::entity)->keptTexts();
    for (auto it = fields.begin(); it != fields.end(); ++it) {
        if (before && beforeFields.value(it.key()) == it.value())
            continue;
        changed.insert(it.key(), it.value());
        // The text it replaces: a server that has another one by then keeps both.
        if (before && keptTexts.contains(QLatin1StringView(it.key().toLatin1())))
            base.insert(it.key(), beforeFields.value(it.key()));
    }
    if (changed.isEmpty())
        return true;
    Transaction transaction(m_db);
    return transaction.isActive() && storeDraft(date)
        && ChangeLog(m_db).record(Records::DateDraft::entity, date.id,
            before ? Records::Operation::update : Records::Operation::insert, changed, now, base)
        && transaction.commit();
}

bool DraftRepository::discardDraft(const QString &id, const QDateTime &now)
{
    Transaction transaction(m_db);
    return transaction.isActive()
        && m_statements.run(u"DELETE FROM date_drafts WHERE id = ?"_s, { id })
        && ChangeLog(m_db).record(
            Records::DateDraft::entity, id, Records::Operation::remove, {}, now)
        && transaction.commit();
}

bool DraftRepository::publish(const QString &note, const QDateTime &now, QString *releaseId)
{
    const QString id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    if (releaseId)
        *releaseId = id;
    Transaction transaction(m_db);
    return transaction.isActive()
        && ChangeLog(m_db).record(Records::Release::entity, id, Records::Operation::insert,
            { { Records::Release::note, note.trimmed() } }, now)
        && transaction.commit();
}

bool DraftRepository::publishing() const
{
    QSqlQuery &query
        = m_statements.prepared(u"SELECT EXISTS (SELECT 1 FROM local_changes WHERE entity = ?)"_s);
    query.addBindValue(Records::Release::entity);
    const bool waiting = query.exec() && query.next() && query.value(0).toBool();
    query.finish();
    return waiting;
}

QList<DraftKeptText> DraftRepository::keptTexts() const
{
    QList<DraftKeptText> texts;
    QSqlQuery query(m_db);
    query.exec(u"SELECT id, row_id, field, text, author_contact_id FROM draft_kept_texts "
               "ORDER BY replaced_at, id"_s);
    while (query.next())
        texts.append({ query.value(0).toString(), query.value(1).toString(),
            query.value(2).toString(), query.value(3).toString(), query.value(4).toString() });
    return texts;
}

bool DraftRepository::dismissKeptText(const QString &id, const QDateTime &now)
{
    Transaction transaction(m_db);
    return transaction.isActive()
        && m_statements.run(u"DELETE FROM draft_kept_texts WHERE id = ?"_s, { id })
        && ChangeLog(m_db).record(
            Records::DraftKeptText::entity, id, Records::Operation::remove, {}, now)
        && transaction.commit();
}

QList<Release> DraftRepository::releases() const
{
    QList<Release> result;
    QSqlQuery query(m_db);
    query.exec(u"SELECT id, number, note, published_at, author_contact_id, changes FROM releases "
               "ORDER BY number DESC"_s);
    while (query.next()) {
        result.append(
            { query.value(0).toString(), query.value(1).toInt(), query.value(2).toString(),
                QDateTime::fromString(query.value(3).toString(), Qt::ISODate),
                query.value(4).toString(),
                ProgrammeChanges::fromJson(
                    QJsonDocument::fromJson(query.value(5).toString().toUtf8()).array()) });
    }
    return result;
}

int DraftRepository::seenRelease() const
{
    QSqlQuery &query
        = m_statements.prepared(u"SELECT value FROM replica_meta WHERE key = 'seen_release'"_s);
    const int number = query.exec() && query.next() ? query.value(0).toInt() : 0;
    query.finish();
    return number;
}

bool DraftRepository::setSeenRelease(int number)
{
    return m_statements.run(u"INSERT INTO replica_meta (key, value) VALUES ('seen_release', ?) "
                            "ON CONFLICT(key) DO UPDATE SET value = max(CAST(value AS INTEGER), "
                            "CAST(excluded.value AS INTEGER))"_s,
        { QString::number(number) });
}

bool DraftRepository::applyIncomingDraft(const QString &id, bool deleted, const RowFields &fields)
{
    if (deleted)
        return m_statements.run(u"DELETE FROM date_drafts WHERE id = ?"_s, { id });
    return storeDraft(ProgrammeWire::eventFrom(id, fields.toObject()));
}

bool DraftRepository::applyIncomingKeptText(
    const QString &id, bool deleted, const RowFields &fields)
{
    using namespace IncomingRow;
    namespace Kept = Records::KeptText;
    if (deleted)
        return m_statements.run(u"DELETE FROM draft_kept_texts WHERE id = ?"_s, { id });
    return m_statements.run(
        u"INSERT INTO draft_kept_texts (id, entity, row_id, field, text, author_contact_id, "
        "replaced_at) VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT(id) DO UPDATE SET "
        "entity = excluded.entity, row_id = excluded.row_id, field = excluded.field, "
        "text = excluded.text, author_contact_id = excluded.author_contact_id, "
        "replaced_at = excluded.replaced_at"_s,
        { id, text(fields, Kept::keptEntity), text(fields, Kept::rowId), text(fields, Kept::field),
            text(fields, Kept::text), text(fields, Kept::authorContactId),
            text(fields, Kept::replacedAt) });
}

bool DraftRepository::applyIncomingRelease(const QString &id, const RowFields &fields, bool asNews)
{
    using namespace IncomingRow;
    namespace Fields = Records::Release;
    const int number = fields.value(Fields::number).toInt();
    // On the first download every release is history, not news.
    if (!asNews && !setSeenRelease(number))
        return false;
    const QString changes = text(fields, Fields::changes);
    return m_statements.run(
        u"INSERT INTO releases (id, number, note, published_at, author_contact_id, changes) "
        "VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT(id) DO UPDATE SET number = excluded.number, "
        "note = excluded.note, published_at = excluded.published_at, "
        "author_contact_id = excluded.author_contact_id, changes = excluded.changes"_s,
        { id, number, text(fields, Fields::note), text(fields, Fields::publishedAt),
            text(fields, Fields::authorContactId), changes.isEmpty() ? u"[]"_s : changes });
}
