// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "credentialstore.h"

#include <QObject>
#include <QQmlEngine>
#include <QUrl>

class QNetworkAccessManager;

/// Signing this device in with a one-time code: redeems it at the server, trusts a
/// self-signed certificate only by the fingerprint the person confirmed, and keeps what the
/// server answers in the credential store.
class ServerSignIn : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Part of SyncController")
public:
    ServerSignIn(CredentialStore &credentials, QNetworkAccessManager &network);

    /// Redeems @p code at @p server. A self-signed certificate is accepted only if its
    /// SHA-256 fingerprint is @p trustedFingerprint (shown to the person after a first try).
    Q_INVOKABLE void start(
        const QString &server, const QString &code, const QString &trustedFingerprint = {});
    /// Signs in with an invitation link (protocol/invitationlink.h), pasted or opened: its
    /// server, its code, and trust in exactly the certificate it names. A text that is no
    /// invitation finishes at once with error "invalid_link" and the reason.
    Q_INVOKABLE void startFromLink(const QString &link);
    /// Tries the last sign-in again (typed or from a link), trusting the certificate whose
    /// fingerprint the person compared with their letter and found the same.
    Q_INVOKABLE void retryTrusting(const QString &fingerprint);

public Q_SLOTS:
    /// The link as the system hands it over when the person opens it (a URL handler).
    void openLink(const QUrl &link) { startFromLink(link.toString()); }

Q_SIGNALS:
    /// Empty @p error: signed in. "untrusted_certificate": @p detail is the fingerprint.
    void finished(const QString &error, const QString &message, const QString &detail);
    /// The sign-in is saved; emitted before finished() says so.
    void signedIn(const Credentials &credentials);

private:
    CredentialStore &m_credentials;
    QNetworkAccessManager &m_network;
    QString m_lastServer; ///< of the last attempt, for retryTrusting()
    QString m_lastCode;
};
