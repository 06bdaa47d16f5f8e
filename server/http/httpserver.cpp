// SPDX-License-Identifier: GPL-3.0-or-later
#include "httpserver.h"

#include "frontdoor.h"
#include "httpsession.h"
#include "tlscontext.h"

#include <boost/asio/executor_work_guard.hpp>
#include <boost/asio/io_context.hpp>
#include <boost/asio/ip/tcp.hpp>
#include <boost/asio/post.hpp>
#include <boost/asio/steady_timer.hpp>

#include <atomic>
#include <condition_variable>
#include <thread>
#include <vector>

#include <malloc.h>
#include <sys/resource.h>

using namespace Qt::StringLiterals;

namespace {
namespace net = boost::asio;
using tcp = net::ip::tcp;

thread_local const FrontDoor::Handler *workerHandler = nullptr;

/// Raises the open-file limit to what the system allows and says how many connections
/// that leaves room for (a few files stay for the store and the log).
int connectionsTheSystemAllows(int wanted)
{
    rlimit limit {};
    if (getrlimit(RLIMIT_NOFILE, &limit) != 0)
        return wanted;
    if (limit.rlim_cur < limit.rlim_max) {
        limit.rlim_cur = limit.rlim_max;
        setrlimit(RLIMIT_NOFILE, &limit);
        getrlimit(RLIMIT_NOFILE, &limit);
    }
    constexpr rlim_t reserve = 64;
    if (limit.rlim_cur == RLIM_INFINITY || limit.rlim_cur > rlim_t(wanted) + reserve)
        return wanted;
    return int(std::max<rlim_t>(limit.rlim_cur, reserve * 2) - reserve);
}
}

HttpResponse FrontDoor::handleHere(const HttpRequest &request)
{
    return (*workerHandler)(request);
}

void FrontDoor::setHandlerHere(const Handler *handler)
{
    workerHandler = handler;
}

class HttpServer::Private
{
public:
    Private(Options options, HandlerFactory factory, OperatorLog &log)
        : options(std::move(options))
        , factory(std::move(factory))
        , log(log)
    {
    }

    void accept()
    {
        // Each connection goes to the next worker's event loop, in turn, and stays there.
        net::io_context &worker = *workerLoops[nextWorker++ % workerLoops.size()];
        acceptor.async_accept(worker, [this](boost::system::error_code error, tcp::socket socket) {
            if (error == net::error::operation_aborted)
                return;
            if (error) {
                // Out of file descriptors, typically: wait a moment rather than spin.
                log.writeOncePerMinute(u"accept"_s, u"connection refused"_s,
                    u"cannot accept: %1"_s.arg(QString::fromStdString(error.message())));
                pause.expires_after(std::chrono::milliseconds(100));
                pause.async_wait([this](boost::system::error_code) { accept(); });
                return;
            }
            admit(std::move(socket));
            accept();
        });
    }

    void admit(tcp::socket socket)
    {
        boost::system::error_code ignored;
        // An answer's last bytes go at once, not after the client's delayed acknowledgement
        // of the ones before (Nagle's algorithm): up to 40 ms a request otherwise.
        socket.set_option(tcp::no_delay(true), ignored);
        const std::string address = socket.remote_endpoint(ignored).address().to_string();
        ConnectionLimits::Refusal refusal {};
        ConnectionTicket ticket = door->connections.admit(address, &refusal);
        if (refusal != ConnectionLimits::Refusal::None) {
            const QString network = OperatorLog::networkOf(QString::fromStdString(address));
            log.writeOncePerMinute(u"connections "_s + network, u"connection refused"_s,
                refusal == ConnectionLimits::Refusal::Address
                    ? u"%1 holds %2 connections already"_s.arg(network).arg(
                        door->limits.connectionsPerAddress)
                    : u"all %1 connections are taken"_s.arg(door->limits.maxConnections));
            socket.close(ignored);
            return;
        }
        // Started in its worker's thread, which alone touches the connection from then on.
        const auto worker = socket.get_executor();
        net::post(worker, [this, socket = std::move(socket), ticket = std::move(ticket)]() mutable {
            startHttpSession(std::move(socket), *door, std::move(ticket), tls.load());
        });
    }

    /// Once a second, if connections closed meanwhile: memory they freed goes back to the
    /// system (glibc keeps freed memory of its heaps otherwise, so that a burst of large
    /// bodies would stay in the server's memory after the connections are gone).
    void trimNow()
    {
        trim.expires_after(std::chrono::seconds(1));
        trim.async_wait([this](boost::system::error_code error) {
            if (error)
                return;
            const int open = door->connections.open();
            if (open < openAtLastTrim)
                malloc_trim(0);
            openAtLastTrim = open;
            trimNow();
        });
    }

