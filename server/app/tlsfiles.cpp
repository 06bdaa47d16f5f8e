// SPDX-License-Identifier: GPL-3.0-or-later
#include "tlsfiles.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QSslKey>

using namespace Qt::StringLiterals;

namespace {
QByteArray read(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}
}

bool TlsFiles::ensureSelfSigned(const QString &certificate, const QString &key, QString *error)
{
    if (QFileInfo::exists(certificate) && QFileInfo::exists(key))
        return true;
    QDir().mkpath(QFileInfo(certificate).absolutePath());
    QProcess openssl;
    openssl.start(u"openssl"_s,
        { u"req"_s, u"-x509"_s, u"-newkey"_s, u"rsa:2048"_s, u"-nodes"_s, u"-days"_s, u"825"_s,
            u"-keyout"_s, key, u"-out"_s, certificate, u"-subj"_s, u"/CN=localhost"_s, u"-addext"_s,
            u"subjectAltName=DNS:localhost,IP:127.0.0.1"_s });
    if (!openssl.waitForFinished(60000) || openssl.exitCode() != 0) {
        *error
            = u"Could not make a certificate with openssl (install the openssl package): %1"_s.arg(
                QString::fromLocal8Bit(openssl.readAllStandardError()).trimmed());
        return false;
    }
    QFile::setPermissions(key, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    return true;
}

std::optional<QSslConfiguration> TlsFiles::load(
    const QString &certificate, const QString &key, QString *error)
{
    const QSslCertificate cert(read(certificate));
    const QSslKey privateKey(read(key), QSsl::Rsa);
    if (cert.isNull()) {
        *error = u"%1 is not a PEM certificate."_s.arg(certificate);
        return std::nullopt;
    }
    if (privateKey.isNull()) {
        *error = u"%1 is not a PEM RSA key."_s.arg(key);
        return std::nullopt;
    }
    auto configuration = QSslConfiguration::defaultConfiguration();
    configuration.setLocalCertificate(cert);
    configuration.setPrivateKey(privateKey);
    return configuration;
}

QString TlsFiles::fingerprint(const QString &certificate)
{
    return QString::fromLatin1(
        QSslCertificate(read(certificate)).digest(QCryptographicHash::Sha256).toHex(':').toUpper());
}
