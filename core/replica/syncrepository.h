// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "syncresponse.h"

#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QSqlDatabase>

#include <functional>

class Database;

/// A change of this device the server refused, kept with the reason for the person to see.
struct RefusedChange
{
    qint64 seq = 0;
    QString entity;
    QString rowId;
    QString operation;
    QJsonObject payload;
    QString reason;
    QString message; ///< the server's words (English)
    QString dateTitle; ///< for a change to a date's draft: the date's title as published
};

/// Owns the SQL of synchronisation on the device: the device's client id, the download
/// positions, the store it last talked to, rows arriving from the server, and the answers to
/// the device's own changes.
class SyncRepository
{
public:
    explicit SyncRepository(Database &database);

    /// The device's id for the protocol, made once.
    QString clientId();
    QHash<QString, qint64> cursors() const;
    bool setCursors(const QHash<QString, qint64> &cursors);
    QString storeId() const;
    bool setStoreId(const QString &storeId);

    /// Whether this device has once downloaded everything the server had: from then on, what
    /// others change is news for the person ("what changed").
    bool hasCaughtUp() const;
    bool setCaughtUp();

    /// Runs @p store in one transaction of the replica: all of it is written, or nothing.
    /// Rows may refer to each other across one answer (foreign keys are checked at the end).
    bool inTransaction(const std::function<bool()> &store);
    /// Stores the rows of one answer, each in its table (see IncomingRows); what others
    /// changed is news once the device has caught up.
    bool applyChanges(const QList<Change> &changes, const QDateTime &now);
    /// The server applied change @p seq: it leaves the change history.
    bool confirm(qint64 seq);
    /// The server refused change @p seq: it leaves the queue and is kept with the reason (a
    /// record whose file the server lacks waits for its file again instead).
    bool reject(qint64 seq, const QString &reason, const QString &message, const QDateTime &now);
    int rejectedCount() const;
    QList<RefusedChange> refusedChanges() const; ///< oldest first
    /// The person has read (and copied what they need of) a refused change.
    bool discardRefused(qint64 seq);
    QString municipalityOfContact(const QString &contactId) const;
    /// The server forgot deletions up to version @p horizon of @p scope, past this device's
    /// position: the scope is downloaded again, and every row of it is a candidate for
    /// removal until the server sends it again.
    bool beginReset(const QString &scope, qint64 horizon);
    /// The scopes being downloaded again, with their horizons.
    QHash<QString, qint64> resetsInProgress() const;
    /// After the last answer of a download: removes what the server did not send again,
    /// except rows with changes of this device still waiting (those are sent again) or
    /// refused for another reason than being gone (the person's work, kept with the
    /// refusal), and
    /// moves the scopes' positions past their horizons.
    bool finishReset();
    /// After the server lost data (restored from a backup): queues again what this device
    /// sent that the server may no longer have — its removals and its rows outside a project
    /// (an organiser's), then every row of the municipality's project (if it has one).
    bool requeueAfterRestore(const QString &municipalityId, const QDateTime &now);
    /// Drops confirmed changes older than the tombstone horizon (no restore brings them back
    /// usefully after that).
    bool forgetSentChangesBefore(const QDateTime &before);

private:
    /// Change @p seq names a file the server lacks: the record waits for its file again.
    bool sendFileAgain(qint64 seq, const QDateTime &now);
    /// An organiser's drafts go again, whole (after a restore).
    bool requeueDrafts(const QDateTime &now);
    bool requeueProjectOf(const QString &municipalityId, const QDateTime &now);
    QString meta(const QString &key) const;
    bool setMeta(const QString &key, const QString &value);
    QHash<QString, qint64> versionsIn(const QString &key) const;
    bool setVersionsIn(const QString &key, const QHash<QString, qint64> &versions);

    Database &m_database;
    QSqlDatabase m_db;
    bool m_erasedSomeone = false; ///< in the transaction open now
};
