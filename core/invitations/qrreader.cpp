// SPDX-License-Identifier: GPL-3.0-or-later
#include "qrreader.h"

#include <QImage>

#define ZX_USE_UTF8 1
#include <ZXing/ReadBarcode.h>

namespace QrReader {

QString read(const QImage &image)
{
    if (image.isNull())
        return {};
    QImage grey = image;
    if (std::max(grey.width(), grey.height()) > maximumSide)
        grey = grey.scaled(maximumSide, maximumSide, Qt::KeepAspectRatio, Qt::SmoothTransformation);
    grey = grey.convertToFormat(QImage::Format_Grayscale8);

    ZXing::DecodeHints hints;
    hints.setFormats(ZXing::BarcodeFormat::QRCode);
    hints.setTryHarder(true);
    hints.setTryRotate(true);
    const ZXing::ImageView view(grey.constBits(), grey.width(), grey.height(),
        ZXing::ImageFormat::Lum, int(grey.bytesPerLine()));
    const ZXing::Result result = ZXing::ReadBarcode(view, hints);
    if (!result.isValid())
        return {};
    return QString::fromStdString(result.text());
}

}
