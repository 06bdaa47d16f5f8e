// SPDX-License-Identifier: GPL-3.0-or-later
#include "programmedate.h"

#include "nametable.h"
#include "records.h"

using namespace Qt::StringLiterals;

namespace {
constexpr NameTable<ProgrammeDate::Kind, 4> kindNames { { {
    { ProgrammeDate::Kind::ModuleDay, Records::ProgrammeDate::kindModuleDay },
    { ProgrammeDate::Kind::LearningGroup, Records::ProgrammeDate::kindLearningGroup },
    { ProgrammeDate::Kind::InfoTalk, Records::ProgrammeDate::kindInfoTalk },
    { ProgrammeDate::Kind::Deadline, Records::ProgrammeDate::kindDeadline },
} } };
}

QString ProgrammeDate::kindName(Kind kind)
{
    return kindNames.name(kind);
}

bool ProgrammeDate::kindFromName(const QString &name, Kind *kind)
{
    return kindNames.fromName(name, kind);
}
