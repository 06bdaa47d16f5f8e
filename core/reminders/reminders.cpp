// SPDX-License-Identifier: GPL-3.0-or-later
#include "reminders.h"

#include "announcementrepository.h"
#include "appsettings.h"
#include "displaycontext.h"
#include "programmerepository.h"

using namespace Qt::StringLiterals;

namespace {
const QString enabledKey = u"reminders/enabled"_s;
const QString leadKey = u"reminders/leadMinutes"_s;
const QString wantedKey = u"reminders/wanted"_s;
const QString unwantedKey = u"reminders/unwanted"_s;

QSet<QString> toSet(const QVariant &value)
{
    const QStringList list = value.toStringList();
    return QSet<QString>(list.cbegin(), list.cend());
}

const ProgrammeDate *findEvent(const QList<ProgrammeDate> &events, const QString &id)
{
    const auto found = std::find_if(events.cbegin(), events.cend(),
        [&id](const ProgrammeDate &event) { return event.id == id; });
    return found == events.cend() ? nullptr : &*found;
}

QStringList sorted(const QSet<QString> &set)
{
    QStringList list(set.cbegin(), set.cend());
    list.sort();
    return list;
}
}

const QList<int> &Reminders::leadChoices()
{
    static const QList<int> choices = { 15, 60, 3 * 60, 24 * 60, 2 * 24 * 60 };
    return choices;
}

Reminders::Reminders(ProgrammeRepository &programme, AnnouncementRepository &announcements,
    AppSettings &settings, DisplayContext &context, ReminderService &service, QObject *parent)
    : QObject(parent)
    , m_programme(programme)
    , m_announcements(announcements)
    , m_settings(settings)
    , m_context(context)
    , m_service(service)
{
    connect(&m_context, &DisplayContext::changed, this, &Reminders::reschedule);
    reschedule();
}

ReminderChoices Reminders::choices() const
{
    ReminderChoices choices;
    choices.enabled = m_settings.value(enabledKey, true).toBool();
    const int lead = m_settings.value(leadKey, 24 * 60).toInt();
    choices.leadMinutes = leadChoices().contains(lead) ? lead : 24 * 60;
    choices.wanted = toSet(m_settings.value(wantedKey));
    choices.unwanted = toSet(m_settings.value(unwantedKey));
    return choices;
}

void Reminders::setChoices(const ReminderChoices &choices)
{
    m_settings.setValue(enabledKey, choices.enabled);
    m_settings.setValue(leadKey, choices.leadMinutes);
    m_settings.setValue(wantedKey, sorted(choices.wanted));
    m_settings.setValue(unwantedKey, sorted(choices.unwanted));
    reschedule();
}

bool Reminders::enabled() const
{
    return choices().enabled;
}

void Reminders::setEnabled(bool enabled)
{
    auto wanted = choices();
    if (wanted.enabled == enabled)
        return;
    wanted.enabled = enabled;
    setChoices(wanted);
    if (enabled && m_service.availability() == ReminderService::Availability::NotAllowed)
        m_service.requestPermission();
}

int Reminders::leadMinutes() const
{
    return choices().leadMinutes;
}

void Reminders::setLeadMinutes(int minutes)
{
    auto wanted = choices();
    if (!leadChoices().contains(minutes) || wanted.leadMinutes == minutes)
        return;
    wanted.leadMinutes = minutes;
    setChoices(wanted);
}

QString Reminders::availability() const
{
    switch (m_service.availability()) {
    case ReminderService::Availability::Always:
        return u"always"_s;
    case ReminderService::Availability::WhileRunning:
        return u"whileRunning"_s;
    case ReminderService::Availability::NotAllowed:
        return u"notAllowed"_s;
    case ReminderService::Availability::NoNotificationArea:
        break;
    }
    return u"nowhere"_s;
}

