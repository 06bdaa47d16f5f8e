// SPDX-License-Identifier: GPL-3.0-or-later
#include "qrcode.h"

#include <QBuffer>
#include <QPainter>

#include <memory>

#include <qrencode.h>

using namespace Qt::StringLiterals;

namespace {
constexpr int quietZone = 4; ///< modules of white around the code (ISO/IEC 18004)
}

QImage QrCode::image(const QString &text, int moduleSize)
{
    if (text.isEmpty() || text.size() > maximumLength || moduleSize < 1 || moduleSize > 64)
        return {};
    const QByteArray bytes = text.toUtf8();
    const std::unique_ptr<QRcode, decltype(&QRcode_free)> code(
        QRcode_encodeString8bit(bytes.constData(), 0, QR_ECLEVEL_M), &QRcode_free);
    if (!code)
        return {};
    const int modules = code->width;
    const int side = (modules + 2 * quietZone) * moduleSize;
    QImage image(side, side, QImage::Format_Grayscale8);
    image.fill(Qt::white);
    QPainter painter(&image);
    for (int y = 0; y < modules; ++y) {
        for (int x = 0; x < modules; ++x) {
            // The lowest bit of each module's byte: 1 is black.
            if ((code->data[y * modules + x] & 1U) != 0U)
                painter.fillRect((x + quietZone) * moduleSize, (y + quietZone) * moduleSize,
                    moduleSize, moduleSize, Qt::black);
        }
    }
    return image;
}

QString QrCode::dataUrl(const QString &text, int moduleSize)
{
    const QImage code = image(text, moduleSize);
    if (code.isNull())
        return {};
    QByteArray png;
    QBuffer buffer(&png);
    buffer.open(QIODevice::WriteOnly);
    code.save(&buffer, "PNG");
    return u"data:image/png;base64,"_s + QString::fromLatin1(png.toBase64());
}
