// SPDX-License-Identifier: GPL-3.0-or-later
#include "filetypes.h"

#include <QList>
#include <QRegularExpression>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {
struct Kind
{
    QLatin1StringView mediaType;
    QByteArray signature; ///< how the contents begin
};

// The signatures from the formats' own specifications: JPEG (ITU T.81, SOI and a marker),
// PNG (RFC 2083), PDF (ISO 32000, "%PDF-"); the Office Open XML and OpenDocument formats are
// ZIP packages (a local file header).
const QByteArray zip = QByteArrayLiteral("PK\x03\x04");
const QList<Kind> kinds = {
    { "image/jpeg"_L1, QByteArrayLiteral("\xFF\xD8\xFF") },
    { "image/png"_L1, QByteArrayLiteral("\x89PNG\r\n\x1A\n") },
    { "application/pdf"_L1, QByteArrayLiteral("%PDF-") },
    { "application/vnd.openxmlformats-officedocument.wordprocessingml.document"_L1, zip },
    { "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"_L1, zip },
    { "application/vnd.openxmlformats-officedocument.presentationml.presentation"_L1, zip },
    { "application/vnd.oasis.opendocument.text"_L1, zip },
    { "application/vnd.oasis.opendocument.spreadsheet"_L1, zip },
    { "application/vnd.oasis.opendocument.presentation"_L1, zip },
};

const Kind *kindOf(const QString &mediaType)
{
    const auto found = std::find_if(kinds.cbegin(), kinds.cend(),
        [&mediaType](const Kind &kind) { return kind.mediaType == mediaType; });
    return found == kinds.cend() ? nullptr : &*found;
}
}

bool FileTypes::isContentName(const QString &name)
{
    return name.size() == 64 && std::all_of(name.cbegin(), name.cend(), [](QChar c) {
        return (c >= u'0' && c <= u'9') || (c >= u'a' && c <= u'f');
    });
}

bool FileTypes::isAccepted(const QString &mediaType)
{
    return kindOf(mediaType) != nullptr;
}

bool FileTypes::beginsAs(const QString &mediaType, const QByteArray &firstBytes)
{
    const Kind *kind = kindOf(mediaType);
    return kind && firstBytes.startsWith(kind->signature);
}

QString FileTypes::safeName(const QString &name, const QString &fallback)
{
    static const QRegularExpression unsafe(u"[^\\p{L}\\p{N}]+"_s);
    QString safe = name;
    safe.replace(unsafe, u"-"_s);
    while (safe.endsWith(u'-'))
        safe.chop(1);
    while (safe.startsWith(u'-'))
        safe.remove(0, 1);
    return safe.isEmpty() ? fallback : safe.left(60);
}

QString FileTypes::safeFileName(const QString &fileName)
{
    const QString base = fileName.section(u'/', -1).section(u'\\', -1);
    const qsizetype dot = base.lastIndexOf(u'.');
    const QString ending = dot > 0 ? safeName(base.mid(dot + 1), {}).left(5) : QString();
    const QString name = safeName(dot > 0 ? base.left(dot) : base, u"file"_s);
    return ending.isEmpty() ? name : name + u'.' + ending;
}
