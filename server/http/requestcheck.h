// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "httplimits.h"
#include "httpmessage.h"

#include <boost/beast/http/message.hpp>
#include <boost/beast/http/parser.hpp>
#include <boost/beast/http/string_body.hpp>

#include <string_view>

/// The checks a request passes before a handler sees it, beyond what Boost.Beast's parser
/// refuses itself (bare LF, whitespace before a colon, a Content-Length that is not digits or
/// appears with different values or beside Transfer-Encoding, any version but HTTP/1.0 and
/// 1.1): each of these is an ambiguity that a proxy in front may read otherwise, and is
/// refused with 400 rather than guessed at.
namespace RequestCheck {
struct Refusal
{
    int status = 0; ///< 0: none
    QString code;
    QString message;
};

using Parser = boost::beast::http::request_parser<boost::beast::http::string_body>;

/// What the bytes received so far make of a request's head.
struct Head
{
    Refusal refusal; ///< the answer to give instead, if any
    bool complete = false; ///< the head is in the parser, checked
    std::size_t consumed = 0; ///< bytes of @p received the parser took
};

/// Reads a request's head from @p received (the bytes so far) into @p parser, once it is
/// here whole: refused at once if a line ends with LF alone (RFC 9112 2.2 lets a recipient
/// accept it; we do not) or the head grows past the limit; then refused if a header
/// line is folded onto the next (obs-fold, RFC 9112 5.2: Beast would join the lines), if
/// Beast's parser refuses it, or if check() does.
Head readHead(std::string_view received, const HttpLimits &limits, Parser &parser);

/// The answer for an error of Beast's parser (413, 431 or 400), or none for an error that
/// is not the request's (the connection closed).
Refusal refusalFor(const boost::beast::error_code &error, qsizetype maxBodyBytes);

/// What is wrong with @p header, if anything: a target that is not a path, a Host missing or
/// twice, a header that must appear once appearing twice, a body sent in chunks.
Refusal check(const boost::beast::http::request_header<> &header);

/// Our request from Beast's: header names in lower case (repeated ones joined with ", "),
/// the body moved.
HttpRequest convert(boost::beast::http::request<boost::beast::http::string_body> &&message,
    const QString &peer, const QString &client);
}
