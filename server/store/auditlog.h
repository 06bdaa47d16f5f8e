// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QList>
#include <QSqlDatabase>
#include <QString>

struct Identity;

/// What organisers and the operator did (invitations, sign-outs, moves, erasures, exports,
/// programme releases and imports, restores): who, what, when and to whom, by id only, never
/// a content. Kept in the store, written only by appending; the operator reads it with
/// `ews-server audit`. Entries older than its retention (`audit-days`, default 90) are
/// forgotten by serve each day; an erased person's id is replaced in it by their erasure.
class AuditLog
{
public:
    explicit AuditLog(const QSqlDatabase &db);

    struct Entry
    {
        QDateTime at;
        QString actor; ///< "operator", or "organiser <person id> on device <device id>"
        QString action; ///< "invite participant", "sign out device", "erase person", …
        QString subject; ///< the id acted on (person, device, municipality, release), or empty
    };

    /// The actor of an operator's command.
    static QString operatorActor();
    /// The actor of an organiser's request from the app.
    static QString organiserActor(const Identity &organiser);

    /// Appends an entry (in the caller's transaction, if one is open); false if it could not
    /// be written.
    bool record(const QString &actor, const QString &action, const QString &subject = {});
    /// The entries since @p since, oldest first.
    QList<Entry> entries(const QDateTime &since = {}) const;
    /// Forgets the entries made before @p before; how many, or -1.
    int forgetBefore(const QDateTime &before);
    /// Replaces @p id by @p replacement wherever an entry names it (an erased person).
    bool replaceId(const QString &id, const QString &replacement);

    /// How long entries are kept unless the operator says otherwise.
    static constexpr int defaultDays = 90;

private:
    QSqlDatabase m_db;
};
