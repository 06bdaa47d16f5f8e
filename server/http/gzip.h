// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>

/// The gzip format (RFC 1952), by zlib, for answers to clients that accept it; empty if
/// zlib fails.
namespace Gzip {
QByteArray compress(const QByteArray &data);
}
