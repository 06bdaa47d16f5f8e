// SPDX-License-Identifier: GPL-3.0-or-later
// Reminders on a Linux desktop, through a real D-Bus session of the test's own
// (dbus-run-session): the test plays the desktop's notification service on its own bus
// connection, the app's side calls it as it calls GNOME's or KDE's.
#include "appsettings.h"
#include "clock.h"
#include "desktopreminders.h"
#include "freedesktopnotifier.h"
#include "traynotifier.h"

#include <QApplication>
#include <QDBusConnection>
#include <QDBusConnectionInterface>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {
const QString serviceName = u"org.freedesktop.Notifications"_s;

/// What a desktop's notification service receives.
class NotificationHost : public QObject
{
    Q_OBJECT
    Q_CLASSINFO("D-Bus Interface", "org.freedesktop.Notifications")
public:
    struct Received
    {
        QString appName;
        QString icon;
        QString summary;
        QString body;
        QVariantMap hints;
    };
    QList<Received> received;

public Q_SLOTS:
    uint Notify(const QString &appName, uint replacesId, const QString &icon,
        const QString &summary, const QString &body, const QStringList &actions,
        const QVariantMap &hints, int timeout)
    {
        Q_UNUSED(replacesId)
        Q_UNUSED(actions)
        Q_UNUSED(timeout)
        received.append({ appName, icon, summary, body, hints });
        return uint(received.size());
    }
};

/// The test's second connection to the session bus, where the host lives.
class HostConnection
{
public:
    HostConnection()
        : bus(QDBusConnection::connectToBus(QDBusConnection::SessionBus, u"host"_s))
    {
    }
    ~HostConnection()
    {
        bus.unregisterService(serviceName);
        QDBusConnection::disconnectFromBus(u"host"_s);
    }
    bool start()
    {
        return bus.registerObject(
                   u"/org/freedesktop/Notifications"_s, &host, QDBusConnection::ExportAllSlots)
            && bus.registerService(serviceName);
    }

    NotificationHost host;
    QDBusConnection bus;
};

Reminder reminder(const QString &key, const QDateTime &fireAt)
{
    return { key, key, fireAt, u"Modul 2, Tag 1 – morgen, ca. 10:00 – 16:00"_s,
        u"DJH Jugendherberge Düsseldorf"_s };
}
}

class TestDesktopReminders : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(QDBusConnection::sessionBus().isConnected(),
            "needs a D-Bus session: run under dbus-run-session");
    }

    void aReminderReachesTheDesktopsNotificationService()
    {
        HostConnection desktop;
        QVERIFY(desktop.start());
        FreedesktopNotifier notifier;
        QVERIFY(notifier.isAvailable());
        notifier.show(reminder(u"a"_s, QDateTime::currentDateTimeUtc()));
        QTRY_COMPARE(desktop.host.received.size(), 1);
        const auto &received = desktop.host.received.constFirst();
        QCOMPARE(received.appName, u"EWS companion"_s);
        QCOMPARE(received.summary, u"Modul 2, Tag 1 – morgen, ca. 10:00 – 16:00"_s);
        QCOMPARE(received.body, u"DJH Jugendherberge Düsseldorf"_s);
        QCOMPARE(received.hints.value(u"desktop-entry"_s).toString(), u"de.ews.companion"_s);
    }

    void withoutANotificationServiceRemindersCannotAppear()
    {
        // The session has no notification service (nor one it could start).
        FreedesktopNotifier notifier;
        QVERIFY(!QDBusConnection::sessionBus().interface()->isServiceRegistered(serviceName));
        QVERIFY(!notifier.isAvailable());
        QTemporaryDir dir;
        AppSettings settings(dir.filePath(u"settings.ini"_s), dir.path(), u"de"_s);
        SystemClock clock;
        DesktopReminders reminders(settings, clock, std::make_unique<FreedesktopNotifier>());
        QCOMPARE(reminders.availability(), ReminderService::Availability::NoNotificationArea);
        // Nor without a session bus at all.
        FreedesktopNotifier noBus(QDBusConnection(u"never connected"_s));
        QVERIFY(!noBus.isAvailable());
        // Nor outside a desktop session.
        const QByteArray address = qgetenv("DBUS_SESSION_BUS_ADDRESS");
        qunsetenv("DBUS_SESSION_BUS_ADDRESS");
        QVERIFY(!FreedesktopNotifier().isAvailable());
        qputenv("DBUS_SESSION_BUS_ADDRESS", address);
    }

    void dueRemindersAppearOnceAcrossRestartsAndLaterOnesOnTime()
    {
        HostConnection desktop;
        QVERIFY(desktop.start());
        QTemporaryDir dir;
        SystemClock clock;
        const QDateTime now = clock.now();
        const QList<Reminder> plan = { reminder(u"missed"_s, now.addSecs(-3600)),
            reminder(u"soon"_s, now.addMSecs(300)), reminder(u"later"_s, now.addDays(1)) };
        {
            AppSettings settings(dir.filePath(u"settings.ini"_s), dir.path(), u"de"_s);
            DesktopReminders reminders(settings, clock, std::make_unique<FreedesktopNotifier>());
            QCOMPARE(reminders.availability(), ReminderService::Availability::WhileRunning);
            reminders.schedule(plan);
            // The one missed while the app was closed, at once; the next one on its time.
            QTRY_COMPARE(desktop.host.received.size(), 1);
            QCOMPARE(desktop.host.received.constLast().summary, plan.at(0).title);
            QTRY_COMPARE(desktop.host.received.size(), 2);
            QVERIFY(QDateTime::currentDateTimeUtc() >= plan.at(1).fireAt);
            // Scheduled again (after a sync): nothing twice.
            reminders.schedule(plan);
            QTest::qWait(200);
            QCOMPARE(desktop.host.received.size(), 2);
        }
        // The app started again: what it showed stays shown, what is to come stays planned.
        AppSettings settings(dir.filePath(u"settings.ini"_s), dir.path(), u"de"_s);
        DesktopReminders reminders(settings, clock, std::make_unique<FreedesktopNotifier>());
        reminders.schedule(plan);
        QTest::qWait(200);
        QCOMPARE(desktop.host.received.size(), 2);
        // A moved date has a new key: its reminder appears again.
        reminders.schedule({ reminder(u"missed, moved"_s, now.addSecs(-60)), plan.at(2) });
        QTRY_COMPARE(desktop.host.received.size(), 3);
        // Forgotten keys are not kept for ever.
        QCOMPARE(settings.value(u"reminders/shown"_s).toStringList(),
            QStringList { u"missed, moved"_s });
    }

    void theTrayOfWindowsAndMacOSIsNotAvailableWithoutATray()
    {
        // Offscreen has no system tray: the tray's notifier must say so rather than fail.
        TrayNotifier tray(QIcon {});
        QVERIFY(!tray.isAvailable());
    }
};

QTEST_MAIN(TestDesktopReminders)
#include "tst_desktopreminders.moc"
