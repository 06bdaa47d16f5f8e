// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>

/// The gzip format (RFC 1952), by libdeflate, for answers to clients that accept it; empty if
/// it fails.
namespace Gzip {
QByteArray compress(const QByteArray &data);
}
