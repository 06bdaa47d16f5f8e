// SPDX-License-Identifier: GPL-3.0-or-later
#include "desktopreminders.h"

#include "appsettings.h"
#include "clock.h"

using namespace Qt::StringLiterals;

namespace {
const QString shownKey = u"reminders/shown"_s;
// Looks again at least this often: a computer waking from sleep has missed its timer.
constexpr qint64 longestWaitMs = qint64(5) * 60 * 1000;
}

DesktopReminders::DesktopReminders(AppSettings &settings, const Clock &clock,
    std::unique_ptr<DesktopNotifier> notifier, QObject *parent)
    : QObject(parent)
    , m_settings(settings)
    , m_clock(clock)
    , m_notifier(std::move(notifier))
{
    const QStringList shown = m_settings.value(shownKey).toStringList();
    m_shown = QSet<QString>(shown.cbegin(), shown.cend());
    m_timer.setSingleShot(true);
    m_timer.setTimerType(Qt::VeryCoarseTimer);
    connect(&m_timer, &QTimer::timeout, this, &DesktopReminders::showDue);
}

ReminderService::Availability DesktopReminders::availability() const
{
    if (!m_available)
        m_available = m_notifier->isAvailable();
    return *m_available ? Availability::WhileRunning : Availability::NoNotificationArea;
}

void DesktopReminders::schedule(const QList<Reminder> &reminders)
{
    m_available = m_notifier->isAvailable(); // a desktop may have started its service since
    m_waiting.clear();
    QSet<QString> stillPlanned;
    for (const auto &reminder : reminders) {
        stillPlanned.insert(reminder.key);
        if (!m_shown.contains(reminder.key))
            m_waiting.append(reminder);
    }
    // Keys of dates that are over (or moved, or no longer wanted) are forgotten.
    m_shown.intersect(stillPlanned);
    showDue();
}

void DesktopReminders::showDue()
{
    const QDateTime now = m_clock.now();
    bool showedAny = false;
    while (!m_waiting.isEmpty() && m_waiting.constFirst().fireAt <= now) {
        const Reminder reminder = m_waiting.takeFirst();
        if (!*m_available)
            continue; // nowhere to show it; it is not kept back to pile up either
        m_notifier->show(reminder);
        m_shown.insert(reminder.key);
        showedAny = true;
    }
    QStringList shown(m_shown.cbegin(), m_shown.cend());
    shown.sort();
    if (showedAny || m_settings.value(shownKey).toStringList() != shown)
        m_settings.setValue(shownKey, shown);
    if (m_waiting.isEmpty()) {
        m_timer.stop();
        return;
    }
    const qint64 wait = now.msecsTo(m_waiting.constFirst().fireAt);
    m_timer.start(int(std::clamp<qint64>(wait, 0, longestWaitMs)));
}
