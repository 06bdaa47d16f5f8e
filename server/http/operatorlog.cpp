// SPDX-License-Identifier: GPL-3.0-or-later
#include "operatorlog.h"

#include <QDateTime>
#include <QHostAddress>

#include <cstdio>

using namespace Qt::StringLiterals;

OperatorLog::OperatorLog(Sink sink)
    : m_sink(std::move(sink))
{
    m_minute.start();
}

void OperatorLog::write(const QString &event, const QString &detail)
{
    const std::lock_guard lock(m_mutex);
    emitLine(event, detail);
}

void OperatorLog::writeOncePerMinute(
    const QString &key, const QString &event, const QString &detail)
{
    const std::lock_guard lock(m_mutex);
    if (m_minute.elapsed() >= qint64(60) * 1000) {
        m_minute.restart();
        m_writtenThisMinute.clear();
    }
    if (m_writtenThisMinute.contains(key))
        return;
    m_writtenThisMinute.insert(key);
    emitLine(event, detail);
}

void OperatorLog::emitLine(const QString &event, const QString &detail)
{
    const QString line
        = u"%1 %2: %3"_s.arg(QDateTime::currentDateTimeUtc().toString(Qt::ISODate), event, detail);
    if (m_sink) {
        m_sink(line);
        return;
    }
    std::fprintf(stderr, "%s\n", qPrintable(line));
    std::fflush(stderr);
}

QString OperatorLog::networkOf(const QString &address)
{
    QHostAddress host(address);
    bool isV4 = false;
    const quint32 v4 = host.toIPv4Address(&isV4); // also an IPv4 address mapped into IPv6
    if (isV4)
        return u"%1/24"_s.arg(QHostAddress(v4 & 0xffffff00U).toString());
    if (host.protocol() != QAbstractSocket::IPv6Protocol)
        return u"unknown network"_s;
    Q_IPV6ADDR bytes = host.toIPv6Address();
    for (int i = 6; i < 16; ++i)
        bytes[i] = 0;
    return u"%1/48"_s.arg(QHostAddress(bytes).toString());
}
