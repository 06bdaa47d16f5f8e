// SPDX-License-Identifier: GPL-3.0-or-later
#include "serverrequest.h"

#include "credentialstore.h"

#include <QSslCertificate>
#include <QSslConfiguration>
#include <QUrl>

using namespace Qt::StringLiterals;

QNetworkRequest serverRequest(const Credentials &credentials, const QString &path)
{
    QNetworkRequest request(QUrl(credentials.server).resolved(QUrl(path)));
    request.setHeader(QNetworkRequest::ContentTypeHeader, u"application/json"_s);
    request.setRawHeader("Authorization", "Bearer " + credentials.token.toLatin1());
    request.setTransferTimeout(30000);
    auto tls = QSslConfiguration::defaultConfiguration();
    if (!credentials.certificatePem.isEmpty())
        tls.addCaCertificates(QSslCertificate::fromData(credentials.certificatePem.toUtf8()));
    request.setSslConfiguration(tls);
    return request;
}

QString certificateFingerprint(const QSslCertificate &certificate)
{
    return QString::fromLatin1(certificate.digest(QCryptographicHash::Sha256).toHex(':').toUpper());
}
