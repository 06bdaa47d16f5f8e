// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

/// Who is asking, as the server knows it from the device token alone.
struct Identity
{
    enum class Role { Participant, Organiser };

    QString deviceId;
    Role role = Role::Participant;
    QString municipalityId; ///< participants only
    QString contactId; ///< the person's own contact row
};