QString Reminders::availabilityText() const
{
    switch (m_service.availability()) {
    case ReminderService::Availability::Always:
        return tr("Reminders appear on this device even when the app is closed.");
    case ReminderService::Availability::WhileRunning:
        return tr("Reminders appear on this device while the app is open.");
    case ReminderService::Availability::NotAllowed:
        return tr("This device does not allow the app to show notifications yet, so reminders "
                  "cannot appear.");
    case ReminderService::Availability::NoNotificationArea:
        break;
    }
    return tr("Reminders cannot appear on this device: it shows no notifications.");
}

QString Reminders::nextText() const
{
    if (!enabled())
        return tr("Reminders are switched off.");
    const QDateTime now = m_context.now();
    const auto next = std::find_if(m_plan.cbegin(), m_plan.cend(),
        [&now](const Reminder &reminder) { return reminder.fireAt > now; });
    if (next == m_plan.cend())
        return tr("There is no upcoming date to remind you of.");
    const auto formatter = m_context.formatter();
    const ProgrammeDate *event = findEvent(m_events, next->eventId);
    const QString title = event ? event->title.forLanguage(m_context.language()) : next->title;
    //: %1 is a date, %2 a time, %3 the title of the date reminded of
    return tr("Next reminder: %1, %2, for “%3”")
        .arg(formatter.shortDate(next->fireAt),
            formatter.timeRange(next->fireAt, next->fireAt, false, false), title);
}

int Reminders::count() const
{
    return int(m_plan.size());
}

bool Reminders::isWanted(const QString &eventId) const
{
    const ProgrammeDate *event = findEvent(m_events, eventId);
    return event && ReminderPlan::isWanted(*event, choices());
}

void Reminders::setWanted(const QString &eventId, bool wanted)
{
    const ProgrammeDate *event = findEvent(m_events, eventId);
    if (!event)
        return;
    auto chosen = choices();
    chosen.wanted.remove(eventId);
    chosen.unwanted.remove(eventId);
    // Only what differs from the default is kept: a date's default may change with it.
    if (wanted != ReminderPlan::wantedByDefault(*event))
        (wanted ? chosen.wanted : chosen.unwanted).insert(eventId);
    setChoices(chosen);
}

void Reminders::requestPermission()
{
    m_service.requestPermission();
    Q_EMIT changed();
}

QList<Reminder> Reminders::announcementNotices() const
{
    QList<Reminder> notices;
    for (const auto &announcement : m_announcements.unseen(m_settings.ownMunicipalityId())) {
        notices.append({ u"announcement:"_s + announcement.id, QString(),
            announcement.publishedAt.isValid() ? announcement.publishedAt : m_context.now(),
            announcement.authorName.isEmpty()
                ? tr("Announcement from the organisers")
                //: Title of a notification; %1 is the organiser who wrote the announcement
                : tr("Announcement from %1").arg(announcement.authorName),
            announcement.text.left(300) });
    }
    std::sort(notices.begin(), notices.end(),
        [](const Reminder &a, const Reminder &b) { return a.fireAt < b.fireAt; });
    return notices;
}

void Reminders::reschedule()
{
    m_events = m_programme.events();
    const ReminderChoices chosen = choices();
    m_plan = ReminderPlan::make(m_events, m_programme.places(), chosen, m_context.now(),
        m_context.formatter(), m_context.language());
    // Announcements come first: they are due at once, the dates' reminders later.
    m_service.schedule(chosen.enabled ? announcementNotices() + m_plan : m_plan);
    m_checkedAt = m_context.now();
    Q_EMIT changed();
}

void Reminders::timePassed()
{
    const QDateTime now = m_context.now();
    const bool fired = std::any_of(m_plan.cbegin(), m_plan.cend(), [&](const Reminder &reminder) {
        return reminder.fireAt > m_checkedAt && reminder.fireAt <= now;
    });
    m_checkedAt = now;
    if (fired)
        Q_EMIT changed();
}
