// SPDX-License-Identifier: GPL-3.0-or-later
#include "contact.h"

#include "nametable.h"
#include "records.h"

using namespace Qt::StringLiterals;

namespace {
constexpr NameTable<Contact::Role, 4> roleNames { { {
    { Contact::Role::Organiser, Records::Contact::roleOrganiser },
    { Contact::Role::Facilitator, Records::Contact::roleFacilitator },
    { Contact::Role::Speaker, Records::Contact::roleSpeaker },
    { Contact::Role::Participant, Records::Contact::roleParticipant },
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
