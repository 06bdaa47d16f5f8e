// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QString>

/// One change made on a device, as it travels to the server.
struct Mutation
{
    qint64 seq = 0; ///< grows by one per change of the device
    QString entity; ///< project, step, log_entry, contact, municipality
    QString operation; ///< insert, update, delete
    QString id;
    QJsonObject fields; ///< for updates only the changed fields
    /// For updates: the value each changed text field had on the device before the edit.
    /// The server keeps a text the device had not seen instead of dropping it.
    QJsonObject base = {};
};

/// What a device sends to /v1/sync (see docs/sync-protocol.md); the server reads it with
/// SyncRequestReader.
struct SyncRequest
{
    static constexpr int protocolVersion = 1;
    static constexpr int maxMutations = 500;
    static constexpr int maxFields = 32;
    static constexpr int defaultLimit = 1000;
    static constexpr int maxLimit = 5000;
    static constexpr qsizetype maxBodySize = qsizetype(1024) * 1024;

    QString clientId;
    QString storeId;
    QList<Mutation> mutations;
    QHash<QString, qint64> cursors; ///< scope → highest version stored
    int limit = defaultLimit;

    /// The scopes a device reads.
    static const QStringList &scopes();

    QByteArray toJson() const;
};
