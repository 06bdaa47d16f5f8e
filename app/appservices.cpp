// SPDX-License-Identifier: GPL-3.0-or-later
#include "appservices.h"

#include "demofiles.h"
#include "platformreminders.h"
#include "programmedate.h"

#include <QDesktopServices>
#include <QDir>
#include <QNetworkInformation>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {
bool openReplica(Replica &replica, QString *error)
{
    if (replica.open(Replica::bundledProgrammePath(), error))
        return true;
    if (error->isEmpty())
        *error = u"unknown error"_s;
    return false;
}
}

QString AppServices::settingsFile(const QString &dataDirectory)
{
    return QDir(dataDirectory).filePath(u"settings.ini"_s);
}

AppServices::AppServices(const QString &dataDirectory, std::unique_ptr<Clock> clock,
    const QTimeZone &deviceZone, const QLocale &systemLocale)
    : m_clock(std::move(clock))
    , m_replica(QDir(dataDirectory).filePath(u"ews-companion.sqlite"_s))
    , m_ready(openReplica(m_replica, &m_error))
    , m_settings(
          settingsFile(dataDirectory), QDir::toNativeSeparators(dataDirectory), systemLocale.name())
    , m_context(m_settings, *m_clock, deviceZone, systemLocale)
    , m_changeLog(m_replica.database().connection())
    , m_pendingChanges(m_changeLog)
    , m_programme(m_replica.programme(), m_context)
    , m_overview(m_programme, m_context)
    , m_desk(m_replica.drafts(), m_replica.programme(), m_context, *m_clock)
    , m_venue(m_replica.venue(), m_replica.programme(), m_settings, m_context, *m_clock)
    , m_news(m_programme, m_replica.news(), m_replica.drafts(), m_replica.announcements(),
          m_settings, m_context)
    , m_notes(m_replica.notes(), m_programme, m_replica.projects(), m_settings, m_context)
    , m_calendar(m_replica.programme(), m_context,
          [](const QUrl &file) { return QDesktopServices::openUrl(file); })
    , m_reminderService(makePlatformReminderService(m_settings, *m_clock))
    , m_reminders(m_replica.programme(), m_replica.announcements(), m_settings, m_context,
          *m_reminderService)
    , m_contacts(m_replica.contacts(), m_settings, m_context)
    , m_contactDesk(m_replica.contacts(), *m_clock)
    , m_announcementDesk(m_replica.announcements(), m_replica.contacts(), m_context, *m_clock)
    , m_contactsExport(m_replica.contacts(), m_settings, m_context,
          [](const QUrl &file) { return QDesktopServices::openUrl(file); })
    , m_search(m_replica.programme(), m_replica.notes(), m_replica.contacts(), m_replica.projects(),
          m_context)
    , m_municipalities(m_replica.contacts(), m_replica.projects(), m_settings)
    , m_projectsOverview(m_replica.contacts(), m_replica.projects(), m_programme, m_context)
    , m_project(m_replica.projects(), m_replica.contacts(), m_settings, m_context, m_programme)
    , m_report(m_project, m_programme, m_context,
          [](const QUrl &file) { return QDesktopServices::openUrl(file); })
    , m_profile(m_replica.contacts(), m_settings, m_context)
    , m_syncRepository(m_replica.database())
    , m_syncEngine(m_syncRepository, m_changeLog, m_syncConnection, *m_clock)
    , m_keychain(u"EWS companion"_s)
    , m_credentials(QDir(dataDirectory).filePath(u"sign-in.json"_s), &m_keychain)
    , m_sync(m_syncEngine, m_syncRepository, m_changeLog, m_credentials, m_settings, m_context,
          m_network)
    , m_subscription(m_sync, m_credentials, m_settings, m_context, m_network)
    , m_personalData(m_sync, m_credentials, m_context, m_network,
          [](const QUrl &file) { return QDesktopServices::openUrl(file); })
    , m_accessDesk(m_sync, m_credentials, m_settings, m_context, m_network,
          [](const QUrl &file) { return QDesktopServices::openUrl(file); })
    , m_cohortReport(m_replica.projects(), m_replica.contacts(), m_settings, m_context, m_programme,
          [](const QUrl &file) { return QDesktopServices::openUrl(file); })
    , m_deviceFiles(QDir(dataDirectory).filePath(u"files"_s))
    , m_fileCache(m_replica.database().connection(), m_deviceFiles)
    , m_fileRecords(m_replica.database())
    , m_transfers(m_fileRecords, m_fileCache, m_deviceFiles, m_network, *m_clock)
    , m_attachments(m_fileRecords, m_transfers, m_deviceFiles, m_fileCache, m_settings, *m_clock,
          [](const QUrl &file) { return QDesktopServices::openUrl(file); })
    , m_materials(m_fileRecords, m_fileCache, m_settings)
    , m_materialDesk(m_fileRecords, m_transfers, m_deviceFiles, m_fileCache, m_materials,
          m_replica.programme(), m_settings, *m_clock,
          [](const QUrl &file) { return QDesktopServices::openUrl(file); })
    , m_storage(m_fileCache, m_settings, m_context)
{
    // Photos and files go and come beside the sync of texts, never in its way.
    m_sync.useFileTransfers(m_transfers);
    m_report.setPhotos(
        [this](const QString &entryId) { return m_attachments.photoFilesOf(entryId); });
    QObject::connect(
        &m_sync, &SyncController::syncEnded, &m_materialDesk, &MaterialDesk::fetchWhatIsWanted);
    QObject::connect(&m_transfers, &FileTransfers::fetched, &m_storage, &DeviceStorage::tidy);
    // A municipality or a person added on the server: their rows come with the next sync.
    QObject::connect(&m_accessDesk, &AccessDesk::rowsChanged, &m_sync, &SyncController::syncNow);
    // What arrives from the server shows at once; what is saved here goes out soon.
    QObject::connect(&m_sync, &SyncController::dataChanged, [this] {
        m_programme.reload();
        m_desk.reload();
        m_venue.reload();
        m_announcementDesk.reload();
        m_reminders.reschedule(); // moved dates move their reminders; cancelled ones go
        m_news.reload();
        m_notes.reload();
        m_contacts.reload();
        m_municipalities.reload();
        m_projectsOverview.reload();
        m_project.reload();
        m_profile.refresh();
        m_materials.reload();
        m_attachments.refresh();
    });
    QObject::connect(
        &m_sync, &SyncController::syncEnded, &m_pendingChanges, &PendingChanges::refresh);
    // Its words in the language just chosen.
    QObject::connect(&m_context, &DisplayContext::changed, &m_pendingChanges,
        &PendingChanges::statusTextChanged);
    QObject::connect(
        &m_context, &DisplayContext::changed, &m_attachments, [this] { m_attachments.refresh(); });
    // When the system says the network is back, sync at once (where it can tell: the
    // NetworkManager backend on Linux, the platform's own on Android, iOS, Windows, macOS).
    if (QNetworkInformation::loadBackendByFeatures(QNetworkInformation::Feature::Reachability)) {
        auto *network = QNetworkInformation::instance();
        QObject::connect(network, &QNetworkInformation::reachabilityChanged, &m_sync,
            [this](QNetworkInformation::Reachability reachability) {
                m_sync.setNetworkReachable(
                    reachability != QNetworkInformation::Reachability::Disconnected);
            });
    }
    m_syncSoon.setSingleShot(true);
    m_syncSoon.setInterval(3000);
    QObject::connect(&m_syncSoon, &QTimer::timeout, &m_sync, &SyncController::syncNow);
    QObject::connect(
        &m_project, &ProjectController::changesRecorded, &m_syncSoon, qOverload<>(&QTimer::start));
    QObject::connect(
        &m_profile, &OwnProfile::changesRecorded, &m_syncSoon, qOverload<>(&QTimer::start));
    QObject::connect(
        &m_notes, &DateNotes::changesRecorded, &m_syncSoon, qOverload<>(&QTimer::start));
    QObject::connect(
        &m_desk, &ProgrammeDesk::changesRecorded, &m_syncSoon, qOverload<>(&QTimer::start));
    QObject::connect(
        &m_desk, &ProgrammeDesk::changesRecorded, &m_pendingChanges, &PendingChanges::refresh);
    QObject::connect(
        &m_venue, &VenueDetails::changesRecorded, &m_syncSoon, qOverload<>(&QTimer::start));
    QObject::connect(
        &m_venue, &VenueDetails::changesRecorded, &m_pendingChanges, &PendingChanges::refresh);
    QObject::connect(
        &m_notes, &DateNotes::changesRecorded, &m_pendingChanges, &PendingChanges::refresh);
    QObject::connect(&m_project, &ProjectController::changesRecorded, &m_pendingChanges,
        &PendingChanges::refresh);
    QObject::connect(&m_project, &ProjectController::changesRecorded, &m_projectsOverview,
        &ProjectsOverview::reload);
    QObject::connect(
        &m_profile, &OwnProfile::changesRecorded, &m_pendingChanges, &PendingChanges::refresh);
    QObject::connect(&m_profile, &OwnProfile::changesRecorded, &m_contacts, &ContactsModel::reload);
    QObject::connect(
        &m_contactDesk, &ContactDesk::changesRecorded, &m_contacts, &ContactsModel::reload);
    QObject::connect(&m_contactDesk, &ContactDesk::changesRecorded, &m_projectsOverview,
        &ProjectsOverview::reload);
    QObject::connect(
        &m_contactDesk, &ContactDesk::changesRecorded, &m_syncSoon, qOverload<>(&QTimer::start));
    QObject::connect(&m_announcementDesk, &AnnouncementDesk::changesRecorded, &m_syncSoon,
        qOverload<>(&QTimer::start));
    QObject::connect(&m_announcementDesk, &AnnouncementDesk::changesRecorded, &m_pendingChanges,
        &PendingChanges::refresh);
    QObject::connect(
        &m_contactDesk, &ContactDesk::changesRecorded, &m_pendingChanges, &PendingChanges::refresh);

    // Past dates grey out and overdue steps show while the app stays open.
    m_today = m_context.today();
    QObject::connect(&m_minuteTimer, &QTimer::timeout, [this] { minutePassed(); });
    m_minuteTimer.start(60 * 1000);
}

