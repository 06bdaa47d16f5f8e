// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QString>

/// The one-page letter an organiser prints or sends with an invitation: in plain German
/// (the programme's language, whatever the organiser's app speaks), what the app is, how to
/// install it, the QR code of the invitation link, the code in large letters with its last
/// day, and — for a self-signed certificate — the fingerprint to compare.
struct InvitationLetter
{
    QString personName;
    QString municipality; ///< empty for an organiser
    QString code;
    QString link; ///< the invitation link the QR code carries
    QDate validUntil;
    QString server;
    QString fingerprint; ///< empty when the server's certificate is one every device trusts
    QString whereToGetTheApp; ///< the organisers' hint, or empty

    /// The longest hint printed: the letter stays one page.
    static constexpr qsizetype maximumHintLength = 300;

    /// The letter as the HTML it is set from (the QR code as image "qr:code").
    QString html() const;
    /// The letter as an A4 PDF of one page.
    QByteArray pdf() const;
    /// "Einladung-Jonas-Berg.pdf"
    QString fileName() const;
};
