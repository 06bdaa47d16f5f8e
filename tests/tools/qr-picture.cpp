// SPDX-License-Identifier: GPL-3.0-or-later
// Writes TEXT as a QR code to FILE.png, as the invitation letter prints it (for the task walk:
// a photo of the letter's code). Usage: qr-picture TEXT FILE.png
#include "qrcode.h"

#include <QGuiApplication>
#include <QImage>

#include <cstdio>

int main(int argc, char *argv[])
{
    QGuiApplication app(argc, argv);
    const QStringList arguments = QGuiApplication::arguments();
    if (arguments.size() != 3) {
        std::fputs("Usage: qr-picture TEXT FILE.png\n", stderr);
        return 2;
    }
    const QImage image = QrCode::image(arguments.at(1));
    return !image.isNull() && image.save(arguments.at(2), "PNG") ? 0 : 1;
}
