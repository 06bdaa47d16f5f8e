// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QDateTime>

class DeviceFiles;
class FileCache;
class FileRecords;
class NoteRepository;

/// Photos and materials for the demo cohort, clearly marked as examples: a colleague's photo
/// on a log entry, one of the person's own still on its way, one on their own note on a date,
/// and materials of the pool (slides as a PDF, a photo of a flyer, a link). Drawn and written here,
/// so the demo needs no files.
class DemoFiles
{
    Q_DECLARE_TR_FUNCTIONS(DemoFiles)
public:
    /// Returns an empty string on success, otherwise what went wrong.
    static QString load(FileRecords &records, DeviceFiles &files, FileCache &cache,
        const QString &folder, const QDateTime &now);
    /// The person @p contactId's own note on date @p eventId, with a photo of the flip chart of
    /// their small group, still on its way; as load().
    static QString loadOwnNote(NoteRepository &notes, FileRecords &records, DeviceFiles &files,
        FileCache &cache, const QString &contactId, const QString &eventId, const QString &folder,
        const QDateTime &now);
};
