// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "rowfields.h"

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QString>

/// The server's answer to one mutation.
struct MutationResult
{
    qint64 seq = 0;
    QString status; ///< applied, rejected
    QString reason; ///< not_allowed, invalid, not_found, file_missing, quota_full, retry
    QString message; ///< for people

    static MutationResult applied(qint64 seq) { return { seq, QStringLiteral("applied"), {}, {} }; }
    static MutationResult rejected(qint64 seq, const QString &reason, const QString &message)
    {
        return { seq, QStringLiteral("rejected"), reason, message };
    }
};

/// The current state of one row changed since a cursor.
struct Change
{
    QString scope;
    qint64 version = 0;
    QString entity;
    QString id;
    bool deleted = false;
    RowFields fields;
    /// The server's shortcut: the fields as its store keeps them (compact JSON), sent as they
    /// are instead of @ref fields, so that a large answer is not parsed and written again.
    QByteArray storedFields = {};
};

struct ParsedSyncResponse;

/// What the server answers to /v1/sync (see docs/sync-protocol.md).
struct SyncResponse
{
    /// How long the server keeps deletions (and devices what a restore could undo).
    static constexpr int tombstoneDays = 90;

    QString storeId;
    qint64 storeVersion = 0; ///< the highest version in the store
    QList<MutationResult> results;
    QList<Change> changes;
    QHash<QString, qint64> cursors;
    bool more = false;
    /// Per scope, the highest version of a deletion the server has forgotten (past the
    /// tombstone horizon); a device whose cursor is lower downloads the scope again.
    QHash<QString, qint64> horizons;

    QByteArray toJson() const;

    /// The device checks the server's answer as strictly as the server checks requests.
    static ParsedSyncResponse parse(const QByteArray &body);
};

/// An answer read from the network, or why it cannot be used.
struct ParsedSyncResponse
{
    bool ok = false;
    QString message;
    SyncResponse response;
};
