// SPDX-License-Identifier: GPL-3.0-or-later
#include "livesession.h"

#include <boost/asio/post.hpp>
#include <boost/beast/core.hpp>
#include <boost/beast/ssl.hpp>
#include <boost/beast/websocket.hpp>
#include <boost/beast/websocket/ssl.hpp>

#include <deque>

namespace {
namespace beast = boost::beast;
namespace websocket = beast::websocket;
namespace net = boost::asio;

/// Messages waiting for a slow reader beyond this are dropped: each is a hint to sync, and
/// a reader that far behind syncs anyway.
constexpr std::size_t maxWaiting = 16;

/// One app's live channel: the WebSocket handshake, then the messages of its topics as they
/// come. What the app sends is read and thrown away (it sends nothing but the protocol's
/// pings and its close); a connection that stops answering pings is closed.
template <class Stream> class LiveSession : public std::enable_shared_from_this<LiveSession<Stream>>
{
public:
    LiveSession(Stream stream, const QStringList &topics, FrontDoor &door, ConnectionTicket ticket)
        : m_socket(std::move(stream))
        , m_topics(topics)
        , m_door(door)
        , m_ticket(std::move(ticket))
    {
    }

    ~LiveSession()
    {
        if (m_id)
            m_door.live->unsubscribe(m_id);
    }

    void start(const beast::http::request_header<> &request)
    {
        m_request = beast::http::request<beast::http::empty_body>(request);
        beast::get_lowest_layer(m_socket).expires_never(); // the WebSocket keeps its own time
        auto timeouts = websocket::stream_base::timeout::suggested(beast::role_type::server);
        timeouts.handshake_timeout = std::chrono::milliseconds(m_door.limits.headDeadlineMs);
        timeouts.idle_timeout = std::chrono::seconds(60); // pinged after 30 s of quiet
        m_socket.set_option(timeouts);
        m_socket.read_message_max(4096);
        m_socket.async_accept(
            m_request, [self = this->shared_from_this()](beast::error_code error) {
                if (error)
                    return;
                self->listen();
                self->read();
            });
    }

private:
    void listen()
    {
        m_id = m_door.live->subscribe(m_topics,
            [weak = this->weak_from_this(), executor = m_socket.get_executor()](
                const std::string &message) {
                net::post(executor, [weak, message] {
                    if (const auto self = weak.lock())
                        self->send(message);
                });
            });
    }

    void read()
    {
        m_socket.async_read(
            m_in, [self = this->shared_from_this()](beast::error_code error, std::size_t) {
                if (error)
                    return; // closed, or silent too long: the session ends with its last handler
                self->m_in.clear();
                self->read();
            });
    }

    void send(const std::string &message)
    {
        if (m_waiting.size() >= maxWaiting)
            return;
        m_waiting.push_back(message);
        if (m_waiting.size() == 1)
            write();
    }

    void write()
    {
        m_socket.text(true);
        m_socket.async_write(net::buffer(m_waiting.front()),
            [self = this->shared_from_this()](beast::error_code error, std::size_t) {
                if (error)
                    return;
                self->m_waiting.pop_front();
                if (!self->m_waiting.empty())
                    self->write();
            });
    }

    websocket::stream<Stream> m_socket;
    beast::http::request<beast::http::empty_body> m_request; ///< until the handshake is done
    QStringList m_topics;
    FrontDoor &m_door;
    ConnectionTicket m_ticket;
    quint64 m_id = 0;
    beast::flat_buffer m_in;
    std::deque<std::string> m_waiting;
};

template <class Stream>
void start(Stream stream, const beast::http::request_header<> &request, const QStringList &topics,
    FrontDoor &door, ConnectionTicket ticket)
{
    std::make_shared<LiveSession<Stream>>(std::move(stream), topics, door, std::move(ticket))
        ->start(request);
}
}

void startLiveSession(beast::tcp_stream stream, const beast::http::request_header<> &request,
    const QStringList &topics, FrontDoor &door, ConnectionTicket ticket)
{
    start(std::move(stream), request, topics, door, std::move(ticket));
}

void startLiveSession(beast::ssl_stream<beast::tcp_stream> stream,
    const beast::http::request_header<> &request, const QStringList &topics, FrontDoor &door,
    ConnectionTicket ticket)
{
    start(std::move(stream), request, topics, door, std::move(ticket));
}
