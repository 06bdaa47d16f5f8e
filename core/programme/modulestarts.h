// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "practiceproject.h"
#include "programmedate.h"

#include <QDate>
#include <QHash>

/// What "by module N" means for a step: the first day of module N in the programme.
class ModuleStarts
{
public:
    explicit ModuleStarts(const QList<ProgrammeDate> &events);

    QDate of(int module) const; ///< invalid if the programme has no such module
    /// The modules that have begun by @p today, in order.
    QList<int> begunBy(QDate today) const;
    /// A step's due day: its date, or the first day of its module, or none.
    QDate dueDate(const Step &step) const;
    /// Not done and due before @p today.
    bool isOverdue(const Step &step, QDate today) const;

private:
    QHash<int, QDate> m_starts;
};
