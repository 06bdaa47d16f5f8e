// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "appsettings.h"
#include "calendarexport.h"
#include "calendarsubscription.h"
#include "changelog.h"
#include "clock.h"
#include "cohortprogress.h"
#include "contactsexport.h"
#include "contactsmodel.h"
#include "credentialstore.h"
#include "datenotes.h"
#include "displaycontext.h"
#include "keychainsecretstore.h"
#include "municipalitiesmodel.h"
#include "newsmodel.h"
#include "ownprofile.h"
#include "pendingchanges.h"
#include "programmemodel.h"
#include "programmeoverview.h"
#include "projectcontroller.h"
#include "projectreport.h"
#include "reminders.h"
#include "replica.h"
#include "searchmodel.h"
#include "synccontroller.h"
#include "syncengine.h"
#include "syncrepository.h"

#include <QNetworkAccessManager>

#include <QTimer>
#include <QVariantMap>

#include <memory>

/// Every service of the app, built and wired in one place from what differs between a phone,
/// a test and a screenshot run: the data folder, the clock, the device's zone and locale.
class AppServices
{
public:
    AppServices(const QString &dataDirectory, std::unique_ptr<Clock> clock,
        const QTimeZone &deviceZone, const QLocale &systemLocale);

    /// False if the replica could not be opened; error() says why.
    bool isReady() const;
    QString error() const;

    enum class DemoPerson { FirstParticipant, Organiser };
    /// Loads the demo cohort; the device belongs to its organiser, or, if it belongs to
    /// nobody yet, to its first participant.
    bool loadDemo(DemoPerson person = DemoPerson::FirstParticipant);

    /// The services as Main.qml's required properties.
    QVariantMap qmlProperties();

    Replica &replica() { return m_replica; }
    AppSettings &settings() { return m_settings; }
    Clock &clock() { return *m_clock; }
    DisplayContext &context() { return m_context; }
    ProjectController &project() { return m_project; }
    SyncController &sync() { return m_sync; }
    Reminders &reminders() { return m_reminders; }

private:
    void minutePassed();

    QString m_error;
    std::unique_ptr<Clock> m_clock;
    Replica m_replica;
    bool m_ready;
    AppSettings m_settings;
    DisplayContext m_context;
    ChangeLog m_changeLog;
    PendingChanges m_pendingChanges;
    ProgrammeModel m_programme;
    ProgrammeOverview m_overview;
    NewsModel m_news;
    DateNotes m_notes;
    CalendarExport m_calendar;
    std::unique_ptr<ReminderService> m_reminderService;
    Reminders m_reminders;
    ContactsModel m_contacts;
    ContactsExport m_contactsExport;
    SearchModel m_search;
    MunicipalitiesModel m_municipalities;
    CohortProgress m_cohort;
    ProjectController m_project;
    ProjectReport m_report;
    OwnProfile m_profile;
    QNetworkAccessManager m_network;
    SyncRepository m_syncRepository;
    SyncEngine m_syncEngine;
    KeychainSecretStore m_keychain;
    CredentialStore m_credentials;
    SyncController m_sync;
    CalendarSubscription m_subscription;
    QTimer m_syncSoon;
    QTimer m_minuteTimer;
    QDate m_today;
};
