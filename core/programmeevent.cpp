// SPDX-License-Identifier: GPL-3.0-or-later
#include "programmeevent.h"

using namespace Qt::StringLiterals;

namespace {
struct KindName
{
    ProgrammeEvent::Kind kind;
    QLatin1StringView name;
};
constexpr KindName kindNames[] = {
    { ProgrammeEvent::Kind::ModuleDay, "module_day"_L1 },
    { ProgrammeEvent::Kind::LearningGroup, "learning_group"_L1 },
    { ProgrammeEvent::Kind::InfoTalk, "info_talk"_L1 },
    { ProgrammeEvent::Kind::Deadline, "deadline"_L1 },
};
}

QString ProgrammeEvent::kindName(Kind kind)
{
    for (const auto &entry : kindNames) {
        if (entry.kind == kind)
            return entry.name;
    }
    return {};
}

bool ProgrammeEvent::kindFromName(const QString &name, Kind *kind)
{
    for (const auto &entry : kindNames) {
        if (entry.name == name) {
            *kind = entry.kind;
            return true;
        }
    }
    return false;
}
