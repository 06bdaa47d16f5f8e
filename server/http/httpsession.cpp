// SPDX-License-Identifier: GPL-3.0-or-later
#include "httpsession.h"

#include "gzip.h"
#include "livesession.h"
#include "requestcheck.h"

#include <boost/asio/steady_timer.hpp>
#include <boost/asio/write.hpp>
#include <boost/beast/core.hpp>
#include <boost/beast/http.hpp>
#include <boost/beast/ssl.hpp>
#include <boost/beast/websocket/rfc6455.hpp>

#include <array>
#include <netinet/tcp.h>
#include <optional>

using namespace Qt::StringLiterals;

namespace {
namespace beast = boost::beast;
namespace http = beast::http;
namespace net = boost::asio;

/// Answers at least this large go compressed to clients that accept gzip.
constexpr std::size_t compressFrom = 1024;

/// One connection, from the TLS handshake to the close. Requests are answered one after
/// another: the next one is not read while an answer is still being sent, so a client
/// that sends many and reads none holds one answer and a small buffer, never more. Every
/// wait has a deadline; every refusal is an answer with a reason, then the connection
/// closes.
template <class Stream> class HttpSession : public std::enable_shared_from_this<HttpSession<Stream>>
{
public:
    HttpSession(Stream stream, FrontDoor &door, ConnectionTicket ticket)
        : m_stream(std::move(stream))
        , m_door(door)
        , m_ticket(std::move(ticket))
        , m_buffer(std::size_t(door.limits.maxHeaderBytes) * 2)
        , m_deadline(m_stream.get_executor())
    {
        beast::error_code ignored;
        const auto endpoint = tcp().socket().remote_endpoint(ignored);
        m_peer = QString::fromStdString(endpoint.address().to_string());
    }

    ~HttpSession() { releaseBody(); }

    void start()
    {
        if constexpr (isTls) {
            tcp().expires_after(std::chrono::milliseconds(m_door.limits.headDeadlineMs));
            m_stream.async_handshake(net::ssl::stream_base::server,
                [self = this->shared_from_this()](beast::error_code error) {
                    self->tcp().expires_never();
                    if (!error)
                        self->readHead();
                });
        } else {
            readHead();
        }
    }

private:
    static constexpr bool isTls = !std::is_same_v<Stream, beast::tcp_stream>;

    beast::tcp_stream &tcp() { return beast::get_lowest_layer(m_stream); }

    void armDeadline(int ms)
    {
        m_timedOut = false;
        m_deadline.expires_after(std::chrono::milliseconds(ms));
        m_deadline.async_wait(
            [weak = this->weak_from_this(), armed = ++m_armed](beast::error_code error) {
                const auto self = weak.lock();
                // Also a deadline that passed just before it was disarmed is not acted on.
                if (!self || error || armed != self->m_armed)
                    return;
                self->m_timedOut = true;
                self->tcp().cancel(); // the pending read ends; it answers 408 or closes
            });
    }

    void readHead()
    {
        m_parser.emplace();
        m_parser->header_limit(std::uint32_t(m_door.limits.maxHeaderBytes));
        m_parser->body_limit(std::uint64_t(m_door.limits.maxBodyBytes));
        armDeadline(m_door.limits.headDeadlineMs);
        parseHead();
    }

    /// The head is parsed only once it is here whole (see RequestCheck::readHead); until
    /// then, more is read.
    void parseHead()
    {
        const auto data = m_buffer.data();
        const std::string_view seen(static_cast<const char *>(data.data()), data.size());
        const RequestCheck::Head head = RequestCheck::readHead(seen, m_door.limits, *m_parser);
        m_buffer.consume(head.consumed);
        if (head.refusal.status)
            return refuse(head.refusal.status, head.refusal.code, head.refusal.message);
        if (head.complete)
            return headReceived();
        const std::size_t room = m_buffer.max_size() - m_buffer.size();
        m_stream.async_read_some(m_buffer.prepare(std::min<std::size_t>(room, 4096)),
            [self = this->shared_from_this()](beast::error_code error, std::size_t read) {
                self->m_buffer.commit(read);
                if (error)
                    return self->readFailed(error, !self->m_buffer.size());
                self->parseHead();
            });
    }

    /// The head is here whole and passed RequestCheck (readHead checks it before it says so).
    void headReceived()
    {
        const auto length = m_parser->content_length().value_or(0);
        if (length > 0) {
            if (!m_door.bodies.reserve(qsizetype(length))) {
                m_door.log.writeOncePerMinute(u"bodies"_s, u"busy"_s,
                    u"the memory for request bodies is spent; new ones are refused (503)"_s);
                return send(HttpResponse::busy(5), true);
            }
            m_reserved = qsizetype(length);
        }
        if (m_parser->is_done())
            return requestReceived();
        armDeadline(m_door.limits.requestTimeoutMs);
        const auto expect = m_parser->get()[http::field::expect];
        if (beast::iequals(expect, "100-continue")) {
            static constexpr std::string_view proceed = "HTTP/1.1 100 Continue\r\n\r\n";
            net::async_write(m_stream, net::buffer(proceed.data(), proceed.size()),
                [self = this->shared_from_this()](beast::error_code error, std::size_t) {
                    if (!error)
                        self->readBody();
                });
            return;
        }
        readBody();
    }

    /// The body, read as it comes. Before a read that waits for the network the kernel is
    /// asked to acknowledge at once: a client that holds back its last small segment until
    /// the ones before are acknowledged (Nagle's algorithm, on in Qt's HTTP client) would
    /// otherwise wait for the delayed acknowledgement, about 40 ms at the end of every request
    /// body. A body that came whole with its head (most small requests) is parsed from the
    /// buffer without asking: the call costs a system call per request.
    void readBody()
    {
        const auto remaining = m_parser->content_length_remaining();
        if (!remaining || m_buffer.size() < *remaining)
            acknowledgeAtOnce();
        http::async_read_some(m_stream, m_buffer, *m_parser,
            [self = this->shared_from_this()](beast::error_code error, std::size_t) {
                if (error)
                    return self->readFailed(error, false);
                if (!self->m_parser->is_done())
                    return self->readBody();
                self->requestReceived();
            });
    }

    void acknowledgeAtOnce()
    {
#ifdef TCP_QUICKACK
        using QuickAck = net::detail::socket_option::boolean<IPPROTO_TCP, TCP_QUICKACK>;
        beast::error_code ignored; // without it, only slower
        tcp().socket().set_option(QuickAck(true), ignored);
#endif
    }

    void disarmDeadline()
    {
        ++m_armed;
        m_deadline.cancel();
    }

    void requestReceived()
    {
        disarmDeadline();
        const bool keepAlive = m_parser->keep_alive();
        const auto &header = m_parser->get();
        const bool acceptsGzip
            = header[http::field::accept_encoding].find("gzip") != std::string_view::npos;
        const QString client = m_door.proxies.clientOf(m_peer,
            QByteArray::fromStdString(std::string(header["X-Forwarded-For"])),
            QByteArray::fromStdString(std::string(header[http::field::forwarded])));
        std::optional<http::request_header<>> upgrade;
        if (m_door.live && beast::websocket::is_upgrade(header))
            upgrade = header.base();
        HttpResponse response
            = FrontDoor::handleHere(RequestCheck::convert(m_parser->release(), m_peer, client));
        m_parser.reset();
        releaseBody();
        if (response.status == 101) {
            if (!upgrade)
                return refuse(400, u"malformed"_s, u"Open this address as a WebSocket."_s);
            // The connection becomes a live channel; this session ends here.
            return startLiveSession(
                std::move(m_stream), *upgrade, response.liveTopics, m_door, std::move(m_ticket));
        }
        // A first sync is mostly repeated JSON keys: compressed it is a fraction of the size.
        // Files (photos, PDFs, office documents) are compressed already, and a part of one
        // goes as it is, so that its byte range means what it says.
        const bool text = response.contentType.startsWith("application/json")
            || response.contentType.startsWith("text/");
        if (acceptsGzip && text && response.status != 206
            && std::size_t(response.body.size()) >= compressFrom) {
            QByteArray compressed = Gzip::compress(response.body);
            if (!compressed.isEmpty()) {
                response.body = std::move(compressed);
                response.headers.insert("Content-Encoding", "gzip");
            }
        }
        send(response, !keepAlive);
    }

    void releaseBody()
    {
        if (m_reserved > 0)
            m_door.bodies.release(std::exchange(m_reserved, 0));
    }

    /// A read ended early: the client went away (close quietly), sent something the parser
    /// refuses, or was too slow (408 if it had begun a request; a connection that only sat
    /// idle is closed).
    void readFailed(beast::error_code error, bool idle)
    {
        if (m_timedOut) {
            if (idle && !(m_parser && m_parser->got_some()))
                return closeNow();
            return refuse(408, u"too_slow"_s, u"The request did not arrive in time."_s);
        }
        const auto refusal = RequestCheck::refusalFor(error, m_door.limits.maxBodyBytes);
        if (refusal.status)
            return refuse(refusal.status, refusal.code, refusal.message);
        closeNow();
    }

    void refuse(int status, const QString &code, const QString &message)
    {
        m_refused = true;
        send(HttpResponse::error(status, code, message), true);
    }

    void send(const HttpResponse &answer, bool close)
    {
        disarmDeadline();
        m_response = {};
        m_response.version(11);
        m_response.result(unsigned(answer.status));
        // A 304 answer has no content: neither its type nor a length of 0 may be announced
        // (RFC 9110, 8.6 and 15.4.5).
        if (answer.status != 304) {
            m_response.set(http::field::content_type,
                std::string_view(answer.contentType.constData(), answer.contentType.size()));
            m_response.body().assign(answer.body.constData(), std::size_t(answer.body.size()));
            m_response.content_length(m_response.body().size());
        }
        for (auto it = answer.headers.cbegin(); it != answer.headers.cend(); ++it)
            m_response.set(std::string_view(it.key().constData(), it.key().size()),
                std::string_view(it.value().constData(), it.value().size()));
        m_response.keep_alive(!close);
        tcp().expires_after(std::chrono::milliseconds(m_door.limits.requestTimeoutMs));
        http::async_write(m_stream, m_response,
            [self = this->shared_from_this(), close](beast::error_code error, std::size_t) {
                self->tcp().expires_never();
                self->m_response = {};
                if (error)
                    return self->closeNow();
                if (!close)
                    return self->readHead();
                self->m_refused ? self->linger() : self->closeGracefully();
            });
    }

    /// After a refusal the client may still be sending (a body we did not take): what it
    /// sends is read and thrown away until it stops or the linger time is over, so that it
    /// reads the answer rather than a reset.
    void linger()
    {
        if (!m_lingering) {
            m_lingering = true;
            tcp().expires_after(std::chrono::milliseconds(m_door.limits.lingerMs));
            if constexpr (!isTls) {
                beast::error_code ignored;
                tcp().socket().shutdown(net::ip::tcp::socket::shutdown_send, ignored);
            }
        }
        m_stream.async_read_some(net::buffer(m_scratch),
            [self = this->shared_from_this()](beast::error_code error, std::size_t) {
                if (error)
                    return self->closeNow();
                self->linger();
            });
    }

    void closeGracefully()
    {
        if constexpr (isTls) {
            tcp().expires_after(std::chrono::milliseconds(m_door.limits.lingerMs));
            m_stream.async_shutdown(
                [self = this->shared_from_this()](beast::error_code) { self->closeNow(); });
        } else {
            linger();
        }
    }

    void closeNow()
    {
        disarmDeadline();
        beast::error_code ignored;
        tcp().socket().shutdown(net::ip::tcp::socket::shutdown_both, ignored);
        tcp().close();
    }

    Stream m_stream;
    FrontDoor &m_door;
    ConnectionTicket m_ticket;
    QString m_peer;
    beast::flat_buffer m_buffer;
    std::optional<http::request_parser<http::string_body>> m_parser;
    http::response<http::string_body> m_response;
    net::steady_timer m_deadline;
    qsizetype m_reserved = 0;
    unsigned m_armed = 0;
    bool m_timedOut = false;
    bool m_refused = false;
    bool m_lingering = false;
    std::array<char, 4096> m_scratch {};
};
}

void startHttpSession(
    net::ip::tcp::socket socket, FrontDoor &door, ConnectionTicket ticket, net::ssl::context *tls)
{
    if (tls) {
        std::make_shared<HttpSession<beast::ssl_stream<beast::tcp_stream>>>(
            beast::ssl_stream<beast::tcp_stream>(beast::tcp_stream(std::move(socket)), *tls), door,
            std::move(ticket))
            ->start();
    } else {
        std::make_shared<HttpSession<beast::tcp_stream>>(
            beast::tcp_stream(std::move(socket)), door, std::move(ticket))
            ->start();
    }
}
