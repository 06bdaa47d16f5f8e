// SPDX-License-Identifier: GPL-3.0-or-later
#include "synccontroller.h"

#include "appsettings.h"
#include "changelog.h"
#include "displaycontext.h"
#include "filetransfers.h"
#include "syncengine.h"
#include "syncrepository.h"

#include <QSslCertificate>

using namespace Qt::StringLiterals;

SyncController::SyncController(SyncEngine &engine, SyncRepository &repository, ChangeLog &changeLog,
    CredentialStore &credentials, AppSettings &settings, DisplayContext &context,
    QNetworkAccessManager &network, QObject *parent)
    : QObject(parent)
    , m_engine(engine)
    , m_repository(repository)
    , m_changeLog(changeLog)
    , m_credentials(credentials)
    , m_settings(settings)
    , m_context(context)
    , m_serverSignIn(credentials, network)
    , m_live([&repository] { return repository.cursors(); })
    , m_refusedChanges(repository)
{
    connect(&m_schedule, &SyncSchedule::due, this, &SyncController::syncNow);
    connect(&m_live, &LiveUpdates::syncWanted, this, &SyncController::syncNow);
    connect(&m_engine, &SyncEngine::finished, this, &SyncController::finished);
    connect(&m_engine, &SyncEngine::dataChanged, this, &SyncController::dataChanged);
    connect(&m_context, &DisplayContext::changed, this, &SyncController::statusTextChanged);
    // The refused changes are worded in the app's language: again when it changes.
    connect(&m_context, &DisplayContext::changed, &m_refusedChanges, &RefusedChanges::reload);
    connect(&m_serverSignIn, &ServerSignIn::signedIn, this, [this](const Credentials &signedIn) {
        use(signedIn);
        m_lastError.clear();
        Q_EMIT signedInChanged();
        Q_EMIT statusTextChanged();
        syncNow();
        // The device now belongs to who signed in; the first sync brings their municipality.
        m_settings.setOwnMunicipalityId(signedIn.municipalityId);
        m_settings.setOwnContactId(signedIn.personId);
    });
    if (const Credentials kept = credentials.load(); kept.isValid()) {
        use(kept);
        QTimer::singleShot(0, this, &SyncController::syncNow);
    }
}

void SyncController::use(const Credentials &credentials)
{
    m_current = credentials;
    m_engine.setServer(
        QUrl(credentials.server), QSslCertificate::fromData(credentials.certificatePem.toUtf8()));
    m_engine.setToken(credentials.token);
    m_engine.setOwnMunicipality(credentials.municipalityId);
    m_settings.setOrganiser(credentials.role == "organiser"_L1);
    m_live.setCredentials(credentials);
    if (m_transfers) {
        m_transfers->setServer(QUrl(credentials.server),
            QSslCertificate::fromData(credentials.certificatePem.toUtf8()));
        m_transfers->setToken(credentials.token);
        m_transfers->sendWaiting();
    }
}

void SyncController::useFileTransfers(FileTransfers &transfers)
{
    m_transfers = &transfers;
    connect(&transfers, &FileTransfers::recordsReady, this, [this] {
        // Records whose files arrived go now, or right after the sync that runs.
        m_syncAgain = m_engine.isSyncing();
        syncNow();
    });
    if (m_current.isValid())
        use(m_current);
}

void SyncController::forget()
{
    m_credentials.clear();
    m_current = {};
    m_engine.setToken({});
    if (m_transfers)
        m_transfers->setToken({});
    m_schedule.stop();
    m_live.setCredentials({});
}

bool SyncController::signedIn() const
{
    return m_current.isValid();
}

bool SyncController::busy() const
{
    return m_engine.isSyncing();
}

QString SyncController::server() const
{
    return m_current.server;
}

QString SyncController::credentialsWhere() const
{
    return m_credentials.where();
}

ServerSignIn *SyncController::serverSignIn()
{
    return &m_serverSignIn;
}

