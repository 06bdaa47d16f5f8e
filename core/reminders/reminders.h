// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "reminderplan.h"

#include <QObject>
#include <QQmlEngine>

class AnnouncementRepository;
class AppSettings;
class DisplayContext;
class ProgrammeRepository;

/// Reminders before the dates a person cares about: their choices, whether this device can
/// show reminders at all, and the plan handed to the device's ReminderService whenever the
/// programme, the choices or the language change.
class Reminders : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Created by the application")
    Q_PROPERTY(bool enabled READ enabled WRITE setEnabled NOTIFY changed)
    Q_PROPERTY(int leadMinutes READ leadMinutes WRITE setLeadMinutes NOTIFY changed)
    /// "always", "whileRunning", "notAllowed" or "nowhere".
    Q_PROPERTY(QString availability READ availability NOTIFY changed)
    /// Whether reminders can appear on this device, in the person's words.
    Q_PROPERTY(QString availabilityText READ availabilityText NOTIFY changed)
    /// "Next reminder: …", or why there is none.
    Q_PROPERTY(QString nextText READ nextText NOTIFY changed)
    Q_PROPERTY(int count READ count NOTIFY changed)
public:
    /// The lead times offered, in minutes.
    static const QList<int> &leadChoices();

    Reminders(ProgrammeRepository &programme, AnnouncementRepository &announcements,
        AppSettings &settings, DisplayContext &context, ReminderService &service,
        QObject *parent = nullptr);

    bool enabled() const;
    void setEnabled(bool enabled);
    int leadMinutes() const;
    void setLeadMinutes(int minutes);
    QString availability() const;
    QString availabilityText() const;
    QString nextText() const;
    int count() const;
    QList<Reminder> plan() const { return m_plan; }

    /// Whether a reminder comes before the date @p eventId.
    Q_INVOKABLE bool isWanted(const QString &eventId) const;
    Q_INVOKABLE void setWanted(const QString &eventId, bool wanted);
    /// Asks the person to allow notifications, where the system wants that asked.
    Q_INVOKABLE void requestPermission();

public Q_SLOTS:
    /// Works the plan out again and hands it to the device (after a sync, a language
    /// switch, a change of choice, or when the app comes back to the front).
    void reschedule();

    /// Called as time goes on (each minute): once a reminder has fired, "Next reminder" names
    /// the one after it.
    void timePassed();

Q_SIGNALS:
    void changed();

private:
    ReminderChoices choices() const;
    void setChoices(const ReminderChoices &choices);

    /// The organisers' announcements not seen yet, shown at once like a reminder.
    QList<Reminder> announcementNotices() const;

    ProgrammeRepository &m_programme;
    AnnouncementRepository &m_announcements;
    AppSettings &m_settings;
    DisplayContext &m_context;
    ReminderService &m_service;
    QList<Reminder> m_plan;
    QDateTime m_checkedAt; ///< when timePassed() or reschedule() last looked
    QList<ProgrammeDate> m_events;
};
