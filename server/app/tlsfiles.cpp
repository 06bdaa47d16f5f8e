// SPDX-License-Identifier: GPL-3.0-or-later
#include "tlsfiles.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QSslCertificate>

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
        { u"req"_s, u"-x509"_s, u"-newkey"_s, u"ec"_s, u"-pkeyopt"_s, u"ec_paramgen_curve:P-256"_s,
            u"-nodes"_s, u"-days"_s, u"825"_s, u"-keyout"_s, key, u"-out"_s, certificate,
            u"-subj"_s, u"/CN=localhost"_s, u"-addext"_s,
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

std::optional<TlsSettings> TlsFiles::load(
    const QString &certificate, const QString &key, QString *error, QString *warning)
{
    TlsSettings settings { read(certificate), read(key) };
    if (settings.certificateChain.isEmpty()) {
        *error = u"The certificate %1 cannot be read."_s.arg(certificate);
        return std::nullopt;
    }
    if (settings.privateKey.isEmpty()) {
        *error = u"The key %1 cannot be read."_s.arg(key);
        return std::nullopt;
    }
    *error = settings.problem(warning);
    if (!error->isEmpty())
        return std::nullopt;
    return settings;
}

QString TlsFiles::fingerprint(const QString &certificate)
{
    return QString::fromLatin1(
        QSslCertificate(read(certificate)).digest(QCryptographicHash::Sha256).toHex(':').toUpper());
}
