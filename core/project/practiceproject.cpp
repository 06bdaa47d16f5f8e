// SPDX-License-Identifier: GPL-3.0-or-later
#include "practiceproject.h"

#include "nametable.h"

using namespace Qt::StringLiterals;

namespace {
constexpr NameTable<Step::Status, 3> statusNames { { {
    { Step::Status::Open, "open"_L1 },
    { Step::Status::InProgress, "in_progress"_L1 },
    { Step::Status::Done, "done"_L1 },
} } };
}

QString Step::statusName(Status status)
{
    return statusNames.name(status);
}

bool Step::statusFromName(const QString &name, Status *status)
{
    return statusNames.fromName(name, status);
}