    /// One worker: makes its handler, says whether it could, then answers the connections of
    /// its own event loop until stopped.
    void work(net::io_context &loop)
    {
        const Handler handler = factory();
        {
            const std::lock_guard lock(mutex);
            if (!handler)
                failedWorkers += 1;
            readyWorkers += 1;
        }
        ready.notify_all();
        if (!handler)
            return;
        FrontDoor::setHandlerHere(&handler);
        loop.run();
        FrontDoor::setHandlerHere(nullptr);
    }

    void stopAll()
    {
        io.stop();
        for (auto &loop : workerLoops)
            loop->stop();
    }

    Options options;
    HandlerFactory factory;
    OperatorLog &log;
    std::unique_ptr<FrontDoor> door;
    /// The TLS context new connections take (null: plain HTTP), and every one made so far:
    /// a connection's TLS holds on to the context it began with, so none is freed before
    /// the server (a reload of the certificate is rare).
    std::atomic<net::ssl::context *> tls { nullptr };
    std::vector<std::unique_ptr<net::ssl::context>> tlsContexts;
    std::mutex tlsMutex;
    /// Each worker's event loop, run by that worker's thread alone: nothing of a connection
    /// is shared between threads, so nothing of it needs a lock or a strand. (Declared
    /// before the acceptor's loop, so that it goes after it: a pending accept holds a socket
    /// of a worker's loop.)
    std::vector<std::unique_ptr<net::io_context>> workerLoops;
    std::vector<net::executor_work_guard<net::io_context::executor_type>> keepWorking;
    std::size_t nextWorker = 0;
    /// The acceptor's event loop, on a thread of its own.
    net::io_context io { 1 };
    tcp::acceptor acceptor { io };
    net::steady_timer pause { io };
    net::steady_timer trim { io };
    int openAtLastTrim = 0;
    std::vector<std::thread> threads; ///< the workers', then the acceptor's
    std::mutex mutex;
    std::condition_variable ready;
    std::size_t readyWorkers = 0;
    std::size_t failedWorkers = 0;
};

HttpServer::HttpServer(Options options, HandlerFactory factory, OperatorLog &log)
    : d(std::make_unique<Private>(std::move(options), std::move(factory), log))
{
}

bool HttpServer::reloadTls(const TlsSettings &tls, QString *error)
{
    auto context = makeTlsContext(tls, error);
    if (!context)
        return false;
    const std::lock_guard lock(d->tlsMutex);
    d->tls.store(context.get());
    d->tlsContexts.push_back(std::move(context));
    return true;
}

HttpServer::~HttpServer()
{
    d->stopAll();
    for (auto &thread : d->threads)
        thread.join();
}

bool HttpServer::listen(const QHostAddress &address, quint16 port, QString *error)
{
    HttpLimits limits = d->options.limits;
    limits.maxConnections = connectionsTheSystemAllows(limits.maxConnections);
    if (limits.workers <= 0)
        limits.workers = int(std::max(2U, std::thread::hardware_concurrency()));
    d->door = std::make_unique<FrontDoor>(limits, d->options.proxies, d->log, d->options.live);
    if (d->options.tls && !reloadTls(*d->options.tls, error))
        return false;
    boost::system::error_code failed;
    const tcp::endpoint endpoint(
        net::ip::make_address(address.toString().toStdString(), failed), port);
    if (!failed)
        d->acceptor.open(endpoint.protocol(), failed);
    if (!failed)
        d->acceptor.set_option(net::socket_base::reuse_address(true), failed);
    if (!failed)
        d->acceptor.bind(endpoint, failed);
    if (!failed)
        d->acceptor.listen(net::socket_base::max_listen_connections, failed);
    if (failed) {
        *error = QString::fromStdString(failed.message());
        return false;
    }
    for (int i = 0; i < limits.workers; ++i) {
        d->workerLoops.push_back(std::make_unique<net::io_context>(1));
        d->keepWorking.push_back(net::make_work_guard(*d->workerLoops.back()));
    }
    for (auto &loop : d->workerLoops)
        d->threads.emplace_back([this, &loop] { d->work(*loop); });
    std::unique_lock lock(d->mutex);
    d->ready.wait(lock, [this] { return d->readyWorkers == d->workerLoops.size(); });
    if (d->failedWorkers > 0) {
        *error = u"The workers could not open the store."_s;
        lock.unlock();
        d->stopAll();
        return false;
    }
    lock.unlock();
    net::post(d->acceptor.get_executor(), [this] {
        d->accept();
        d->trimNow();
    });
    d->threads.emplace_back([this] { d->io.run(); });
    return true;
}

quint16 HttpServer::serverPort() const
{
    boost::system::error_code failed;
    const auto endpoint = d->acceptor.local_endpoint(failed);
    return failed ? 0 : endpoint.port();
}

int HttpServer::openConnections() const
{
    return d->door ? d->door->connections.open() : 0;
}

int HttpServer::workers() const
{
    return int(d->workerLoops.size());
}
