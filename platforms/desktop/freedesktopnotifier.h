// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "desktopnotifier.h"

#include <QDBusConnection>

#include <optional>

/// Notifications on Linux desktops (GNOME, KDE Plasma, Xfce, ...): the desktop's
/// notification service, org.freedesktop.Notifications, on the session bus.
class FreedesktopNotifier : public DesktopNotifier
{
public:
    /// The desktop session's bus, if the session has one (DBUS_SESSION_BUS_ADDRESS).
    FreedesktopNotifier();
    explicit FreedesktopNotifier(const QDBusConnection &bus);

    bool isAvailable() const override;
    void show(const Reminder &reminder) override;

private:
    std::optional<QDBusConnection> m_bus; ///< none: not in a desktop session
};
