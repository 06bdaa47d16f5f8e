// SPDX-License-Identifier: GPL-3.0-or-later
#include "freedesktopnotifier.h"

#include <QDBusConnectionInterface>
#include <QDBusMessage>

using namespace Qt::StringLiterals;

namespace {
const QString service = u"org.freedesktop.Notifications"_s;
}

FreedesktopNotifier::FreedesktopNotifier()
{
    // Outside a desktop session (a server, a test run) the bus is not even looked for.
    if (!qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"))
        m_bus = QDBusConnection::sessionBus();
}

FreedesktopNotifier::FreedesktopNotifier(const QDBusConnection &bus)
    : m_bus(bus)
{
}

bool FreedesktopNotifier::isAvailable() const
{
    if (!m_bus || !m_bus->isConnected() || !m_bus->interface())
        return false;
    // Most desktops start their notification service on the first call.
    return m_bus->interface()->isServiceRegistered(service).value()
        || m_bus->interface()->activatableServiceNames().value().contains(service);
}

void FreedesktopNotifier::show(const Reminder &reminder)
{
    auto message = QDBusMessage::createMethodCall(
        service, u"/org/freedesktop/Notifications"_s, service, u"Notify"_s);
    const QVariantMap hints = {
        { u"desktop-entry"_s, u"de.ews.companion"_s },
        { u"category"_s, u"x-ews.reminder"_s },
    };
    message << u"EWS companion"_s << 0u << u"de.ews.companion"_s << reminder.title << reminder.text
            << QStringList() << hints << -1;
    // Not waiting for the answer: the service may be starting, and nothing depends on it.
    if (m_bus)
        m_bus->asyncCall(message);
}
