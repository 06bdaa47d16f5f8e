// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "httpmessage.h"

class AccessStore;
class ApiShared;
class FileStore;
class SyncStore;

/// Downloads of files (docs/sync-protocol.md, "Files"): GET /v1/files/<record>/<id> answers
/// the file of the attachment or material with that id, to a device that may read the record,
/// in parts of at most 1 MiB asked for with a Range header, so that a download goes on where
/// it stopped and no answer holds more than one part in memory. The address names the record,
/// never the file: without the right to the record it leads nowhere, and no answer tells
/// whether a file exists.
class FileDownloadApi
{
public:
    FileDownloadApi(AccessStore &access, SyncStore &store, FileStore &files, ApiShared &shared);

    static bool handles(const QByteArray &path) { return path.startsWith("/v1/files/"); }
    HttpResponse handle(const HttpRequest &request);

    /// The most one answer carries.
    static constexpr qint64 maxPartBytes = qint64(1024) * 1024;

private:
    AccessStore &m_access;
    SyncStore &m_store;
    FileStore &m_files;
    ApiShared &m_shared;
};
