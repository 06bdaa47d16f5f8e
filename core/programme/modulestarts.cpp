// SPDX-License-Identifier: GPL-3.0-or-later
#include "modulestarts.h"

#include "programmezone.h"

ModuleStarts::ModuleStarts(const QList<ProgrammeDate> &events)
{
    for (const auto &event : events) {
        if (event.kind != ProgrammeDate::Kind::ModuleDay || event.cancelled)
            continue;
        const QDate day = ProgrammeZone::localDate(event.startsAt);
        const auto known = m_starts.constFind(event.moduleNumber);
        if (known == m_starts.cend() || day < *known)
            m_starts.insert(event.moduleNumber, day);
    }
}

QDate ModuleStarts::of(int module) const
{
    return m_starts.value(module);
}

QList<int> ModuleStarts::begunBy(QDate today) const
{
    QList<int> begun;
    for (auto it = m_starts.cbegin(); it != m_starts.cend(); ++it) {
        if (it.value() <= today)
            begun.append(it.key());
    }
    std::sort(begun.begin(), begun.end());
    return begun;
}

QDate ModuleStarts::dueDate(const Step &step) const
{
    if (step.dueDate.isValid())
        return step.dueDate;
    return step.dueModule > 0 ? of(step.dueModule) : QDate();
}

bool ModuleStarts::isOverdue(const Step &step, QDate today) const
{
    const QDate due = dueDate(step);
    return due.isValid() && step.status != Step::Status::Done && due < today;
}
