// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

class QImage;

/// Reading a QR code from a picture: a camera frame, a photo of the printed invitation
/// letter or a screenshot of it. Decoding is ZXing-C++ from Debian's packages (the README's
/// "How it is built" says why).
namespace QrReader {
/// A larger picture is scaled down to this longest side first, which bounds the time and
/// memory one picture costs; a QR code on a photographed A4 letter stays readable.
constexpr int maximumSide = 1600;

/// The text of the QR code in @p image, or empty when none can be read.
QString read(const QImage &image);
}
