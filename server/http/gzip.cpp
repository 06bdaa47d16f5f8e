// SPDX-License-Identifier: GPL-3.0-or-later
#include "gzip.h"

#include <libdeflate.h>

#include <memory>

QByteArray Gzip::compress(const QByteArray &data)
{
    // The whole answer is at hand, so libdeflate's whole-buffer compressor, at level 6: for a
    // page of 5,000 rows (1.9 MB of JSON) 4.7 ms and 161 kB, where zlib's level 6 took
    // 11.5 ms for 176 kB (docs/benchmarks.md).
    const std::unique_ptr<libdeflate_compressor, decltype(&libdeflate_free_compressor)> compressor(
        libdeflate_alloc_compressor(6), &libdeflate_free_compressor);
    if (!compressor)
        return {};
    QByteArray out(qsizetype(libdeflate_gzip_compress_bound(compressor.get(), size_t(data.size()))),
        Qt::Uninitialized);
    const size_t written = libdeflate_gzip_compress(
        compressor.get(), data.constData(), size_t(data.size()), out.data(), size_t(out.size()));
    if (written == 0)
        return {};
    out.truncate(qsizetype(written));
    return out;
}
