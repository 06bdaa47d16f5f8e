// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

/// The content lines iCalendar (RFC 5545) and vCard (RFC 2426, 6350) files are made of.
namespace ContentLines {
/// A text value with its special characters escaped (backslash, semicolon, comma, newline).
QString escaped(const QString &text);
/// A content line folded into lines of at most 75 octets, never inside a UTF-8 character,
/// each ended by CRLF.
QByteArray folded(const QString &line);
}
