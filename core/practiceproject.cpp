// SPDX-License-Identifier: GPL-3.0-or-later
#include "practiceproject.h"

using namespace Qt::StringLiterals;

QString Step::statusName(Status status)
{
    switch (status) {
    case Status::Open:
        return u"open"_s;
    case Status::InProgress:
        return u"in_progress"_s;
    case Status::Done:
        break;
    }
    return u"done"_s;
}

bool Step::statusFromName(const QString &name, Status *status)
{
    for (auto candidate : { Status::Open, Status::InProgress, Status::Done }) {
        if (statusName(candidate) == name) {
            *status = candidate;
            return true;
        }
    }
    return false;
}
