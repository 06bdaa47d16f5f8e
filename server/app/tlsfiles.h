// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "tlssettings.h"

#include <QString>

#include <optional>

/// The server's certificate and key: the operator's, or a self-signed pair made on first
/// start so that a newcomer's server speaks HTTPS at once.
namespace TlsFiles {
/// Makes a self-signed certificate (P-256 EC key) for localhost and 127.0.0.1 with the
/// openssl tool if @p certificate does not exist. False with @p error set if that fails.
bool ensureSelfSigned(const QString &certificate, const QString &key, QString *error);
/// The certificate file (with its chain) and the key file, checked (TlsSettings::problem);
/// empty with @p error set if they cannot serve; @p warning gets what an operator should
/// know but does not stop serving.
std::optional<TlsSettings> load(
    const QString &certificate, const QString &key, QString *error, QString *warning);
/// The SHA-256 fingerprint people compare when they trust the certificate.
QString fingerprint(const QString &certificate);
}
