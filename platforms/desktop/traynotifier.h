// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "desktopnotifier.h"

#include <QSystemTrayIcon>

/// Notifications through the system tray: Windows' notification area and macOS's menu bar.
/// Needs a QApplication.
class TrayNotifier : public DesktopNotifier
{
public:
    explicit TrayNotifier(const QIcon &icon);

    bool isAvailable() const override;
    void show(const Reminder &reminder) override;

private:
    QSystemTrayIcon m_tray;
};
