// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "identity.h"
#include "preparedstatements.h"
#include "programmereleases.h"
#include "syncrequest.h"
#include "syncresponse.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QSqlDatabase>

#include <optional>

class FileStore;
class ServerDatabase;

/// The server's side of /v1/sync: applies each mutation exactly once, decides from the
/// identity alone what may be written and read, and sends what changed since the cursors.
class SyncStore
{
public:
    explicit SyncStore(ServerDatabase &database);

    /// Applies @p request's changes and reads what changed since its positions; none if the
    /// store could not be read (changes applied by then are answered again when the device
    /// sends them again, as after an answer lost on the way).
    std::optional<SyncResponse> sync(const Identity &identity, const SyncRequest &request);

    /// The most a municipality's rows may take in the store, in bytes of their texts (0: no
    /// limit); a change beyond it is refused with "quota_full".
    void setMunicipalityQuota(qint64 bytes) { m_quotaBytes = bytes; }
    static constexpr qint64 defaultQuotaMegabytes = 100;

    /// Where the files that attachments and materials name are received: a record may name
    /// only a file its device sent whole. Without it, records with a file are refused.
    void setFiles(const FileStore *files) { m_files = files; }

    /// Stores a row as the server's own change (programme import, operator commands).
    bool storeRow(const QString &entity, const QString &id, const QString &municipalityId,
        const QJsonObject &fields);
    /// The same inside a transaction the caller opened.
    bool storeRowInTransaction(const QString &entity, const QString &id,
        const QString &municipalityId, const QJsonObject &fields);
    /// Removes a row (a tombstone with its last fields) inside a transaction the caller opened.
    bool removeRowInTransaction(const QString &entity, const QString &id);
    /// The connection the store writes through (for a transaction around several rows).
    QSqlDatabase connection() const { return m_db; }
    /// The programme's releases.
    ProgrammeReleases &releases() { return m_releases; }
    qint64 currentVersion() const;
    /// Whether any row of @p entity was ever stored (deleted ones count).
    bool hasAny(const QString &entity) const;

    /// How long a deletion is kept for devices that were offline (docs/sync-protocol.md).
    static constexpr int tombstoneDays = SyncResponse::tombstoneDays;
    /// Forgets deletions made before @p before; devices whose position lies before one of
    /// them download the scope again. Returns how many were forgotten, or -1 on failure.
    int purgeTombstones(const QDateTime &before);
    /// Per scope, the highest version of a forgotten deletion; none if it could not be read.
    std::optional<QHash<QString, qint64>> horizons() const;

    /// What a sync with nothing to send is answered from (QuietSyncs), read at one moment.
    struct ScopeVersions
    {
        qint64 storeVersion = -1;
        QHash<QString, qint64> horizons; ///< by stored scope
        QHash<QString, qint64> newest; ///< by stored scope: its newest version (0: none)
    };
    /// The store's version, its horizons and the newest version of each of @p storedScopes,
    /// in one read transaction; none if the store cannot be read.
    std::optional<ScopeVersions> scopeVersions(const QStringList &storedScopes) const;
    const QString &storeId() const { return m_storeId; }

    static QString scopeOf(const QString &entity);
    /// The scope as stored: a person's private rows (notes) are in a scope of their own.
    static QString storedScope(const QString &scope, const QString &contactId);
    /// A row's id as stored: a person's private rows (notes and their attachments) are stored
    /// under their writer's id, so that another person's row of the same id is another row,
    /// one no one else can take, remove, read or probe.
    static QString storedId(const QString &entity, const QString &id, const QString &contactId);
    /// The horizons a sync answer tells a device of @p contactId, by scope, from the store's
    /// @p stored horizons (by stored scope).
    static QHash<QString, qint64> horizonsFor(
        const QHash<QString, qint64> &stored, const QString &contactId);
    /// The stored scopes @p identity downloads (a person's own scope by its stored name; the
    /// drafts for organisers only): the topics of its live channel.
    static QStringList scopesOf(const Identity &identity);
    /// Whether @p scope (as a request names it) is one @p identity downloads: every scope but
    /// the drafts, which only organisers do.
    static bool downloads(const Identity &identity, const QString &scope);

    /// Told after each commit that wrote rows: each stored scope written, with its newest
    /// version. Called in the committing thread, after the commit, never inside it.
    using Announcer = std::function<void(const QHash<QString, qint64> &written)>;
    void setAnnouncer(Announcer announcer) { m_announcer = std::move(announcer); }
    /// Commits the caller's transaction and announces what it wrote; false (and nothing
    /// announced) if the commit failed.
    bool commitWrites();
    /// Rolls the caller's transaction back; what it wrote is forgotten.
    void rollbackWrites();

    /// A stored row as it is (removed ones keep their last fields).
    struct Row
    {
        QString id;
        qint64 version = 0;
        bool deleted = false;
        QJsonObject fields;
        QDateTime changedAt; ///< by the server's clock; invalid for rows from before it was kept
    };
    /// Every row of @p entity, removed ones included (until forgotten), in version order.
    QList<Row> rowsOf(const QString &entity) const;
    /// What changes whenever a row of @p scope changes or is forgotten: its newest version
    /// and its number of rows, as text.
    QByteArray scopeState(const QString &scope) const;
    /// One stored row, removed or not; none if the store never had it (or forgot it).
    std::optional<Row> rowOf(const QString &entity, const QString &id) const;
    /// Whether @p contactId is a person with a sign-in (their details are their own).
    bool isPerson(const QString &contactId) const;
    /// The person's name as others see it (their contact row, else their invitation).
    QString nameOf(const QString &contactId) const;
    /// The municipality of person @p contactId (empty for an organiser or no person).
    QString municipalityOfPerson(const QString &contactId) const;

private:
    struct StoredRow
    {
        QString municipalityId;
        bool deleted = false;
        QJsonObject fields;
    };

