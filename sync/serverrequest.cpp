// SPDX-License-Identifier: GPL-3.0-or-later
#include "serverrequest.h"

#include "credentialstore.h"

#include <QSslCertificate>
#include <QSslConfiguration>
#include <QUrl>

using namespace Qt::StringLiterals;

QNetworkRequest serverRequest(const Credentials &credentials, const QString &path)
{
    return serverRequest(QUrl(credentials.server),
        QSslCertificate::fromData(credentials.certificatePem.toUtf8()), credentials.token, path);
}

QNetworkRequest serverRequest(const QUrl &base, const QList<QSslCertificate> &trusted,
    const QString &token, const QString &path)
{
    QNetworkRequest request(base.resolved(QUrl(path)));
    request.setHeader(QNetworkRequest::ContentTypeHeader, u"application/json"_s);
    request.setRawHeader("Authorization", "Bearer " + token.toLatin1());
    request.setTransferTimeout(30000);
    auto tls = QSslConfiguration::defaultConfiguration();
    if (!trusted.isEmpty())
        tls.addCaCertificates(trusted);
    request.setSslConfiguration(tls);
    return request;
}

QString certificateFingerprint(const QSslCertificate &certificate)
{
    return QString::fromLatin1(certificate.digest(QCryptographicHash::Sha256).toHex(':').toUpper());
}