RefusedChanges *SyncController::refusedChanges()
{
    return &m_refusedChanges;
}

void SyncController::setNetworkReachable(bool reachable)
{
    m_schedule.setNetworkReachable(reachable);
}

void SyncController::setForeground(bool foreground)
{
    m_live.setForeground(foreground);
}

QString SyncController::statusKind() const
{
    if (!signedIn())
        return u"off"_s;
    if (m_engine.isSyncing())
        return u"syncing"_s;
    if (!m_lastError.isEmpty() && m_lastError != "offline"_L1)
        return u"problem"_s;
    return m_changeLog.pendingCount() > 0 || m_lastError == "offline"_L1 ? u"waiting"_s : u"sent"_s;
}

QString SyncController::statusText() const
{
    const int pending = m_changeLog.pendingCount();
    if (!signedIn())
        return pending > 0
            ? tr("Not connected to the server: %n change(s) only on this device.", nullptr, pending)
            : tr("Not connected to the server.");
    if (m_engine.isSyncing())
        return tr("Exchanging changes with the server …");
    if (m_lastError == "offline"_L1)
        return pending > 0
            ? tr("Offline: %n change(s) waiting, they are sent when the connection is back.",
                nullptr, pending)
            : tr("Offline. Nothing is waiting to be sent.");
    if (!m_lastError.isEmpty())
        return m_lastMessage;
    if (pending > 0)
        return tr("%n change(s) waiting to be sent.", nullptr, pending);
    if (m_lastSuccess.isValid())
        //: %1 is a time of day
        return tr("Everything sent, %1.")
            .arg(m_context.locale().toString(
                m_lastSuccess.toTimeZone(QTimeZone::systemTimeZone()).time(),
                QLocale::ShortFormat));
    return tr("Connected; not exchanged yet.");
}

void SyncController::signOut()
{
    forget();
    m_lastError.clear();
    Q_EMIT signedInChanged();
    Q_EMIT statusTextChanged();
}

void SyncController::syncNow()
{
    if (!signedIn() || m_engine.isSyncing())
        return;
    m_engine.syncNow();
    Q_EMIT busyChanged();
    Q_EMIT statusTextChanged();
}

void SyncController::finished(bool ok, const QString &error, const QString &message)
{
    m_lastError = error;
    m_lastMessage = message;
    if (ok) {
        m_lastSuccess = m_context.now();
        followMove();
        // A restore noticed in this sync may have put records back to wait for their files.
        if (m_transfers)
            m_transfers->sendWaiting();
    }
    const bool wasSignedIn = signedIn();
    if (error == "unauthorized"_L1 || error == "revoked"_L1)
        forget(); // the token is no good any more: signed out, every entry stays on the device
    else if (signedIn())
        m_schedule.planAfter(!ok);
    // News that came while this sync ran, of something it did not bring, or records whose
    // files arrived meanwhile: once more.
    if (signedIn() && (std::exchange(m_syncAgain, false) || (ok && m_live.takeNewsMissed())))
        QTimer::singleShot(0, this, &SyncController::syncNow);
    m_refusedChanges.reload();
    if (wasSignedIn != signedIn())
        Q_EMIT signedInChanged();
    Q_EMIT busyChanged();
    Q_EMIT statusTextChanged();
    Q_EMIT syncEnded();
}

void SyncController::followMove()
{
    // The organisers moved this participant to another municipality: their contact row says
    // so, and from now on the device writes that municipality's project.
    if (m_current.role != "participant"_L1)
        return;
    const QString municipality = m_repository.municipalityOfContact(m_current.personId);
    if (municipality.isEmpty() || municipality == m_current.municipalityId)
        return;
    m_current.municipalityId = municipality;
    m_credentials.save(m_current);
    m_engine.setOwnMunicipality(municipality);
    m_settings.setOwnMunicipalityId(municipality);
}
