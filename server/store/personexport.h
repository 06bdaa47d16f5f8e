// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
#include <QSqlDatabase>

#include <optional>

class SyncStore;

/// Everything the store holds about one person (GDPR Art. 15 and 20), as the JSON documented
/// in docs/data-protection.md ("What an export holds"): their sign-in and contact with its
/// sharing choices, devices, invitations, calendar subscription, own notes, and every row of
/// a shared project or of the programme they wrote or own. Codes and tokens are never in it
/// (the store has only their hashes).
class PersonExport
{
public:
    explicit PersonExport(SyncStore &rows);

    /// The name of the format and its version, in every export.
    static constexpr auto format = "ews-personal-data";
    static constexpr int formatVersion = 1;

    /// The export of @p personId (a person or a contact of the programme); none if the store
    /// knows no such person or could not be read.
    std::optional<QJsonObject> of(const QString &personId) const;

private:
    /// The sign-in, devices, invitations and calendar subscription; false if unreadable.
    bool readAccess(const QString &personId, QJsonObject *result) const;
    /// The rows that are the person's or name them; false if unreadable.
    bool readRows(const QString &personId, QJsonObject *result) const;

    SyncStore &m_rows;
    QSqlDatabase m_db;
};
