// SPDX-License-Identifier: GPL-3.0-or-later
#include "programmeevent.h"

#include "nametable.h"

using namespace Qt::StringLiterals;

namespace {
constexpr NameTable<ProgrammeEvent::Kind, 4> kindNames { { {
    { ProgrammeEvent::Kind::ModuleDay, "module_day"_L1 },
    { ProgrammeEvent::Kind::LearningGroup, "learning_group"_L1 },
    { ProgrammeEvent::Kind::InfoTalk, "info_talk"_L1 },
    { ProgrammeEvent::Kind::Deadline, "deadline"_L1 },
} } };
}

QString ProgrammeEvent::kindName(Kind kind)
{
    return kindNames.name(kind);
}

bool ProgrammeEvent::kindFromName(const QString &name, Kind *kind)
{
    return kindNames.fromName(name, kind);
}