void AppServices::minutePassed()
{
    m_programme.refreshTimes();
    m_reminders.timePassed();
    if (m_context.today() != m_today) {
        m_today = m_context.today();
        m_project.reload();
    }
}

bool AppServices::isReady() const
{
    return m_ready;
}

QString AppServices::error() const
{
    return m_error;
}

bool AppServices::loadDemo(DemoPerson person)
{
    const auto organiser = person == DemoPerson::Organiser ? DemoCohort::Organiser::With
                                                           : DemoCohort::Organiser::Without;
    if (!m_replica.loadDemoCohort(
            u":/ews/data/demo-cohort.json"_s, m_clock->now(), &m_error, organiser))
        return false;
    if (const QString problem = DemoFiles::load(
            m_fileRecords, m_deviceFiles, m_fileCache, m_settings.dataLocation(), m_clock->now());
        !problem.isEmpty()) {
        m_error = problem;
        return false;
    }
    m_contacts.reload();
    m_municipalities.reload();
    m_news.reload();
    m_materials.reload();
    m_attachments.refresh();
    if (person == DemoPerson::Organiser) {
        m_settings.setOwnMunicipalityId(QString());
        m_settings.setOwnContactId(u"demo-olga"_s);
        m_settings.setOrganiser(true);
    } else {
        if (m_settings.ownMunicipalityId().isEmpty()) {
            m_settings.setOwnMunicipalityId(u"demo-musterstadt"_s);
            m_settings.setOwnContactId(u"demo-erika"_s);
        }
        // Her note, with a photo, on the module day running or next.
        const auto dates = m_replica.programme().events();
        const auto day = std::find_if(dates.cbegin(), dates.cend(), [this](const auto &date) {
            return date.kind == ProgrammeDate::Kind::ModuleDay && date.endsAt > m_clock->now();
        });
        if (day != dates.cend()) {
            if (const QString problem = DemoFiles::loadOwnNote(m_replica.notes(), m_fileRecords,
                    m_deviceFiles, m_fileCache, m_settings.ownContactId(), day->id,
                    m_settings.dataLocation(), m_clock->now());
                !problem.isEmpty()) {
                m_error = problem;
                return false;
            }
            m_notes.reload();
            m_pendingChanges.refresh();
        }
    }
    m_project.reload();
    return true;
}
