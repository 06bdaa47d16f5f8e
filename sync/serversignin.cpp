// SPDX-License-Identifier: GPL-3.0-or-later
#include "serversignin.h"

#include "invitationlink.h"
#include "serverrequest.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSslCertificate>

using namespace Qt::StringLiterals;

ServerSignIn::ServerSignIn(CredentialStore &credentials, QNetworkAccessManager &network)
    : m_credentials(credentials)
    , m_network(network)
{
}

void ServerSignIn::startFromLink(const QString &link)
{
    QString problem;
    const auto invitation = InvitationLink::parse(link, &problem);
    if (!invitation) {
        Q_EMIT finished(u"invalid_link"_s, problem, {});
        return;
    }
    start(invitation->server.toString(), invitation->code, invitation->fingerprint);
}

void ServerSignIn::retryTrusting(const QString &fingerprint)
{
    start(m_lastServer, m_lastCode, fingerprint);
}

void ServerSignIn::start(
    const QString &server, const QString &code, const QString &trustedFingerprint)
{
    m_lastServer = server;
    m_lastCode = code;
    const QUrl base(server.trimmed().endsWith(u'/') ? server.trimmed() : server.trimmed() + u'/');
    if (!base.isValid() || base.scheme() != "https"_L1 || base.host().isEmpty()) {
        Q_EMIT finished(
            u"invalid"_s, tr("Please enter the server address, starting with https://"), {});
        return;
    }
    if (code.trimmed().size() < 8) {
        Q_EMIT finished(u"invalid"_s, tr("Please enter the sign-in code you were given."), {});
        return;
    }
    QNetworkRequest request(base.resolved(QUrl(u"v1/redeem"_s)));
    request.setHeader(QNetworkRequest::ContentTypeHeader, u"application/json"_s);
    request.setTransferTimeout(30000);
    QNetworkReply *reply = m_network.post(request,
        QJsonDocument(QJsonObject { { u"code"_s, code.trimmed() },
                          { u"deviceName"_s, QSysInfo::prettyProductName().left(100) } })
            .toJson(QJsonDocument::Compact));
    auto certificate = std::make_shared<QSslCertificate>();
    connect(reply, &QNetworkReply::sslErrors, this,
        [reply, trustedFingerprint, certificate](const QList<QSslError> &) {
            *certificate = reply->sslConfiguration().peerCertificate();
            // Only the certificate the person confirmed by its fingerprint, nothing else.
            if (!trustedFingerprint.isEmpty()
                && certificateFingerprint(*certificate) == trustedFingerprint)
                reply->ignoreSslErrors();
        });
    connect(reply, &QNetworkReply::finished, this,
        [this, reply, base, certificate, trustedFingerprint] {
            reply->deleteLater();
            const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
            const auto body = QJsonDocument::fromJson(reply->readAll()).object();
            if (status == 0 && !certificate->isNull() && trustedFingerprint.isEmpty()) {
                Q_EMIT finished(u"untrusted_certificate"_s,
                    tr("This device does not know this server yet. Compare its fingerprint "
                       "below with the one in your invitation letter. Only if both are the "
                       "same, choose “They match”."),
                    certificateFingerprint(*certificate));
                return;
            }
            if (status == 0 && !certificate->isNull()) {
                // Not the certificate the invitation (or the person) named: no sign-in.
                Q_EMIT finished(u"certificate_mismatch"_s,
                    tr("This server is not the one your invitation names, so this device did "
                       "not sign in. Please ask the organisers."),
                    certificateFingerprint(*certificate));
                return;
            }
            if (status == 0) {
                Q_EMIT finished(u"offline"_s,
                    tr("The server cannot be reached: %1").arg(reply->errorString()), {});
                return;
            }
            if (status != 200) {
                // The server speaks English; the known refusal is said in the app's language.
                const QString error = body.value("error"_L1).toString(u"server"_s);
                Q_EMIT finished(error,
                    error == "invalid_code"_L1
                        ? tr("This code is unknown, used already or past its date. Ask the "
                             "organisers for a new one.")
                        : status == 503 || status == 429
                        ? tr("The server cannot sign you in just now. Your code stays valid; "
                             "please try again in a minute.")
                        : tr("The server refused the sign-in."),
                    {});
                return;
            }
            const Credentials credentials { base.toString(), body.value("token"_L1).toString(),
                certificate->isNull() ? QString() : QString::fromLatin1(certificate->toPem()),
                body.value("personId"_L1).toString(), body.value("municipalityId"_L1).toString(),
                body.value("role"_L1).toString() };
            if (!credentials.isValid() || !m_credentials.save(credentials)) {
                Q_EMIT finished(
                    u"storage"_s, tr("The sign-in could not be saved on this device."), {});
                return;
            }
            Q_EMIT signedIn(credentials);
            Q_EMIT finished({}, {}, {});
        });
}
