// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "programmechanges.h"
#include "programmerepository.h"
#include "rowfields.h"
#include "statementcache.h"

#include <QDateTime>
#include <QJsonObject>
#include <QSqlDatabase>

#include <optional>

class Database;

/// A published version of the programme, as the app keeps it.
struct Release
{
    QString id;
    int number = 0;
    QString note;
    QDateTime publishedAt;
    QString authorContactId;
    QList<DateChange> changes;
};

/// A text of a draft that another organiser's edit replaced unseen.
struct DraftKeptText
{
    QString id;
    QString dateId;
    QString field; ///< on the wire: titleDe, noteDe, cancelReason, …
    QString text;
    QString authorContactId;
};

/// Owns the SQL of the organisers' desk: the drafts of the next release, texts kept from them,
/// the releases published, and which of them the person has seen. Every change made on this
/// device is written together with its entry in the local change history.
class DraftRepository
{
public:
    explicit DraftRepository(Database &database);

    /// Every draft, ordered by start.
    QList<ProgrammeDate> drafts() const;
    std::optional<ProgrammeDate> draft(const QString &id) const;
    /// The date as the draft has it, or as published when there is no draft.
    std::optional<ProgrammeDate> current(const QString &id) const;
    /// Stores @p date as the draft of its id; a new date needs an id of its own. The change
    /// sent holds only the fields that differ from what the draft or the published date had,
    /// so that two organisers changing different fields both keep theirs. False if nothing
    /// could be stored; true and nothing stored when nothing differs.
    bool saveDraft(const ProgrammeDate &date, const QDateTime &now);
    /// The draft goes; the published date stays as it is.
    bool discardDraft(const QString &id, const QDateTime &now);
    /// Asks the server to publish every draft as one release with @p note; *releaseId gets its
    /// id. The drafts stay until the server has published them (or refused).
    bool publish(const QString &note, const QDateTime &now, QString *releaseId = nullptr);
    /// Whether a release is waiting to be sent.
    bool publishing() const;

    QList<DraftKeptText> keptTexts() const;
    bool dismissKeptText(const QString &id, const QDateTime &now);

    /// Every release, the newest first.
    QList<Release> releases() const;
    /// The highest release number the person has seen (0: none).
    int seenRelease() const;
    bool setSeenRelease(int number);

    // Rows as the server sends them.
    bool applyIncomingDraft(const QString &id, bool deleted, const RowFields &fields);
    bool applyIncomingKeptText(const QString &id, bool deleted, const RowFields &fields);
    /// A release the person has not seen, unless @p asNews is false (the first download).
    bool applyIncomingRelease(const QString &id, const RowFields &fields, bool asNews);

private:
    bool storeDraft(const ProgrammeDate &date);

    QSqlDatabase m_db;
    mutable StatementCache m_statements { m_db };
    ProgrammeRepository m_programme;
};
