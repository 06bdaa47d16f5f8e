// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QHostAddress>
#include <QList>
#include <QString>

/// The proxies the operator named (--trusted-proxy): only a connection from one of them may
/// say, in X-Forwarded-For or Forwarded, which client it speaks for. From anyone else those
/// headers are ignored, so that no client can pass itself off as another address.
class TrustedProxies
{
public:
    TrustedProxies() = default;
    explicit TrustedProxies(QList<QHostAddress> proxies);

    bool trusts(const QString &address) const;
    bool isEmpty() const { return m_proxies.isEmpty(); }

    /// The client's address: @p peer itself, or, when @p peer is a trusted proxy, the
    /// nearest address in its forwarding headers that is not a trusted proxy (the headers'
    /// earlier entries are the client's own claims and are not believed).
    QString clientOf(
        const QString &peer, const QByteArray &forwardedFor, const QByteArray &forwarded) const;

private:
    QList<QHostAddress> m_proxies;
};
