// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "rowfields.h"
#include "statementcache.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QSqlDatabase>

class Database;

/// A message of the organisers ("Mitteilung") to everyone or to one municipality.
struct Announcement
{
    QString id;
    QString text;
    QString municipalityId; ///< empty: everyone
    QString authorContactId;
    QString authorName; ///< as the contacts have it; empty while unknown
    QDateTime publishedAt; ///< by the server's clock; invalid while not yet sent
    bool seen = false;
};

/// Owns the SQL of announcements: those written on this device (sent with the next sync),
/// those received, and which of them the person has seen.
class AnnouncementRepository
{
public:
    explicit AnnouncementRepository(Database &database);

    /// Every announcement, the newest first.
    QList<Announcement> announcements() const;
    /// Those not seen yet that are for a participant of @p municipalityId: to everyone or to
    /// that municipality (all of them if @p municipalityId is empty: an organiser's device).
    QList<Announcement> unseen(const QString &municipalityId) const;
    bool markAllSeen();

    /// An organiser's announcement to everyone (@p municipalityId empty) or to one
    /// municipality; returns its id, or empty if it could not be stored.
    QString write(const QString &text, const QString &municipalityId, const QDateTime &now);
    /// An organiser takes an announcement back: it goes from every device.
    bool withdraw(const QString &id, const QDateTime &now);

    /// As the server sends it; news unless @p asNews is false (the first download).
    bool applyIncoming(const QString &id, bool deleted, const RowFields &fields, bool asNews);

private:
    QSqlDatabase m_db;
    mutable StatementCache m_statements { m_db };
};
