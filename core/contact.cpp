// SPDX-License-Identifier: GPL-3.0-or-later
#include "contact.h"

using namespace Qt::StringLiterals;

QString Contact::roleName(Role role)
{
    switch (role) {
    case Role::Organiser:
        return u"organiser"_s;
    case Role::Facilitator:
        return u"facilitator"_s;
    case Role::Participant:
        break;
    }
    return u"participant"_s;
}

bool Contact::roleFromName(const QString &name, Role *role)
{
    for (auto candidate : { Role::Organiser, Role::Facilitator, Role::Participant }) {
        if (roleName(candidate) == name) {
            *role = candidate;
            return true;
        }
    }
    return false;
}
