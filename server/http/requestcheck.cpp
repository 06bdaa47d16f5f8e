// SPDX-License-Identifier: GPL-3.0-or-later
#include "requestcheck.h"

#include <QString>

using namespace Qt::StringLiterals;
namespace http = boost::beast::http;

bool RequestCheck::foldsLines(std::string_view head)
{
    for (std::size_t at = head.find('\n'); at != std::string_view::npos;
         at = head.find('\n', at + 1)) {
        if (at + 1 < head.size() && (head[at + 1] == ' ' || head[at + 1] == '\t'))
            return true;
    }
    return false;
}

bool RequestCheck::hasBareLineFeed(std::string_view data)
{
    for (std::size_t at = data.find('\n'); at != std::string_view::npos;
         at = data.find('\n', at + 1)) {
        if (at == 0 || data[at - 1] != '\r')
            return true;
    }
    return false;
}

RequestCheck::Refusal RequestCheck::check(const http::request_header<> &header)
{
    const auto malformed = [](const QString &message) {
        return Refusal { 400, u"malformed"_s, message };
    };
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
