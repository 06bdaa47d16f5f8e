// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "httpmessage.h"

#include <boost/beast/http/message.hpp>
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

/// Whether the head in @p head (up to and with its closing CRLF CRLF) folds a header line
/// onto the next (obs-fold, RFC 9112 5.2): Beast would join the lines, we refuse them.
bool foldsLines(std::string_view head);

/// Whether @p data ends a line with LF alone (RFC 9112 2.2 allows a recipient to accept it;
/// we do not): seen at once, before the head is whole.
bool hasBareLineFeed(std::string_view data);

/// What is wrong with @p header, if anything: a target that is not a path, a Host missing or
/// twice, a header that must appear once appearing twice, a body sent in chunks.
Refusal check(const boost::beast::http::request_header<> &header);

/// Our request from Beast's: header names in lower case (repeated ones joined with ", "),
/// the body moved.
HttpRequest convert(boost::beast::http::request<boost::beast::http::string_body> &&message,
    const QString &peer, const QString &client);
}
