// SPDX-License-Identifier: GPL-3.0-or-later
#include "attachmentdesk.h"

#include "appsettings.h"
#include "clock.h"
#include "devicefiles.h"
#include "filecache.h"
#include "filerecords.h"
#include "filetransfers.h"
#include "ids.h"
#include "records.h"

#include <QDir>
#include <QStandardPaths>
#include <QUuid>

using namespace Qt::StringLiterals;

AttachmentDesk::AttachmentDesk(FileRecords &records, FileTransfers &transfers, DeviceFiles &files,
    FileCache &cache, AppSettings &settings, const Clock &clock, FileHandoff::Opener open,
    QObject *parent)
    : QObject(parent)
    , m_records(records)
    , m_transfers(transfers)
    , m_files(files)
    , m_cache(cache)
    , m_settings(settings)
    , m_clock(clock)
    , m_handoff(std::move(open))
{
    connect(&m_transfers, &FileTransfers::changed, this, &AttachmentDesk::touch);
    connect(&m_transfers, &FileTransfers::fetched, this, &AttachmentDesk::touch);
}

void AttachmentDesk::touch()
{
    ++m_revision;
    Q_EMIT changed();
}

QVariantMap AttachmentDesk::itemOf(const FileRecord &record) const
{
    using namespace Records;
    const QString hash = record.fields.value(FileFields::hash).toString();
    const bool photo = DeviceFiles::isPhoto(record.fields.value(FileFields::mediaType).toString());
    const QString author = record.fields.value(Attachment::authorContactId).toString();
    // A note's files are the person's own, whichever of their devices added them.
    const bool mine = record.waiting || record.entity == NoteAttachment::entity
        || (!author.isEmpty() && author == m_settings.ownContactId());
    const auto progress = m_transfers.progressOf(record.entity, record.id);
    QString state;
    QString text;
    if (record.refused) {
        state = u"refused"_s;
        text = record.problem;
    } else if (progress.running && progress.sending) {
        state = u"sending"_s;
        const int percent = progress.size > 0 ? int(100 * progress.done / progress.size) : 0;
        //: %1: how much of it the server has, in percent
        text = photo ? tr("Photo is being sent (%1 %)").arg(percent)
                     //: %1: how much of it the server has, in percent
                     : tr("File is being sent (%1 %)").arg(percent);
    } else if (record.waiting) {
        state = record.problem.isEmpty() ? u"waiting"_s : u"problem"_s;
        text = photo ? tr("Photo is sent as soon as there is a connection")
                     : tr("File is sent as soon as there is a connection");
    } else if (mine) {
        state = u"sent"_s;
        //: A photo or file of one's own that the server has: everyone who may see it does
        text = tr("sent");
    } else {
        state = m_files.has(hash) ? u"here"_s : u"missing"_s;
    }
    return { { u"id"_s, record.id },
        { u"fileName"_s, record.fields.value(FileFields::fileName).toString() },
        { u"isPhoto"_s, photo },
        { u"localUrl"_s,
            m_files.has(hash) ? QUrl::fromLocalFile(m_files.pathOf(hash)).toString() : QString() },
        { u"state"_s, state }, { u"stateText"_s, text }, { u"mine"_s, mine } };
}

QVariantList AttachmentDesk::of(const QString &parentId) const
{
    QVariantList items;
    if (parentId.isEmpty())
        return items;
    for (const auto &record :
        m_records.attachmentsOf(parentId) + m_records.noteAttachmentsOf(parentId))
        items.append(itemOf(record));
    return items;
}

std::optional<FileRecord> AttachmentDesk::recordOf(const QString &id) const
{
    if (auto record = m_records.record(Records::Attachment::entity, id))
        return record;
    return m_records.record(Records::NoteAttachment::entity, id);
}

QString AttachmentDesk::cameraFile()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::TempLocation))
        .filePath(u"ews-foto.jpg"_s);
}

QStringList AttachmentDesk::photoFilesOf(const QString &parentId) const
{
    QStringList files;
    for (const auto &record : m_records.attachmentsOf(parentId)) {
        const QString hash = record.fields.value(Records::FileFields::hash).toString();
        if (DeviceFiles::isPhoto(record.fields.value(Records::FileFields::mediaType).toString())
            && m_files.has(hash))
            files.append(m_files.pathOf(hash));
    }
    return files;
}

QString AttachmentDesk::attachToEntry(const QString &entryId, const QUrl &file)
{
    return attach(
        { { Records::Attachment::logEntryId, entryId },
            { Records::Attachment::projectId, Ids::projectIdFor(m_settings.ownMunicipalityId()) } },
        file);
}

QString AttachmentDesk::attachToStep(const QString &stepId, const QUrl &file)
{
    return attach(
        { { Records::Attachment::stepId, stepId },
            { Records::Attachment::projectId, Ids::projectIdFor(m_settings.ownMunicipalityId()) } },
        file);
}

QString AttachmentDesk::attachToNote(const QString &noteId, const QUrl &file)
{
    if (noteId.isEmpty())
        return tr("The note could not be saved on this device.");
    return attach({ { Records::NoteAttachment::noteId, noteId } }, file);
}

QString AttachmentDesk::attach(const QJsonObject &parent, const QUrl &file)
{
    if (!file.isLocalFile())
        return tr("Please choose a file on this device.");
    const DeviceFiles::Kept kept = m_files.addPicked(file.toLocalFile());
    if (!kept.error.isEmpty())
        return kept.error;
    const QDateTime now = m_clock.now();
    QJsonObject fields = parent;
    fields.insert(Records::FileFields::hash, kept.hash);
    fields.insert(Records::FileFields::size, kept.size);
    fields.insert(Records::FileFields::mediaType, kept.mediaType);
    fields.insert(Records::FileFields::fileName, DeviceFiles::nameFor(file.fileName(), kept));
    const QString entity = parent.contains(Records::NoteAttachment::noteId)
        ? Records::NoteAttachment::entity
        : Records::Attachment::entity;
    if (!m_cache.note(kept, false, now)
        || !m_records.add(entity, QUuid::createUuid().toString(QUuid::WithoutBraces), fields, now))
        return tr("The file could not be saved on this device.");
    touch();
    m_transfers.sendWaiting();
    return {};
}

QString AttachmentDesk::remove(const QString &id)
{
    const auto record = recordOf(id);
    if (!record || !itemOf(*record).value(u"mine"_s).toBool())
        return tr("Only the person who added a file removes it.");
    if (!m_records.remove(record->entity, id, m_clock.now()))
        return tr("The file could not be removed on this device.");
    touch();
    return {};
}

QString AttachmentDesk::tryAgain(const QString &id)
{
    const auto record = recordOf(id);
    if (!record || !record->refused || !m_records.tryAgain(record->entity, id))
        return tr("This file is not waiting to be sent.");
    touch();
    m_transfers.sendWaiting();
    return {};
}

void AttachmentDesk::fetch(const QString &id)
{
    if (const auto record = recordOf(id))
        m_transfers.fetch(record->entity, id);
}

QString AttachmentDesk::open(const QString &id)
{
    const auto record = recordOf(id);
    if (!record)
        return tr("This file is no longer there.");
    const QString hash = record->fields.value(Records::FileFields::hash).toString();
    if (!m_files.has(hash)) {
        m_transfers.fetch(record->entity, id);
        return tr("The file is being fetched; open it again in a moment.");
    }
    m_cache.used(hash, m_clock.now());
    return m_handoff
        .handOverCopy(
            m_files.pathOf(hash), record->fields.value(Records::FileFields::fileName).toString())
        .message();
}
