// SPDX-License-Identifier: GPL-3.0-or-later
#include "traynotifier.h"

TrayNotifier::TrayNotifier(const QIcon &icon)
    : m_tray(icon)
{
    m_tray.setToolTip(QStringLiteral("EWS companion"));
}

bool TrayNotifier::isAvailable() const
{
    return QSystemTrayIcon::isSystemTrayAvailable() && QSystemTrayIcon::supportsMessages();
}

void TrayNotifier::show(const Reminder &reminder)
{
    // A message needs the icon in the tray; it stays there while the app runs.
    m_tray.show();
    m_tray.showMessage(reminder.title, reminder.text, m_tray.icon());
}