    /// A text an update replaced without having seen it, to be kept (§5).
    struct ReplacedText
    {
        QString field;
        QString text;
        QString authorContactId;
    };

    MutationResult apply(
        const Identity &identity, const QString &clientKey, const Mutation &mutation);
    /// Why @p mutation may not be applied, or an empty reason; fills @p row with what to store.
    MutationResult decide(const Identity &identity, const Mutation &mutation,
        const std::optional<StoredRow> &existing, StoredRow *row);
    /// Merges the mutation into @p row and checks the result as a whole.
    MutationResult applyFields(const Mutation &mutation, StoredRow *row) const;
    /// An organiser's announcement: written (author and time from the server) or withdrawn.
    MutationResult decideLogCorrection(
        const Identity &identity, const Mutation &mutation, bool exists, StoredRow *row) const;
    MutationResult decideAnnouncement(
        const Identity &identity, const Mutation &mutation, bool exists, StoredRow *row) const;
    MutationResult decideContact(
        const Identity &identity, const Mutation &mutation, bool exists, StoredRow *row) const;
    MutationResult decideNote(const Identity &identity, const Mutation &mutation,
        const std::optional<StoredRow> &existing, StoredRow *row) const;
    MutationResult decideComment(const Identity &identity, const Mutation &mutation,
        const std::optional<StoredRow> &existing, StoredRow *row) const;
    /// Whether photos or files are on @p contactId's own note @p noteId (syncstore_files.cpp).
    bool noteHasFiles(const QString &contactId, const QString &noteId) const;
    /// A photo or file on one's own note (syncstore_files.cpp).
    MutationResult decideNoteAttachment(const Identity &identity, const Mutation &mutation,
        const std::optional<StoredRow> &existing, StoredRow *row) const;
    /// A photo or file on a log entry or step (syncstore_files.cpp).
    MutationResult decideAttachment(const Identity &identity, const Mutation &mutation,
        const std::optional<StoredRow> &existing, StoredRow *row) const;
    /// A material of the programme's pool (syncstore_files.cpp).
    MutationResult decideMaterial(const Identity &identity, const Mutation &mutation,
        const std::optional<StoredRow> &existing, StoredRow *row) const;
    /// The removal of a record with a file: a tombstone for a row this store never had (removed
    /// on a device before a restore lost it), else as @p allowed says (@p refusal if not).
    static MutationResult removal(const Identity &identity, qint64 seq,
        const std::optional<StoredRow> &existing, StoredRow *row, bool allowed,
        const QString &refusal);
    /// Why the file a new row names is not one @p identity's device sent whole, or an empty
    /// result.
    std::optional<MutationResult> fileNotReceived(
        const Identity &identity, const Mutation &mutation) const;
    /// An organiser's draft of a date: merged onto the draft, or onto the published date.
    MutationResult decideDraft(const Identity &identity, const Mutation &mutation,
        const std::optional<StoredRow> &existing, StoredRow *row) const;
    /// An organiser's release: publishes every draft (writes its rows itself).
    MutationResult publishRelease(const Identity &identity, const Mutation &mutation,
        const std::optional<StoredRow> &existing);
    /// Whether the role may remove rows of @p entity at all (whose rows: see decide()).
    static bool removableBy(const Identity &identity, const QString &entity);
    /// The municipality whose project @p projectId is, started or not; empty if none.
    QString municipalityOfProject(const QString &projectId) const;
    /// Tombstones for the kept texts of a removed step.
    bool removeKeptTextsOf(const QString &stepId);
    bool keepReplacedTexts(const QString &clientKey, const Mutation &mutation, const StoredRow &row,
        const QList<ReplacedText> &replaced);
    std::optional<StoredRow> stored(const QString &entity, const QString &id) const;
    /// @p column ("name", "municipality_id", "id") of person @p contactId; none if no person.
    std::optional<QString> personColumn(const QString &column, const QString &contactId) const;
    bool write(const QString &entity, const QString &id, const StoredRow &row);
    /// None if the store could not be read.
    std::optional<QList<Change>> changesSince(
        const Identity &identity, const QString &scope, qint64 cursor, int limit, bool *more) const;

    QSqlDatabase m_db;
    mutable PreparedStatements m_statements { m_db };
    Announcer m_announcer;
    QHash<QString, qint64> m_written; ///< in the open transaction
    QString m_storeId;
    ProgrammeReleases m_releases { *this };
    qint64 m_quotaBytes = 0;
    const FileStore *m_files = nullptr;
    /// What the municipality being written to takes now, read once per sync.
    QHash<QString, qint64> m_usage;
    /// Whether @p row may be stored in place of @p existing within its municipality's quota
    /// (counting it if so).
    bool withinQuota(const StoredRow &row, const std::optional<StoredRow> &existing);
};
