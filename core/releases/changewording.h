// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "programmechanges.h"
#include "timeformatter.h"

#include <QCoreApplication>

/// What changed about a date, in plain words ("Verschoben, vorher: Do., 26. Nov., 10:00 –
/// 16:00 · Bestätigt"), as the organisers' draft and the participants' "Neu" say it.
class ChangeWording
{
    Q_DECLARE_TR_FUNCTIONS(ChangeWording)
public:
    static QString describe(int kinds, const std::optional<ProgrammeDate> &before,
        const ProgrammeDate &after, const TimeFormatter &formatter);
};
