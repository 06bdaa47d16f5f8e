// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "filehandoff.h"

#include <QJsonObject>
#include <QObject>
#include <QQmlEngine>
#include <QUrl>
#include <QVariantList>

#include <optional>

class AppSettings;
class Clock;
class DeviceFiles;
class FileCache;
class FileRecords;
class FileTransfers;
struct FileRecord;

/// Photos and files on log entries and steps ("Anhänge") and on the person's own notes on
/// dates, as the project's screens and a date's page show and add them: each with how far it is
/// ("Foto wird übertragen", "übertragen", or what went wrong). A file added is kept on the device
/// at once (a photo made ready to share) and its record saved; the file goes when the network
/// allows and the record follows it.
class AttachmentDesk : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Created by the application")
    /// Changes whenever a transfer moves on or a record changes: bindings that list the
    /// attachments read it to be evaluated again.
    Q_PROPERTY(int revision READ revision NOTIFY changed)
    /// Where the camera writes a photo taken for an entry: a temporary file of the app's (not
    /// the gallery), made ready to share when it is added.
    Q_PROPERTY(QString cameraFile READ cameraFile CONSTANT)

public:
    AttachmentDesk(FileRecords &records, FileTransfers &transfers, DeviceFiles &files,
        FileCache &cache, AppSettings &settings, const Clock &clock, FileHandoff::Opener open,
        QObject *parent = nullptr);

    int revision() const { return m_revision; }
    static QString cameraFile();

    /// The attachments of log entry, step or own note @p parentId, in the order added:
    /// {id, fileName, isPhoto, localUrl (empty until on the device), state (waiting, sending,
    /// problem, refused, sent, here, missing), stateText, mine}.
    Q_INVOKABLE QVariantList of(const QString &parentId) const;
    /// Adds the file at @p file to log entry @p entryId; an error in plain words, or empty.
    Q_INVOKABLE QString attachToEntry(const QString &entryId, const QUrl &file);
    /// Adds the file at @p file to step @p stepId; an error in plain words, or empty.
    Q_INVOKABLE QString attachToStep(const QString &stepId, const QUrl &file);
    /// Adds the file at @p file to the person's own note @p noteId (which must be saved); an
    /// error in plain words, or empty. Only the person sees it, on all their devices.
    Q_INVOKABLE QString attachToNote(const QString &noteId, const QUrl &file);
    /// Removes one's own attachment; an error in plain words, or empty.
    Q_INVOKABLE QString remove(const QString &id);
    /// Sends again a file of one's own the server refused (its limit raised meanwhile, room
    /// made); an error in plain words, or empty.
    Q_INVOKABLE QString tryAgain(const QString &id);
    /// Fetches the attachment's file if it is not on the device (a photo shown).
    Q_INVOKABLE void fetch(const QString &id);
    /// Hands the file to the program the system opens it with (fetched first if needed); what
    /// happened, in plain words.
    Q_INVOKABLE QString open(const QString &id);
    /// The files of the photos on log entry or step @p parentId that are on this device, in
    /// the order added (for the project's report).
    QStringList photoFilesOf(const QString &parentId) const;
    /// Records arrived from the server: the lists are read again.
    void refresh() { touch(); }

Q_SIGNALS:
    void changed();

private:
    QString attach(const QJsonObject &parent, const QUrl &file);
    /// The attachment @p id, on a project's entry or step or on an own note.
    std::optional<FileRecord> recordOf(const QString &id) const;
    QVariantMap itemOf(const FileRecord &record) const;
    void touch();

    FileRecords &m_records;
    FileTransfers &m_transfers;
    DeviceFiles &m_files;
    FileCache &m_cache;
    AppSettings &m_settings;
    const Clock &m_clock;
    FileHandoff m_handoff;
    int m_revision = 0;
};
