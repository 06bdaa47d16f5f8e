// SPDX-License-Identifier: GPL-3.0-or-later
#include "hangupsignal.h"

#include <csignal>

#include <fcntl.h>
#include <sys/socket.h>
#include <unistd.h>

namespace {
int pipeEnds[2] = { -1, -1 }; ///< written in the handler, read in the event loop

void onHangup(int)
{
    const char byte = 1;
    // Nothing to do if the pipe is full: a reload is pending already.
    [[maybe_unused]] const auto written = ::write(pipeEnds[0], &byte, 1);
}
}

HangupSignal::HangupSignal(std::function<void()> received, QObject *parent)
    : QObject(parent)
    , m_received(std::move(received))
{
    if (::socketpair(AF_UNIX, SOCK_STREAM | SOCK_NONBLOCK | SOCK_CLOEXEC, 0, pipeEnds) != 0)
        return;
    struct sigaction action
    {
    };
    action.sa_handler = onHangup;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_RESTART;
    if (::sigaction(SIGHUP, &action, nullptr) != 0)
        return;
    m_notifier = std::make_unique<QSocketNotifier>(pipeEnds[1], QSocketNotifier::Read);
    connect(m_notifier.get(), &QSocketNotifier::activated, this, [this] {
        char bytes[16];
        while (::read(pipeEnds[1], bytes, sizeof bytes) > 0) { }
        m_received();
    });
}

HangupSignal::~HangupSignal()
{
    if (m_notifier) {
        struct sigaction action
        {
        };
        action.sa_handler = SIG_DFL;
        ::sigaction(SIGHUP, &action, nullptr);
    }
    m_notifier.reset();
    for (int &end : pipeEnds) {
        if (end >= 0)
            ::close(end);
        end = -1;
    }
}
