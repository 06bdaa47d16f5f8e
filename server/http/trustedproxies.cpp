// SPDX-License-Identifier: GPL-3.0-or-later
#include "trustedproxies.h"

using namespace Qt::StringLiterals;

namespace {
/// The addresses of an X-Forwarded-For list, nearest (last) first.
QList<QString> fromForwardedFor(const QByteArray &header)
{
    QList<QString> addresses;
    const auto parts = header.split(',');
    for (auto it = parts.crbegin(); it != parts.crend(); ++it)
        addresses += QString::fromLatin1(it->trimmed());
    return addresses;
}

/// The for= addresses of a Forwarded header (RFC 7239), nearest (last) first: for=1.2.3.4,
/// for="[2001:db8::1]:4711"; anything else ("unknown", an obfuscated name) is no address.
QList<QString> fromForwarded(const QByteArray &header)
{
    QList<QString> addresses;
    const auto elements = header.split(',');
    for (auto it = elements.crbegin(); it != elements.crend(); ++it) {
        QString address;
        for (const auto &pair : it->split(';')) {
            const QByteArray trimmed = pair.trimmed();
            if (!trimmed.toLower().startsWith("for="))
                continue;
            QByteArray value = trimmed.mid(4);
            if (value.startsWith('"') && value.endsWith('"') && value.size() >= 2)
                value = value.mid(1, value.size() - 2);
            if (value.startsWith('[')) // [IPv6]:port
                value = value.mid(1, value.indexOf(']') - 1);
            else if (value.count(':') == 1) // IPv4:port
                value = value.left(value.indexOf(':'));
            address = QString::fromLatin1(value);
        }
        addresses += address;
    }
    return addresses;
}
}

TrustedProxies::TrustedProxies(QList<QHostAddress> proxies)
    : m_proxies(std::move(proxies))
{
}

bool TrustedProxies::trusts(const QString &address) const
{
    if (m_proxies.isEmpty())
        return false;
    const QHostAddress host(address);
    for (const auto &proxy : m_proxies)
        if (proxy.isEqual(host, QHostAddress::TolerantConversion))
            return true;
    return false;
}

QString TrustedProxies::clientOf(
    const QString &peer, const QByteArray &forwardedFor, const QByteArray &forwarded) const
{
    if (!trusts(peer))
        return peer;
    const QList<QString> chain
        = forwarded.isEmpty() ? fromForwardedFor(forwardedFor) : fromForwarded(forwarded);
    for (const QString &hop : chain) {
        if (QHostAddress(hop).isNull())
            return peer; // a hop that is no address: the client cannot be named beyond it
        if (!trusts(hop))
            return QHostAddress(hop).toString();
    }
    return peer;
}
