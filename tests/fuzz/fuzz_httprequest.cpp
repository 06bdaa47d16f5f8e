// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target: the server's reading of a request's head, as each connection does it
// (RequestCheck::readHead over Boost.Beast's parser, the checks, the conversion to our
// request), from the received bytes fed in pieces. Any crash or sanitizer report is a
// finding, and so is a head taken although a line ends with LF alone or is folded.
#include "requestcheck.h"

#include <cstdint>
#include <cstdlib>
#include <string_view>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const std::string_view all(reinterpret_cast<const char *>(data), size);
    HttpLimits limits;
    limits.maxHeaderBytes = 4096;
    RequestCheck::Parser parser;
    parser.header_limit(std::uint32_t(limits.maxHeaderBytes));
    parser.body_limit(std::uint64_t(limits.maxBodyBytes));
    // The bytes arrive in pieces, as from the network: the first byte says how large.
    const std::size_t piece = size > 0 ? std::size_t(data[0] % 64) + 1 : 1;
    std::size_t received = 0;
    std::size_t consumed = 0;
    while (received < size) {
        received = std::min(size, received + piece);
        const auto head
            = RequestCheck::readHead(all.substr(consumed, received - consumed), limits, parser);
        consumed += head.consumed;
        if (head.refusal.status != 0)
            return 0;
        if (head.complete) {
            const std::string_view taken = all.substr(0, consumed);
            for (std::size_t at = taken.find('\n'); at != std::string_view::npos;
                 at = taken.find('\n', at + 1)) {
                if (at == 0 || taken[at - 1] != '\r'
                    || (at + 1 < taken.size() && (taken[at + 1] == ' ' || taken[at + 1] == '\t')))
                    std::abort(); // a bare LF or a folded line got through
            }
            const HttpRequest request
                = RequestCheck::convert(parser.release(), QStringLiteral("127.0.0.1"), {});
            if (request.path.isEmpty() || request.path.at(0) != '/')
                std::abort();
            return 0;
        }
    }
    return 0;
}
