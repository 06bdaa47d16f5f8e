// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "tlssettings.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslKey>

#include <memory>

/// The tests' side of real TLS on 127.0.0.1: the test certificate and key (tests/server/data)
/// for the server, and requests that trust exactly that certificate.
class HttpsClient
{
public:
    static QByteArray testFile(const QString &name)
    {
        QFile data(QStringLiteral(TEST_DATA) + u'/' + name);
        return data.open(QIODevice::ReadOnly) ? data.readAll() : QByteArray();
    }

    /// The server's TLS settings: the test certificate and its key.
    static TlsSettings serverTlsSettings()
    {
        return { testFile(QStringLiteral("test-cert.pem")),
            testFile(QStringLiteral("test-key.pem")) };
    }

    struct Answer
    {
        int status = 0; ///< 0: no answer within 10 s
        QByteArray contentType;
        QByteArray body;
        QHash<QByteArray, QByteArray> headers; ///< by lower-case name
        QJsonObject json() const { return QJsonDocument::fromJson(body).object(); }
    };

    HttpsClient()
        : m_certificate(testFile(QStringLiteral("test-cert.pem")))
    {
    }

    const QSslCertificate &certificate() const { return m_certificate; }

    /// Sends @p method to https://127.0.0.1:@p port@p path, with @p token as bearer and
    /// @p headers besides.
    Answer call(quint16 port, const QByteArray &method, const QString &path,
        const QByteArray &body = {}, const QString &token = {},
        const QList<std::pair<QByteArray, QByteArray>> &headers = {})
    {
        QNetworkRequest request(QUrl(QStringLiteral("https://127.0.0.1:%1%2").arg(port).arg(path)));
        auto tls = QSslConfiguration::defaultConfiguration();
        tls.addCaCertificate(m_certificate);
        request.setSslConfiguration(tls);
        request.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
        if (!token.isEmpty())
            request.setRawHeader("Authorization", "Bearer " + token.toLatin1());
        for (const auto &[name, value] : headers)
            request.setRawHeader(name, value);
        std::unique_ptr<QNetworkReply> reply(m_network.sendCustomRequest(request, method, body));
        QSignalSpy done(reply.get(), &QNetworkReply::finished);
        if (!reply->isFinished() && !done.wait(10000))
            return {};
        QHash<QByteArray, QByteArray> received;
        for (const auto &[name, value] : reply->rawHeaderPairs())
            received.insert(name.toLower(), value);
        return { reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(),
            reply->header(QNetworkRequest::ContentTypeHeader).toByteArray(), reply->readAll(),
            received };
    }

    QNetworkAccessManager &network() { return m_network; }

private:
    QSslCertificate m_certificate;
    QNetworkAccessManager m_network;
};
