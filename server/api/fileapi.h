// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "filestore.h"
#include "httpmessage.h"
#include "identity.h"

class AccessStore;
class ApiShared;

/// Uploads of files (docs/sync-protocol.md, "Files"), for every signed-in device:
/// POST /v1/uploads/<sha256> starts an upload (its size and kind) or says where it stands;
/// PUT /v1/uploads/<sha256>/<position> adds one chunk at the position where it stands. The
/// answers tell the device about its own upload only.
class FileApi
{
public:
    FileApi(AccessStore &access, FileStore &files, ApiShared &shared);

    static bool handles(const QByteArray &path) { return path.startsWith("/v1/uploads/"); }
    HttpResponse handle(const HttpRequest &request);

private:
    HttpResponse start(const Identity &identity, const QString &hash, const QByteArray &body);
    HttpResponse append(const Identity &identity, const QString &hash, const QString &position,
        const QByteArray &body);
    /// Where the upload stands, or why it does not go on, for the device.
    static HttpResponse answer(const FileStore::Upload &upload);

    AccessStore &m_access;
    FileStore &m_files;
    ApiShared &m_shared;
};
