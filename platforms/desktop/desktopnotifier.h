// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "reminderservice.h"

/// Puts one reminder on a desktop's screen, at once.
class DesktopNotifier
{
public:
    virtual ~DesktopNotifier() = default;
    /// Whether the desktop has somewhere to show it.
    virtual bool isAvailable() const = 0;
    virtual void show(const Reminder &reminder) = 0;
};
