// SPDX-License-Identifier: GPL-3.0-or-later
#include "requestcheck.h"

#include <QString>

using namespace Qt::StringLiterals;
namespace http = boost::beast::http;

namespace {
/// Whether @p head folds a header line onto the next (a line starting with a space or tab).
bool foldsLines(std::string_view head)
{
    for (std::size_t at = head.find('\n'); at != std::string_view::npos;
         at = head.find('\n', at + 1)) {
        if (at + 1 < head.size() && (head[at + 1] == ' ' || head[at + 1] == '\t'))
            return true;
    }
    return false;
}

/// Whether a line of @p data ends with LF alone.
bool hasBareLineFeed(std::string_view data)
{
    for (std::size_t at = data.find('\n'); at != std::string_view::npos;
         at = data.find('\n', at + 1)) {
        if (at == 0 || data[at - 1] != '\r')
            return true;
    }
    return false;
}

RequestCheck::Refusal malformed(const QString &message)
{
    return { 400, u"malformed"_s, message };
}
}

RequestCheck::Head RequestCheck::readHead(
    std::string_view received, const HttpLimits &limits, Parser &parser)
{
    const auto maxHeaderBytes = std::size_t(limits.maxHeaderBytes);
    Head head;
    const std::size_t end = received.find("\r\n\r\n");
    const std::string_view seen
        = end == std::string_view::npos ? received : received.substr(0, end + 4);
    if (hasBareLineFeed(seen)) {
        head.refusal = malformed(u"Lines must end with CR LF."_s);
        return head;
    }
    if (end == std::string_view::npos || end + 4 > maxHeaderBytes) {
        if (seen.size() > maxHeaderBytes)
            head.refusal = { 431, u"headers_too_large"_s, u"The request's header is too large."_s };
        return head;
    }
    if (foldsLines(seen)) {
        head.refusal
            = malformed(u"A header line continues on the next line (obsolete line folding)."_s);
        return head;
    }
    boost::beast::error_code error;
    head.consumed = parser.put(boost::asio::buffer(seen.data(), seen.size()), error);
    if (error || !parser.is_header_done()) {
        head.refusal = refusalFor(error ? error : http::error::need_more, limits.maxBodyBytes);
        return head;
    }
    head.refusal = check(parser.get().base());
    head.complete = head.refusal.status == 0;
    return head;
}

RequestCheck::Refusal RequestCheck::refusalFor(
    const boost::beast::error_code &error, qsizetype maxBodyBytes)
{
    if (error == http::error::header_limit || error == http::error::buffer_overflow)
        return { 431, u"headers_too_large"_s, u"The request's header is too large."_s };
    if (error == http::error::body_limit)
        return { 413, u"too_large"_s,
            u"The request is larger than %1 KiB."_s.arg(maxBodyBytes / 1024) };
    if (error.category() != make_error_code(http::error::bad_version).category()
        || error == http::error::end_of_stream || error == http::error::partial_message)
        return {};
    return malformed(u"This is not an HTTP/1.1 request this server accepts (%1)."_s.arg(
        QString::fromStdString(error.message())));
}

RequestCheck::Refusal RequestCheck::check(const http::request_header<> &header)
{
    if (header.target().empty() || header.target().front() != '/')
        return malformed(u"The request's target must be a path starting with /."_s);
    const auto hosts = header.count(http::field::host);
    if (hosts > 1 || (hosts == 0 && header.version() == 11))
        return malformed(u"An HTTP/1.1 request needs exactly one Host header."_s);
    for (const http::field once : { http::field::content_length, http::field::authorization,
             http::field::transfer_encoding, http::field::expect }) {
        if (header.count(once) > 1)
            return malformed(u"The header %1 appears more than once."_s.arg(QString::fromUtf8(
                http::to_string(once).data(), qsizetype(http::to_string(once).size()))));
    }
    if (header.count(http::field::transfer_encoding) > 0)
        return { 411, u"length_required"_s, u"Send the body with a Content-Length."_s };
    return {};
}

HttpRequest RequestCheck::convert(
    http::request<http::string_body> &&message, const QString &peer, const QString &client)
{
    HttpRequest request;
    request.method
        = QByteArray(message.method_string().data(), qsizetype(message.method_string().size()));
    request.path = QByteArray(message.target().data(), qsizetype(message.target().size()));
    for (const auto &field : message) {
        const QByteArray name
            = QByteArray(field.name_string().data(), qsizetype(field.name_string().size()))
                  .toLower();
        const QByteArray value(field.value().data(), qsizetype(field.value().size()));
        auto existing = request.headers.find(name);
        if (existing == request.headers.end())
            request.headers.insert(name, value);
        else
            existing.value() += ", " + value;
    }
    std::string body = std::move(message.body());
    request.body = QByteArray(body.data(), qsizetype(body.size()));
    request.peer = peer;
    request.client = client;
    return request;
}
