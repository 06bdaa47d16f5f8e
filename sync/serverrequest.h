// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QNetworkRequest>

class QSslCertificate;
struct Credentials;

/// A JSON request to an endpoint of the server this device is signed in to: its token as
/// bearer, trust in exactly the self-signed certificate the person confirmed (if any), and a
/// time limit, so that a dead network ends in an answer.
QNetworkRequest serverRequest(const Credentials &credentials, const QString &path);

/// A certificate's SHA-256 fingerprint as people compare it and links carry it: "AB:CD:…".
QString certificateFingerprint(const QSslCertificate &certificate);
