// SPDX-License-Identifier: GPL-3.0-or-later
#include "auditlog.h"

#include "identity.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

using namespace Qt::StringLiterals;

AuditLog::AuditLog(const QSqlDatabase &db)
    : m_db(db)
{
}

QString AuditLog::operatorActor()
{
    return u"operator"_s;
}

QString AuditLog::organiserActor(const Identity &organiser)
{
    return u"organiser %1 on device %2"_s.arg(organiser.contactId, organiser.deviceId);
}

bool AuditLog::record(const QString &actor, const QString &action, const QString &subject)
{
    QSqlQuery query(m_db);
    query.prepare(
        u"INSERT INTO audit_log (id, at, actor, action, subject) VALUES (?, ?, ?, ?, ?)"_s);
    query.addBindValue(QUuid::createUuid().toString(QUuid::WithoutBraces));
    query.addBindValue(QDateTime::currentMSecsSinceEpoch());
    query.addBindValue(actor);
    query.addBindValue(action);
    query.addBindValue(subject.isNull() ? u""_s : subject); // a null would be SQL's NULL
    if (query.exec())
        return true;
    qWarning("audit: %s", qPrintable(query.lastError().text()));
    return false;
}

QList<AuditLog::Entry> AuditLog::entries(const QDateTime &since) const
{
    QList<Entry> result;
    QSqlQuery query(m_db);
    query.prepare(u"SELECT at, actor, action, subject FROM audit_log WHERE at >= ? "
                  "ORDER BY at, id"_s);
    query.addBindValue(since.isValid() ? since.toMSecsSinceEpoch() : qint64(0));
    if (!query.exec())
        return result;
    while (query.next())
        result.append({ QDateTime::fromMSecsSinceEpoch(query.value(0).toLongLong(), Qt::UTC),
            query.value(1).toString(), query.value(2).toString(), query.value(3).toString() });
    return result;
}

int AuditLog::forgetBefore(const QDateTime &before)
{
    QSqlQuery query(m_db);
    query.prepare(u"DELETE FROM audit_log WHERE at < ?"_s);
    query.addBindValue(before.toMSecsSinceEpoch());
    return query.exec() ? query.numRowsAffected() : -1;
}

bool AuditLog::replaceId(const QString &id, const QString &replacement)
{
    QSqlQuery query(m_db);
    for (const QString &column : { u"subject"_s, u"actor"_s }) {
        query.prepare(u"UPDATE audit_log SET %1 = replace(%1, ?, ?) WHERE %1 LIKE ?"_s.arg(column));
        query.addBindValue(id);
        query.addBindValue(replacement);
        query.addBindValue(u"%"_s + id + u"%"_s);
        if (!query.exec())
            return false;
    }
    return true;
}
