// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QNetworkRequest>

class QSslCertificate;
class QUrl;
struct Credentials;

/// A JSON request to an endpoint of the server this device is signed in to: its token as
/// bearer, trust in exactly the self-signed certificate the person confirmed (if any), and a
/// time limit, so that a dead network ends in an answer.
QNetworkRequest serverRequest(const Credentials &credentials, const QString &path);
/// The same from the server's address @p base, the certificates to trust beside the system's
/// and the token.
QNetworkRequest serverRequest(const QUrl &base, const QList<QSslCertificate> &trusted,
    const QString &token, const QString &path);

/// A certificate's SHA-256 fingerprint as people compare it and links carry it: "AB:CD:…".
QString certificateFingerprint(const QSslCertificate &certificate);
