// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>

/// The gzip format (RFC 1952) around Qt's deflate, for answers to clients that accept it.
namespace Gzip {
QByteArray compress(const QByteArray &data);
}
