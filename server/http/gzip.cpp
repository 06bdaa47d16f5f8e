// SPDX-License-Identifier: GPL-3.0-or-later
#include "gzip.h"

#include <QtEndian>

#include <array>

namespace {
quint32 crc32(const QByteArray &data)
{
    static const auto table = [] {
        std::array<quint32, 256> values {};
        for (quint32 i = 0; i < 256; ++i) {
            quint32 c = i;
            for (int k = 0; k < 8; ++k)
                c = (c & 1) ? 0xEDB88320u ^ (c >> 1) : c >> 1;
            values[i] = c;
        }
        return values;
    }();
    quint32 crc = 0xFFFFFFFFu;
    for (const char byte : data)
        crc = table[(crc ^ quint8(byte)) & 0xFF] ^ (crc >> 8);
    return crc ^ 0xFFFFFFFFu;
}
}

QByteArray Gzip::compress(const QByteArray &data)
{
    // qCompress: 4-byte length, 2-byte zlib header, deflate stream, 4-byte Adler-32.
    const QByteArray zlib = qCompress(data, 6);
    const QByteArray deflate = zlib.mid(6, zlib.size() - 10);
    QByteArray out("\x1f\x8b\x08\x00\x00\x00\x00\x00\x00\xff", 10);
    out += deflate;
    char trailer[8];
    qToLittleEndian<quint32>(crc32(data), trailer);
    qToLittleEndian<quint32>(quint32(data.size()), trailer + 4);
    out.append(trailer, 8);
    return out;
}
