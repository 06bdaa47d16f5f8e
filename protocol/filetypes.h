// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

/// The kinds of file the programme takes (photos, PDFs, office documents) and how each one's
/// contents begin: a file is refused when its first bytes are not of the kind it says it is.
/// Shared by the app, which offers these kinds, and the server, which checks them.
namespace FileTypes {
/// A file's name on the wire and in the store: the SHA-256 of its contents, 64 lower-case
/// hexadecimal digits.
bool isContentName(const QString &name);
/// Whether files of @p mediaType (e.g. "image/jpeg") are taken at all.
bool isAccepted(const QString &mediaType);
/// Whether contents beginning with @p firstBytes (at least the first 8 bytes of the file)
/// can be of @p mediaType.
bool beginsAs(const QString &mediaType, const QByteArray &firstBytes);
/// @p name reduced to letters and digits joined by hyphens (what every file system takes),
/// at most 60 characters; @p fallback when nothing is left.
QString safeName(const QString &name, const QString &fallback);
/// A file name from elsewhere (another person's file) made safe to save: no folders, its name
/// by safeName(), its ending letters and digits only; "file" when nothing is left.
QString safeFileName(const QString &fileName);
}
