// SPDX-License-Identifier: GPL-3.0-or-later
#include "contact.h"

#include "nametable.h"

using namespace Qt::StringLiterals;

namespace {
constexpr NameTable<Contact::Role, 3> roleNames { { {
    { Contact::Role::Organiser, "organiser"_L1 },
    { Contact::Role::Facilitator, "facilitator"_L1 },
    { Contact::Role::Participant, "participant"_L1 },
} } };
}

QString Contact::roleName(Role role)
{
    return roleNames.name(role);
}

bool Contact::roleFromName(const QString &name, Role *role)
{
    return roleNames.fromName(name, role);
}
