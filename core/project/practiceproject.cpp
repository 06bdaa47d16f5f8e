// SPDX-License-Identifier: GPL-3.0-or-later
#include "practiceproject.h"

#include "nametable.h"
#include "records.h"

using namespace Qt::StringLiterals;

namespace {
constexpr NameTable<Step::Status, 3> statusNames { { {
    { Step::Status::Open, Records::Step::statusOpen },
    { Step::Status::InProgress, Records::Step::statusInProgress },
    { Step::Status::Done, Records::Step::statusDone },
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
