// SPDX-License-Identifier: GPL-3.0-or-later
#include "calendarsubscription.h"

#include "appsettings.h"
#include "credentialstore.h"
#include "displaycontext.h"
#include "serverrequest.h"
#include "synccontroller.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>

using namespace Qt::StringLiterals;

CalendarSubscription::CalendarSubscription(SyncController &sync, CredentialStore &credentials,
    AppSettings &settings, DisplayContext &context, QNetworkAccessManager &network, QObject *parent)
    : QObject(parent)
    , m_sync(sync)
    , m_credentials(credentials)
    , m_settings(settings)
    , m_context(context)
    , m_network(network)
{
    connect(&m_sync, &SyncController::signedInChanged, this, &CalendarSubscription::changed);
}

bool CalendarSubscription::available() const
{
    return m_sync.signedIn();
}

bool CalendarSubscription::busy() const
{
    return m_busy;
}

QString CalendarSubscription::address() const
{
    return available() ? m_settings.calendarAddress() : QString();
}

QString CalendarSubscription::webcalAddress() const
{
    QUrl url(address());
    if (url.isEmpty())
        return {};
    // webcals:// for an https:// address: calendar programs that take webcal:// as plain
    // http:// (Thunderbird, ICSx⁵) would not reach a server that speaks HTTPS only.
    url.setScheme(url.scheme() == "https"_L1 ? u"webcals"_s : u"webcal"_s);
    return url.toString();
}

QString CalendarSubscription::message() const
{
    return m_message;
}

QNetworkReply *CalendarSubscription::send(const QByteArray &method, const QByteArray &body)
{
    const QNetworkRequest request = serverRequest(m_credentials.load(), u"v1/calendar-feed"_s);
    m_busy = true;
    Q_EMIT changed();
    return m_network.sendCustomRequest(request, method, body);
}

void CalendarSubscription::done(const QString &message)
{
    m_busy = false;
    m_message = message;
    Q_EMIT changed();
}

void CalendarSubscription::subscribe()
{
    if (!available() || m_busy)
        return;
    const QByteArray body
        = QJsonDocument(QJsonObject { { u"language"_s, m_context.language() } }).toJson();
    QNetworkReply *reply = send("POST", body);
    connect(reply, &QNetworkReply::finished, this, [this, reply] {
        reply->deleteLater();
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        const QString path
            = QJsonDocument::fromJson(reply->readAll()).object().value("path"_L1).toString();
        if (status != 200 || !path.startsWith("/v1/calendar/"_L1))
            return done(refusal(status,
                //: %1 is an HTTP status number
                tr("The server could not make the subscription (%1).").arg(status)));
        const QUrl server(m_credentials.load().server);
        m_settings.setCalendarAddress(server.resolved(QUrl(path.mid(1))).toString());
        done(tr("Your calendar subscription is ready. Add its address to your calendar program: "
                "changes by the organisers then appear there by themselves."));
    });
}

QString CalendarSubscription::refusal(int status, const QString &otherwise) const
{
    if (status == 0)
        return tr("The server cannot be reached. Please try again when you are online.");
    if (status == 403)
        return tr("This device has been signed out by the organisers.");
    if (status == 401)
        return tr("Please sign in again.");
    if (status == 503)
        return tr("The server cannot do this just now; please try again in a minute.");
    return otherwise;
}

void CalendarSubscription::unsubscribe()
{
    if (!available() || m_busy)
        return;
    QNetworkReply *reply = send("DELETE", {});
    connect(reply, &QNetworkReply::finished, this, [this, reply] {
        reply->deleteLater();
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        // 404: there was none any more (ended on another device): ended all the same.
        if (status != 200 && status != 404)
            return done(
                refusal(status, tr("The server could not end the subscription (%1).").arg(status)));
        m_settings.setCalendarAddress({});
        done(tr("The calendar subscription has ended. Its address no longer works."));
    });
}
