// SPDX-License-Identifier: GPL-3.0-or-later
#include "filedownloadapi.h"

#include "apishared.h"
#include "filestore.h"
#include "records.h"
#include "signedindevice.h"
#include "syncstore.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace {
/// The one range of "bytes=FIRST-LAST" or "bytes=FIRST-" within a file of @p size bytes, at
/// most @p most long (FIRST may lie past the end: the caller answers 416); false if the
/// header is anything else.
bool rangeOf(const QByteArray &header, qint64 size, qint64 most, qint64 *first, qint64 *last)
{
    static const QRegularExpression pattern(u"^bytes=(\\d{1,15})-(\\d{0,15})$"_s);
    const auto match = pattern.match(QString::fromLatin1(header));
    if (!match.hasMatch())
        return false;
    *first = match.captured(1).toLongLong();
    const bool open = match.captured(2).isEmpty();
    *last = open ? size - 1 : match.captured(2).toLongLong();
    if (!open && *first > *last)
        return false;
    *last = qMin(qMin(*last, size - 1), *first + most - 1);
    return true;
}

HttpResponse notFound()
{
    return HttpResponse::error(404, u"not_found"_s,
        u"There is no such file, or this device may not read the record it belongs to."_s);
}
}

FileDownloadApi::FileDownloadApi(
    AccessStore &access, SyncStore &store, FileStore &files, ApiShared &shared)
    : m_access(access)
    , m_store(store)
    , m_files(files)
    , m_shared(shared)
{
}

HttpResponse FileDownloadApi::handle(const HttpRequest &request)
{
    if (request.method != "GET")
        return HttpResponse::error(
            405, u"method_not_allowed"_s, u"Files are read with GET, in parts (Range)."_s);
    HttpResponse refusal;
    const auto identity = signedInDevice(m_access, request, &refusal);
    if (!identity)
        return refusal;
    if (!m_shared.allow(m_shared.downloads, identity->deviceId, u"downloads"_s,
            u"device "_s + identity->deviceId))
        return HttpResponse::slowDown(m_shared.downloads.secondsLeft());
    const QStringList parts
        = QString::fromLatin1(request.path.mid(qsizetype(sizeof("/v1/files/")) - 1)).split(u'/');
    if (parts.size() != 2 || !Records::carriesFile(parts.first()) || parts.at(1).isEmpty()
        || parts.at(1).size() > 64)
        return notFound();
    // Attachments are read by all who read the projects, materials by everyone in the
    // programme: every signed-in device. A note's attachment is its owner's alone: looked up
    // among their own rows only, so that another's answers as one that is not there. A removed
    // record's file is no one's to read.
    const auto row = m_store.rowOf(
        parts.first(), SyncStore::storedId(parts.first(), parts.at(1), identity->contactId));
    const QString hash = row ? row->fields.value(Records::FileFields::hash).toString() : QString();
    if (!row || row->deleted || hash.isEmpty())
        return notFound();
    const qint64 size = row->fields.value(Records::FileFields::size).toInteger();
    if (!m_files.has(hash))
        return HttpResponse::unavailable();
    const QByteArray etag = '"' + hash.toLatin1() + '"';
    qint64 first = 0;
    qint64 last = size - 1;
    const QByteArray range = request.headers.value("range");
    HttpResponse response;
    if (!range.isEmpty()) {
        // A range asked for another version of the file is no part of this one.
        const QByteArray ifRange = request.headers.value("if-range");
        if (!ifRange.isEmpty() && ifRange != etag)
            return HttpResponse::error(412, u"changed"_s, u"The file is another one now."_s);
        if (!rangeOf(range, size, maxPartBytes, &first, &last))
            return HttpResponse::error(
                400, u"invalid"_s, u"Ask for one part of the file: Range: bytes=FIRST-LAST."_s);
        if (first >= size) {
            response
                = HttpResponse::error(416, u"past_the_end"_s, u"The file ends before that part."_s);
            response.headers.insert("content-range", "bytes */" + QByteArray::number(size));
            return response;
        }
        response.status = 206;
        response.headers.insert("content-range",
            "bytes " + QByteArray::number(first) + '-' + QByteArray::number(last) + '/'
                + QByteArray::number(size));
    } else if (size > maxPartBytes) {
        return HttpResponse::error(400, u"too_large_whole"_s,
            u"A file over 1 MiB is read in parts of at most 1 MiB: Range: bytes=0-1048575."_s);
    }
    response.body = m_files.read(hash, first, last - first + 1);
    if (response.body.size() != last - first + 1)
        return HttpResponse::unavailable();
    response.contentType = row->fields.value(Records::FileFields::mediaType).toString().toLatin1();
    response.headers.insert("etag", etag);
    response.headers.insert("accept-ranges", "bytes");
    response.headers.insert("cache-control", "private, max-age=31536000, immutable");
    return response;
}
