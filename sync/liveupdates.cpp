// SPDX-License-Identifier: GPL-3.0-or-later
#include "liveupdates.h"

#include "serverrequest.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>

using namespace Qt::StringLiterals;

namespace {
/// News is gathered this long, and each device waits up to as long again besides, so that a
/// release reaching a thousand phones does not arrive as a thousand syncs in one instant.
constexpr int gatherMs = 150;
}

LiveUpdates::LiveUpdates(Positions positions, QObject *parent)
    : QObject(parent)
    , m_positions(std::move(positions))
{
    m_retry.setSingleShot(true);
    m_gather.setSingleShot(true);
    connect(&m_retry, &QTimer::timeout, this, &LiveUpdates::openIfWanted);
    connect(&m_gather, &QTimer::timeout, this, [this] {
        if (behind()) // a sync that ended meanwhile may have brought it
            Q_EMIT syncWanted();
    });
    connect(&m_socket, &QWebSocket::connected, this, [this] {
        m_failures = 0;
        // Back after a break: what happened meanwhile was not heard.
        if (m_wasOpen)
            Q_EMIT syncWanted();
        m_wasOpen = true;
        Q_EMIT openChanged();
    });
    connect(&m_socket, &QWebSocket::disconnected, this, [this] {
        Q_EMIT openChanged();
        retryLater();
    });
    connect(&m_socket, &QWebSocket::textMessageReceived, this, &LiveUpdates::received);
}

LiveUpdates::~LiveUpdates()
{
    // The socket closes as it goes and says so; its timers are gone by then.
    disconnect(&m_socket, nullptr, this, nullptr);
}

void LiveUpdates::setCredentials(const Credentials &credentials)
{
    m_credentials = credentials;
    m_wasOpen = false;
    m_failures = 0;
    m_retry.stop();
    m_socket.abort();
    openIfWanted();
}

void LiveUpdates::setForeground(bool foreground)
{
    m_foreground = foreground;
    if (!foreground) {
        m_retry.stop();
        m_socket.close();
        return;
    }
    m_failures = 0;
    openIfWanted();
}

bool LiveUpdates::isOpen() const
{
    return m_socket.state() == QAbstractSocket::ConnectedState;
}

void LiveUpdates::openIfWanted()
{
    if (!m_credentials.isValid() || !m_foreground
        || m_socket.state() != QAbstractSocket::UnconnectedState)
        return;
    QNetworkRequest request = serverRequest(m_credentials, u"v1/live"_s);
    QUrl url = request.url();
    url.setScheme(url.scheme() == "http"_L1 ? u"ws"_s : u"wss"_s);
    request.setUrl(url);
    m_socket.setSslConfiguration(request.sslConfiguration()); // not taken from the request
    m_socket.open(request);
}

void LiveUpdates::retryLater()
{
    if (!m_credentials.isValid() || !m_foreground)
        return;
    // 1, 2, 4 … up to 60 seconds, each somewhere between half and all of it: after a
    // server restart the phones come back spread out, not all in one second.
    const int ceiling = qMin(maxRetryMs, 1000 << qMin(m_failures, 6));
    ++m_failures;
    m_retry.start(ceiling / 2 + int(QRandomGenerator::global()->bounded(ceiling / 2 + 1)));
}

void LiveUpdates::received(const QString &message)
{
    const QJsonObject news = QJsonDocument::fromJson(message.toUtf8()).object();
    const QString scope = news.value("scope"_L1).toString();
    const qint64 version = news.value("version"_L1).toInteger(-1);
    if (scope.isEmpty() || version < 0)
        return;
    m_news[scope] = qMax(m_news.value(scope, 0), version);
    // The device's own changes come back as news too: it has them already.
    if (m_positions().value(scope, 0) >= version)
        return;
    if (!m_gather.isActive())
        m_gather.start(gatherMs + int(QRandomGenerator::global()->bounded(gatherMs)));
}

bool LiveUpdates::behind() const
{
    const auto positions = m_positions();
    for (auto it = m_news.cbegin(); it != m_news.cend(); ++it) {
        if (positions.value(it.key(), 0) < it.value())
            return true;
    }
    return false;
}

bool LiveUpdates::takeNewsMissed()
{
    const bool missed = behind();
    m_news.clear();
    return missed;
}
