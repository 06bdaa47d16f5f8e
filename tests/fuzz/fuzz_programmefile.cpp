// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target: reading a programme data file (the app's bundled file and what an
// operator imports into the server).
#include "programmefile.h"

#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    ProgrammeFile::parse(
        QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size)));
    return 0;
}
