// SPDX-License-Identifier: GPL-3.0-or-later
#include "connectionlimits.h"

#include <QString>

ConnectionTicket::ConnectionTicket(ConnectionLimits *limits, std::string address)
    : m_limits(limits)
    , m_address(std::move(address))
{
}

ConnectionTicket::ConnectionTicket(ConnectionTicket &&other) noexcept
    : m_limits(std::exchange(other.m_limits, nullptr))
    , m_address(std::move(other.m_address))
{
}

ConnectionTicket &ConnectionTicket::operator=(ConnectionTicket &&other) noexcept
{
    if (this != &other) {
        if (m_limits)
            m_limits->release(m_address);
        m_limits = std::exchange(other.m_limits, nullptr);
        m_address = std::move(other.m_address);
    }
    return *this;
}

ConnectionTicket::~ConnectionTicket()
{
    if (m_limits)
        m_limits->release(m_address);
}

ConnectionLimits::ConnectionLimits(int overall, int perAddress, const TrustedProxies &proxies)
    : m_overall(overall)
    , m_perAddress(perAddress)
    , m_proxies(proxies)
{
}

ConnectionTicket ConnectionLimits::admit(const std::string &address, Refusal *refusal)
{
    const bool proxy = m_proxies.trusts(QString::fromStdString(address));
    const std::lock_guard lock(m_mutex);
    if (m_open >= m_overall) {
        *refusal = Refusal::Overall;
        return {};
    }
    if (!proxy) {
        int &count = m_byAddress[address];
        if (count >= m_perAddress) {
            *refusal = Refusal::Address;
            return {};
        }
        ++count;
    }
    ++m_open;
    *refusal = Refusal::None;
    return ConnectionTicket(this, proxy ? std::string() : address);
}

void ConnectionLimits::release(const std::string &address)
{
    const std::lock_guard lock(m_mutex);
    --m_open;
    if (address.empty())
        return;
    const auto found = m_byAddress.find(address);
    if (found != m_byAddress.end() && --found->second <= 0)
        m_byAddress.erase(found);
}

int ConnectionLimits::open() const
{
    const std::lock_guard lock(m_mutex);
    return m_open;
}
