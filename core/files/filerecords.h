// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "rowfields.h"
#include "statementcache.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QSqlDatabase>

#include <optional>

class Database;

/// A record that carries a file (Records::Attachment, Records::NoteAttachment,
/// Records::Material) as the device has it.
struct FileRecord
{
    QString entity;
    QString id;
    QJsonObject fields; ///< as on the wire
    /// Made on this device, its file still on the way to the server (the record follows it).
    bool waiting = false;
    QString problem; ///< the last problem of its transfer, for people; empty if none
    bool refused = false; ///< the server refused the file for good (problem says why)
};

/// A file on its way to the server, with the record that goes once it is there.
struct FileToSend
{
    QString entity;
    QString id;
    QString hash;
    QString mediaType;
    qint64 size = 0;
};

/// Owns the SQL of the records that carry a file (tables attachments, note_attachments,
/// materials) and of those made here whose file is still on its way (files_to_send). A record
/// made here is shown at once; it is sent only once the server has its file whole, so that no
/// one else ever sees a record without its file, and a large or failing file holds back
/// nothing but its own record.
class FileRecords
{
public:
    explicit FileRecords(Database &database);

    /// Stores a record made on this device: one with a file waits for it, one with a link
    /// goes with the next sync.
    bool add(
        const QString &entity, const QString &id, const QJsonObject &fields, const QDateTime &now);
    /// Changes the fields of a record (a material's title, description, module, topic).
    bool change(
        const QString &entity, const QString &id, const QJsonObject &changed, const QDateTime &now);
    /// Removes a record; one whose file never left the device is simply gone.
    bool remove(const QString &entity, const QString &id, const QDateTime &now);

    /// The files waiting to be sent, oldest first, without those the server refused.
    QList<FileToSend> toSend() const;
    /// The server has the file of @p entity's row @p id whole: the record goes with the next
    /// sync, and the file may leave the device's cache when room is needed.
    bool fileSent(const QString &entity, const QString &id, const QDateTime &now);
    /// A file the server refused is tried again (the operator raised a limit, room was made):
    /// its problem is forgotten and it waits to be sent. False if there is no such file.
    bool tryAgain(const QString &entity, const QString &id);
    /// Notes a transfer's problem; a @p refused file is not tried again.
    bool noteProblem(
        const QString &entity, const QString &id, const QString &problem, bool refused);
    /// The server lost a file this record names (restored from a backup): the record waits
    /// for the file again if the device has it, and is given up otherwise. False on failure.
    bool sendFileAgain(
        const QString &entity, const QString &id, const QJsonObject &payload, const QDateTime &now);

    /// As the server sends it.
    bool applyIncoming(
        const QString &entity, const QString &id, bool deleted, const RowFields &fields);

    std::optional<FileRecord> record(const QString &entity, const QString &id) const;
    /// The photos and files on log entry or step @p parentId, in the order added.
    QList<FileRecord> attachmentsOf(const QString &parentId) const;
    /// The photos and files on the person's own note @p noteId, in the order added.
    QList<FileRecord> noteAttachmentsOf(const QString &noteId) const;
    /// The programme's materials, newest first.
    QList<FileRecord> materials() const;

private:
    /// Writes a row of @p entity's table from wire fields.
    bool write(const QString &entity, const QString &id, const RowFields &fields);
    QList<FileRecord> read(const QString &entity, const QString &where, const QVariantList &values,
        const QString &order) const;

    QSqlDatabase m_db;
    mutable StatementCache m_statements { m_db };
};
