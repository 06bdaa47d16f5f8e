// SPDX-License-Identifier: GPL-3.0-or-later
// ProjectRepository: corrections of log entries by their writers, and the entries as they read.
#include "projectrepository.h"

#include "changelog.h"
#include "records.h"
#include "statementcache.h"
#include "transaction.h"

#include <QHash>
#include <QJsonObject>
#include <QSqlQuery>
#include <QUuid>

using namespace Qt::StringLiterals;
using namespace IncomingRow;

bool ProjectRepository::correctLogEntry(const QString &entryId, const QString &text, bool question,
    bool withdrawn, const QDateTime &now)
{
    namespace Wire = Records::LogCorrection;
    QSqlQuery entry(m_db);
    entry.prepare(u"SELECT project_id, coalesce(author_contact_id, '') FROM log_entries "
                  "WHERE id = ?"_s);
    entry.addBindValue(entryId);
    if (!entry.exec() || !entry.next())
        return false;
    const QString projectId = entry.value(0).toString();
    const QString author = entry.value(1).toString();
    entry.finish();

    const QString id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    Transaction transaction(m_db);
    if (!transaction.isActive())
        return false;
    // Stored at once, without the server's time: it reads as the latest correction until the
    // server's answer gives it its place among the others.
    QSqlQuery insert(m_db);
    insert.prepare(
        u"INSERT INTO log_corrections (id, log_entry_id, project_id, text, question, "
        "withdrawn, author_contact_id, corrected_at) VALUES (?, ?, ?, ?, ?, ?, ?, '')"_s);
    for (const QVariant &value :
        { QVariant(id), QVariant(entryId), QVariant(projectId), QVariant(text),
            QVariant(question ? 1 : 0), QVariant(withdrawn ? 1 : 0), QVariant(author) })
        insert.addBindValue(value);
    QJsonObject payload { { Wire::logEntryId, entryId }, { Wire::text, text } };
    if (question)
        payload.insert(Wire::question, true);
    if (withdrawn)
        payload.insert(Wire::withdrawn, true);
    return insert.exec()
        && ChangeLog(m_db).record(Wire::entity, id, Records::Operation::insert, payload, now)
        && transaction.commit();
}

bool ProjectRepository::applyIncomingLogCorrection(
    const QString &id, bool deleted, const RowFields &fields, RowNews *news)
{
    namespace Wire = Records::LogCorrection;
    Q_UNUSED(news) // the entry shows that it was corrected; no separate news
    if (deleted) // its writer was erased with what they wrote
        return m_statements.run(u"DELETE FROM log_corrections WHERE id = ?"_s, { id });
    // Written once; the server adds its time (and clears the writer when they are erased).
    return m_statements.run(
        u"INSERT INTO log_corrections (id, log_entry_id, project_id, text, question, withdrawn, "
        "author_contact_id, corrected_at) VALUES (?,?,?,?,?,?,?,?) "
        "ON CONFLICT(id) DO UPDATE SET corrected_at = excluded.corrected_at, "
        "author_contact_id = excluded.author_contact_id"_s,
        { id, text(fields, Wire::logEntryId), text(fields, Wire::projectId),
            text(fields, Wire::text), fields.value(Wire::question).toBool() ? 1 : 0,
            fields.value(Wire::withdrawn).toBool() ? 1 : 0, text(fields, Wire::authorContactId),
            text(fields, Wire::correctedAt) });
}

void ProjectRepository::applyCorrections(const QString &projectId, QList<LogEntry> *entries) const
{
    // Oldest first by the server's time (to the millisecond; the id decides a tie), the unsent
    // ones (no server time yet) last in the order they were written: every device that has
    // the same corrections reads the same latest one.
    QSqlQuery query(m_db);
    query.prepare(u"SELECT log_entry_id, text, question, withdrawn, corrected_at "
                  "FROM log_corrections WHERE project_id = ? "
                  "ORDER BY corrected_at = '', corrected_at, "
                  "CASE WHEN corrected_at = '' THEN rowid END, id"_s);
    query.addBindValue(projectId);
    if (!query.exec())
        return;
    QHash<QString, qsizetype> at;
    for (qsizetype i = 0; i < entries->size(); ++i)
        at.insert(entries->at(i).id, i);
    while (query.next()) {
        const auto found = at.constFind(query.value(0).toString());
        if (found == at.cend())
            continue;
        LogEntry &entry = (*entries)[*found];
        const QString text = query.value(1).toString();
        if (text != entry.text) // a withdrawal keeps the last text
            entry.earlierTexts.append(entry.text);
        entry.text = text;
        entry.question = query.value(2).toInt() != 0;
        entry.withdrawn = query.value(3).toInt() != 0;
        entry.corrected = true;
        entry.correctedAt = QDateTime::fromString(query.value(4).toString(), Qt::ISODate);
    }
}
