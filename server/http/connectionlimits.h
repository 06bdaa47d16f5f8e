// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "trustedproxies.h"

#include <mutex>
#include <string>
#include <unordered_map>

class ConnectionLimits;

/// One admitted connection: counted while it lives.
class ConnectionTicket
{
public:
    ConnectionTicket() = default;
    ConnectionTicket(ConnectionLimits *limits, std::string address);
    ConnectionTicket(ConnectionTicket &&other) noexcept;
    ConnectionTicket &operator=(ConnectionTicket &&other) noexcept;
    ConnectionTicket(const ConnectionTicket &) = delete;
    ConnectionTicket &operator=(const ConnectionTicket &) = delete;
    ~ConnectionTicket();

private:
    ConnectionLimits *m_limits = nullptr;
    std::string m_address;
};

/// How many connections are open, in all and per client address, so that one address
/// cannot take every slot. A trusted proxy's address carries everyone's connections and has
/// only the overall limit. Safe to use from every thread.
class ConnectionLimits
{
public:
    enum class Refusal { None, Overall, Address };

    ConnectionLimits(int overall, int perAddress, const TrustedProxies &proxies);

    /// A ticket for a new connection from @p address, or an empty one with *refusal set.
    ConnectionTicket admit(const std::string &address, Refusal *refusal);
    int open() const;

private:
    friend class ConnectionTicket;
    void release(const std::string &address);

    int m_overall;
    int m_perAddress;
    const TrustedProxies &m_proxies;
    mutable std::mutex m_mutex;
    int m_open = 0;
    std::unordered_map<std::string, int> m_byAddress;
};
