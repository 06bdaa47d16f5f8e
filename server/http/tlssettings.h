// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

/// The server's certificate and key, as PEM: the certificate first, then any intermediate
/// certificates of its chain (all are sent, so that clients can verify a certificate from a
/// public authority); an RSA or an EC key.
///
/// Connections speak TLS 1.3, or TLS 1.2 with the suites BSI TR-02102-2 recommends that
/// have forward secrecy and authenticated encryption (ECDHE with AES-GCM), nothing older.
struct TlsSettings
{
    QByteArray certificateChain;
    QByteArray privateKey;

    /// Why these cannot serve (no certificate, no key, a key of another certificate), or
    /// empty. @p warning gets a note that does not stop serving (the certificate expired, is
    /// not valid yet, or expires within renewWithinDays).
    QString problem(QString *warning = nullptr) const;
    static constexpr int renewWithinDays = 21;
};
