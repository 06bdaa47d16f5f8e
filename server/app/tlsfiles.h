// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSslConfiguration>
#include <QString>

#include <optional>

/// The server's certificate and key: the operator's, or a self-signed pair made on first
/// start so that a newcomer's server speaks HTTPS at once.
namespace TlsFiles {
/// Makes a self-signed certificate for localhost and 127.0.0.1 with the openssl tool if
/// @p certificate does not exist. False with @p error set if that fails.
bool ensureSelfSigned(const QString &certificate, const QString &key, QString *error);
std::optional<QSslConfiguration> load(
    const QString &certificate, const QString &key, QString *error);
/// The SHA-256 fingerprint people compare when they trust the certificate.
QString fingerprint(const QString &certificate);
}
