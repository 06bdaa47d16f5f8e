// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QImage>
#include <QString>

/// A QR code (ISO/IEC 18004) of a text, as an image to show or print. Made by libqrencode,
/// the encoder Debian ships and many programs use, rather than by code of our own.
class QrCode
{
public:
    /// The longest text encoded: an invitation link is far shorter.
    static constexpr qsizetype maximumLength = 1000;

    /// @p text as black modules on white, @p moduleSize pixels each, with the quiet zone of
    /// four modules the standard asks for; error correction level M (a crumpled letter still
    /// scans). A null image if @p text is empty or too long.
    static QImage image(const QString &text, int moduleSize = 8);
    /// The image as a PNG in a data: address, for an Image on screen.
    static QString dataUrl(const QString &text, int moduleSize = 8);
};
