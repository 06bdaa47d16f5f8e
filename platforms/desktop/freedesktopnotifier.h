// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "desktopnotifier.h"

#include <QDBusConnection>

/// Notifications on Linux desktops (GNOME, KDE Plasma, Xfce, ...): the desktop's
/// notification service, org.freedesktop.Notifications, on the session bus.
class FreedesktopNotifier : public DesktopNotifier
{
public:
    explicit FreedesktopNotifier(QDBusConnection bus = QDBusConnection::sessionBus());

    bool isAvailable() const override;
    void show(const Reminder &reminder) override;

private:
    QDBusConnection m_bus;
};
