// SPDX-License-Identifier: GPL-3.0-or-later
#include "programmeevent.h"

#include "nametable.h"
#include "records.h"

using namespace Qt::StringLiterals;

namespace {
constexpr NameTable<ProgrammeEvent::Kind, 4> kindNames { { {
    { ProgrammeEvent::Kind::ModuleDay, Records::ProgrammeDate::kindModuleDay },
    { ProgrammeEvent::Kind::LearningGroup, Records::ProgrammeDate::kindLearningGroup },
    { ProgrammeEvent::Kind::InfoTalk, Records::ProgrammeDate::kindInfoTalk },
    { ProgrammeEvent::Kind::Deadline, Records::ProgrammeDate::kindDeadline },
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
