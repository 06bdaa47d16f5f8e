// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QUuid>

/// Ids that every device and the server derive alike.
namespace Ids {
/// A municipality has one project, and its id follows from the municipality's: two devices
/// that start it offline create the same project, and the server knows whose it is.
inline QString projectIdFor(const QString &municipalityId)
{
    static const QUuid projects
        = QUuid::fromString(QStringLiteral("6f1d3c52-2f0e-4b7a-9a57-2f4e0b6a1c11"));
    return QUuid::createUuidV5(projects, municipalityId).toString(QUuid::WithoutBraces);
}
}
