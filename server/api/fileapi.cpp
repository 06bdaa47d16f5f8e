// SPDX-License-Identifier: GPL-3.0-or-later
#include "fileapi.h"

#include "apishared.h"
#include "filetypes.h"
#include "signedindevice.h"

#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

FileApi::FileApi(AccessStore &access, FileStore &files, ApiShared &shared)
    : m_access(access)
    , m_files(files)
    , m_shared(shared)
{
}

HttpResponse FileApi::handle(const HttpRequest &request)
{
    const QStringList parts
        = QString::fromLatin1(request.path.mid(qsizetype(sizeof("/v1/uploads/")) - 1)).split(u'/');
    if (parts.isEmpty() || parts.size() > 2 || !FileTypes::isContentName(parts.first()))
        return HttpResponse::error(404, u"not_found"_s,
            u"A file is named by the SHA-256 of its contents: 64 hexadecimal digits."_s);
    if ((parts.size() == 1 && request.method != "POST")
        || (parts.size() == 2 && request.method != "PUT"))
        return HttpResponse::error(405, u"method_not_allowed"_s,
            u"Start an upload with POST, send its chunks with PUT."_s);
    HttpResponse refusal;
    const auto identity = signedInDevice(m_access, request, &refusal);
    if (!identity)
        return refusal;
    if (!m_shared.allow(
            m_shared.uploads, identity->deviceId, u"uploads"_s, u"device "_s + identity->deviceId))
        return HttpResponse::slowDown(m_shared.uploads.secondsLeft());
    return parts.size() == 1 ? start(*identity, parts.first(), request.body)
                             : append(*identity, parts.first(), parts.at(1), request.body);
}

HttpResponse FileApi::start(const Identity &identity, const QString &hash, const QByteArray &body)
{
    const QJsonObject request = QJsonDocument::fromJson(body).object();
    const qint64 size = request.value("size"_L1).toInteger(-1);
    const QString mediaType = request.value("mediaType"_L1).toString();
    if (size < 0 || mediaType.isEmpty() || mediaType.size() > 200)
        return HttpResponse::error(400, u"invalid"_s,
            u"Start an upload with the file's size in bytes and its kind, "
            "{\"size\": 1234, \"mediaType\": \"image/jpeg\"}."_s);
    return answer(m_files.start(identity.deviceId, identity.municipalityId, hash, size, mediaType));
}

HttpResponse FileApi::append(
    const Identity &identity, const QString &hash, const QString &position, const QByteArray &body)
{
    bool number = false;
    const qint64 at = position.toLongLong(&number);
    if (!number || at < 0 || position != QString::number(at))
        return HttpResponse::error(
            400, u"invalid"_s, u"A chunk's position is a number of bytes from the start."_s);
    return answer(m_files.append(identity.deviceId, hash, at, body));
}

HttpResponse FileApi::answer(const FileStore::Upload &upload)
{
    using Outcome = FileStore::Outcome;
    struct Refusal
    {
        Outcome outcome;
        int status;
        QString code;
        QString message;
    };
    static const Refusal refusals[] = {
        { Outcome::TooLarge, 413, u"too_large"_s,
            u"This file is larger than the server takes; the operator sets the limit."_s },
        { Outcome::QuotaFull, 403, u"quota_full"_s,
            u"Your municipality has used all the room the server keeps for its files; the "
            "organisers or the operator can help."_s },
        { Outcome::NotAccepted, 415, u"not_accepted"_s,
            u"The server takes photos (JPEG, PNG), PDFs and office documents."_s },
        { Outcome::SizeDiffers, 409, u"size_differs"_s,
            u"This upload was started with another size."_s },
        { Outcome::NoUpload, 404, u"no_upload"_s,
            u"Start the upload first (POST without a position)."_s },
        { Outcome::NotItsKind, 415, u"not_its_kind"_s,
            u"The file is not of the kind it says it is; nothing of it was kept."_s },
        { Outcome::NotItsName, 422, u"not_its_name"_s,
            u"The file that arrived does not have the SHA-256 it is named by; send it again "
            "from the start."_s },
    };
    if (upload.outcome == Outcome::Ok)
        return HttpResponse::json({ { u"size"_s, upload.size }, { u"received"_s, upload.received },
            { u"complete"_s, upload.complete } });
    if (upload.outcome == Outcome::WrongPosition) {
        // With where the upload stands, to go on from there.
        HttpResponse response = HttpResponse::json({ { u"error"_s, u"position"_s },
            { u"message"_s,
                u"This chunk is not where the upload stands: go on from \"received\"."_s },
            { u"size"_s, upload.size }, { u"received"_s, upload.received } });
        response.status = 409;
        return response;
    }
    for (const auto &refusal : refusals) {
        if (refusal.outcome == upload.outcome)
            return HttpResponse::error(refusal.status, refusal.code, refusal.message);
    }
    return HttpResponse::unavailable();
}
