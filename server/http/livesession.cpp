// SPDX-License-Identifier: GPL-3.0-or-later
#include "livesession.h"

#include <boost/asio/post.hpp>
#include <boost/beast/core.hpp>
#include <boost/beast/ssl.hpp>
#include <boost/beast/websocket.hpp>
#include <boost/beast/websocket/ssl.hpp>

#include <QHash>

#include <deque>

namespace {
namespace beast = boost::beast;
namespace websocket = beast::websocket;
namespace net = boost::asio;

/// One app's live channel: the WebSocket handshake, then the messages of its topics as they
/// come. For a slow reader at most one message per topic waits, the latest in the topic's
/// sequence (each says the topic's version then, so a later one says all an earlier one
/// did): memory stays bounded and the last news is never the one left out. What the app sends is
/// read and thrown away (it sends nothing but the protocol's pings and its close); a connection
/// that stops answering pings is closed.
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
                const QString &topic, qint64 sequence, const std::string &message) {
                net::post(executor, [weak, topic, sequence, message] {
                    if (const auto self = weak.lock())
                        self->send(topic, sequence, message);
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

    void send(const QString &topic, qint64 sequence, const std::string &message)
    {
        const auto waiting = m_waiting.constFind(topic);
        if (waiting == m_waiting.cend())
            m_order.push_back(topic);
        else if (waiting->sequence > sequence)
            return; // a later message of the topic waits already
        m_waiting.insert(topic, { sequence, message });
        if (!m_writing)
            writeNext();
    }

    void writeNext()
    {
        if (m_order.empty()) {
            m_writing = false;
            return;
        }
        m_writing = true;
        m_sending = m_waiting.take(m_order.front()).message;
        m_order.pop_front();
        m_socket.text(true);
        m_socket.async_write(net::buffer(m_sending),
            [self = this->shared_from_this()](beast::error_code error, std::size_t) {
                if (!error)
                    self->writeNext();
            });
    }

    websocket::stream<Stream> m_socket;
    beast::http::request<beast::http::empty_body> m_request; ///< until the handshake is done
    QStringList m_topics;
    FrontDoor &m_door;
    ConnectionTicket m_ticket;
    quint64 m_id = 0;
    beast::flat_buffer m_in;
    std::string m_sending; ///< the message being written
    bool m_writing = false;
    std::deque<QString> m_order; ///< topics with a message waiting, oldest first
    struct Waiting
    {
        qint64 sequence = 0;
        std::string message;
    };
    QHash<QString, Waiting> m_waiting; ///< the latest message of each such topic
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
