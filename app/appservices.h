// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "accessdesk.h"
#include "announcementdesk.h"
#include "appsettings.h"
#include "attachmentdesk.h"
#include "calendarexport.h"
#include "calendarsubscription.h"
#include "changelog.h"
#include "clock.h"
#include "cohortreport.h"
#include "contactdesk.h"
#include "contactsexport.h"
#include "contactsmodel.h"
#include "credentialstore.h"
#include "datenotes.h"
#include "devicefiles.h"
#include "devicestorage.h"
#include "displaycontext.h"
#include "filecache.h"
#include "filerecords.h"
#include "filetransfers.h"
#include "keychainsecretstore.h"
#include "materialdesk.h"
#include "materialsmodel.h"
#include "municipalitiesmodel.h"
#include "newsmodel.h"
#include "ownprofile.h"
#include "pendingchanges.h"
#include "personaldataexport.h"
#include "programmedesk.h"
#include "programmemodel.h"
#include "programmeoverview.h"
#include "projectcontroller.h"
#include "projectreport.h"
#include "projectsoverview.h"
#include "reminders.h"
#include "replica.h"
#include "searchmodel.h"
#include "syncconnection.h"
#include "synccontroller.h"
#include "syncengine.h"
#include "syncrepository.h"
#include "venuedetails.h"

#include <QNetworkAccessManager>
#include <QObject>
#include <QQmlEngine>
#include <QTimer>

#include <memory>

/// Every service of the app, built and wired in one place from what differs between a phone,
/// a test and a screenshot run: the data folder, the clock, the device's zone and locale. The
/// screens reach every service through this one object (Main.qml's only property).
class AppServices : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Created by main()")
    Q_PROPERTY(AppSettings *settings READ settings CONSTANT)
    Q_PROPERTY(ProgrammeModel *programme READ programme CONSTANT)
    Q_PROPERTY(ProgrammeOverview *overview READ overview CONSTANT)
    Q_PROPERTY(ProgrammeDesk *desk READ desk CONSTANT)
    Q_PROPERTY(VenueDetails *venue READ venue CONSTANT)
    Q_PROPERTY(ContactDesk *contactDesk READ contactDesk CONSTANT)
    Q_PROPERTY(AnnouncementDesk *announcementDesk READ announcementDesk CONSTANT)
    Q_PROPERTY(CalendarExport *calendar READ calendar CONSTANT)
    Q_PROPERTY(Reminders *reminders READ reminders CONSTANT)
    Q_PROPERTY(NewsModel *news READ news CONSTANT)
    Q_PROPERTY(DateNotes *notes READ notes CONSTANT)
    Q_PROPERTY(ContactsModel *contacts READ contacts CONSTANT)
    Q_PROPERTY(ContactsExport *contactsExport READ contactsExport CONSTANT)
    Q_PROPERTY(SearchModel *search READ search CONSTANT)
    Q_PROPERTY(MunicipalitiesModel *municipalities READ municipalities CONSTANT)
    Q_PROPERTY(ProjectsOverview *projectsOverview READ projectsOverview CONSTANT)
    Q_PROPERTY(ProjectController *project READ project CONSTANT)
    Q_PROPERTY(ProjectReport *report READ report CONSTANT)
    Q_PROPERTY(OwnProfile *profile READ profile CONSTANT)
    Q_PROPERTY(PendingChanges *pendingChanges READ pendingChanges CONSTANT)
    Q_PROPERTY(SyncController *sync READ sync CONSTANT)
    Q_PROPERTY(CalendarSubscription *subscription READ subscription CONSTANT)
    Q_PROPERTY(PersonalDataExport *personalData READ personalData CONSTANT)
    Q_PROPERTY(AccessDesk *accessDesk READ accessDesk CONSTANT)
    Q_PROPERTY(CohortReport *cohortReport READ cohortReport CONSTANT)
    Q_PROPERTY(AttachmentDesk *attachments READ attachments CONSTANT)
    Q_PROPERTY(MaterialsModel *materials READ materials CONSTANT)
    Q_PROPERTY(MaterialDesk *materialDesk READ materialDesk CONSTANT)
    Q_PROPERTY(DeviceStorage *storage READ storage CONSTANT)
