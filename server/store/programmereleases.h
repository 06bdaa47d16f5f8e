// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "programmechanges.h"

#include <QDateTime>
#include <QJsonObject>

class SyncStore;

/// The programme's releases (docs/sync-protocol.md, "Releases"): the organisers' drafts, or a
/// programme file, published at once as a numbered release that says date by date what
/// changed. Participants see a date change only through a release.
class ProgrammeReleases
{
public:
    explicit ProgrammeReleases(SyncStore &store);

    /// Why a release could not be published, or nothing.
    struct Refusal
    {
        QString reason; ///< "invalid", or "retry" when the store failed; empty: published
        QString message;
    };

    /// Publishes every draft as release @p releaseId, inside the transaction the caller
    /// opened: the dates change, the drafts go, the release is stored. Refused without any
    /// change when no draft differs from the published programme or a draft is no whole date.
    Refusal publishDrafts(
        const QString &releaseId, const QString &note, const QString &authorContactId);

    /// What importing a programme file did.
    struct ImportReport
    {
        QList<DateChange> changes; ///< published as one release (none: nothing changed)
        int releaseNumber = 0;
        QStringList keptCancelled; ///< cancelled dates the file lists as taking place
        QStringList notInFile; ///< dates the store has and the file does not list: kept
    };
    /// Publishes a programme file's dates as one release, in a transaction of its own. A date
    /// the file does not list stays; a cancelled date stays cancelled. Empty on success.
    QString importDates(
        const QList<ProgrammeDate> &dates, const QString &note, ImportReport *report);

private:
    /// Writes the dates whose fields changed and the release; true when all was stored.
    bool publish(const QString &releaseId, const QList<DateChange> &changes,
        const QHash<QString, QJsonObject> &dates, const QString &note,
        const QString &authorContactId, int *number);
    /// The published date @p id, if there is one.
    std::optional<ProgrammeDate> published(const QString &id) const;

    SyncStore &m_store;
};
