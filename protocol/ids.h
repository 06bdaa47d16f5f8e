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

/// The record of a text that change @p seq of device @p clientKey replaced in @p field:
/// the same however often the change arrives.
inline QString conflictIdFor(const QString &clientKey, qint64 seq, const QString &field)
{
    static const QUuid conflicts
        = QUuid::fromString(QStringLiteral("0c6b8a34-5e7d-4f21-b3a9-8d2e61f4c7a0"));
    return QUuid::createUuidV5(conflicts, clientKey + u'/' + QString::number(seq) + u'/' + field)
        .toString(QUuid::WithoutBraces);
}

/// A person has one note per date: the devices of that person write the same note.
inline QString noteIdFor(const QString &contactId, const QString &eventId)
{
    static const QUuid notes
        = QUuid::fromString(QStringLiteral("9a3e5f27-4c1b-4d8e-a6f0-3b7c2d9e8f14"));
    return QUuid::createUuidV5(notes, contactId + u'/' + eventId).toString(QUuid::WithoutBraces);
}
}