public:
    AppServices(const QString &dataDirectory, std::unique_ptr<Clock> clock,
        const QTimeZone &deviceZone, const QLocale &systemLocale);

    /// Where the person's choices are kept in @p dataDirectory.
    static QString settingsFile(const QString &dataDirectory);

    /// False if the replica could not be opened; error() says why.
    bool isReady() const;
    QString error() const;

    enum class DemoPerson { FirstParticipant, Organiser };
    /// Loads the demo cohort; the device belongs to its organiser, or, if it belongs to
    /// nobody yet, to its first participant.
    bool loadDemo(DemoPerson person = DemoPerson::FirstParticipant);

    // The services the screens use.
    AppSettings *settings() { return &m_settings; }
    ProgrammeModel *programme() { return &m_programme; }
    ProgrammeOverview *overview() { return &m_overview; }
    ProgrammeDesk *desk() { return &m_desk; }
    VenueDetails *venue() { return &m_venue; }
    ContactDesk *contactDesk() { return &m_contactDesk; }
    AnnouncementDesk *announcementDesk() { return &m_announcementDesk; }
    CalendarExport *calendar() { return &m_calendar; }
    Reminders *reminders() { return &m_reminders; }
    NewsModel *news() { return &m_news; }
    DateNotes *notes() { return &m_notes; }
    ContactsModel *contacts() { return &m_contacts; }
    ContactsExport *contactsExport() { return &m_contactsExport; }
    SearchModel *search() { return &m_search; }
    MunicipalitiesModel *municipalities() { return &m_municipalities; }
    ProjectsOverview *projectsOverview() { return &m_projectsOverview; }
    ProjectController *project() { return &m_project; }
    ProjectReport *report() { return &m_report; }
    OwnProfile *profile() { return &m_profile; }
    PendingChanges *pendingChanges() { return &m_pendingChanges; }
    SyncController *sync() { return &m_sync; }
    CalendarSubscription *subscription() { return &m_subscription; }
    PersonalDataExport *personalData() { return &m_personalData; }
    AccessDesk *accessDesk() { return &m_accessDesk; }
    CohortReport *cohortReport() { return &m_cohortReport; }
    AttachmentDesk *attachments() { return &m_attachments; }
    MaterialsModel *materials() { return &m_materials; }
    MaterialDesk *materialDesk() { return &m_materialDesk; }
    DeviceStorage *storage() { return &m_storage; }
    FileRecords &fileRecords() { return m_fileRecords; }
    FileCache &fileCache() { return m_fileCache; }
    DeviceFiles &deviceFiles() { return m_deviceFiles; }

    Replica &replica() { return m_replica; }
    Clock &clock() { return *m_clock; }
    DisplayContext &context() { return m_context; }

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
    ProgrammeDesk m_desk;
    VenueDetails m_venue;
    NewsModel m_news;
    DateNotes m_notes;
    CalendarExport m_calendar;
    std::unique_ptr<ReminderService> m_reminderService;
    Reminders m_reminders;
    ContactsModel m_contacts;
    ContactDesk m_contactDesk;
    AnnouncementDesk m_announcementDesk;
    ContactsExport m_contactsExport;
    SearchModel m_search;
    MunicipalitiesModel m_municipalities;
    ProjectsOverview m_projectsOverview;
    ProjectController m_project;
    ProjectReport m_report;
    OwnProfile m_profile;
    QNetworkAccessManager m_network;
    SyncConnection m_syncConnection;
    SyncRepository m_syncRepository;
    SyncEngine m_syncEngine;
    KeychainSecretStore m_keychain;
    CredentialStore m_credentials;
    SyncController m_sync;
    CalendarSubscription m_subscription;
    PersonalDataExport m_personalData;
    AccessDesk m_accessDesk;
    CohortReport m_cohortReport;
    DeviceFiles m_deviceFiles;
    FileCache m_fileCache;
    FileRecords m_fileRecords;
    FileTransfers m_transfers;
    AttachmentDesk m_attachments;
    MaterialsModel m_materials;
    MaterialDesk m_materialDesk;
    DeviceStorage m_storage;
    QTimer m_syncSoon;
    QTimer m_minuteTimer;
    QDate m_today;
};
