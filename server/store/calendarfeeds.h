// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSqlDatabase>
#include <QString>

#include <optional>

class ServerDatabase;

/// Calendar subscriptions: each person may have one secret address under which their calendar
/// program reads the programme. The secret is random, stored only as its SHA-256 hash, and
/// stops working when the person makes a new one, revokes it, or is revoked.
class CalendarFeeds
{
public:
    explicit CalendarFeeds(ServerDatabase &database);

    /// A new secret for @p personId (an earlier one stops working); empty on failure.
    /// @p language: "de" or "en", the language of the dates' texts.
    QString create(const QString &personId, const QString &language);
    /// Ends the person's subscription; false if there was none.
    bool revoke(const QString &personId);

    struct Feed
    {
        QString personId;
        QString language;
    };
    /// The subscription a secret opens, unless it was replaced or revoked, or the person was.
    std::optional<Feed> find(const QString &secret) const;

    /// Whether @p secret has the shape of one (URL-safe base64 of 32 bytes).
    static bool looksLikeSecret(const QString &secret);

private:
    QSqlDatabase m_db;
};
