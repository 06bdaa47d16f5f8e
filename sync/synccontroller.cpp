// SPDX-License-Identifier: GPL-3.0-or-later
#include "synccontroller.h"

#include "appsettings.h"
#include "changelog.h"
#include "displaycontext.h"
#include "records.h"
#include "syncengine.h"
#include "syncrepository.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QRandomGenerator>
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
    , m_network(network)
    , m_current(credentials.load())
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &SyncController::syncNow);
    connect(&m_engine, &SyncEngine::finished, this, &SyncController::finished);
    connect(&m_engine, &SyncEngine::dataChanged, this, &SyncController::dataChanged);
    connect(&m_context, &DisplayContext::changed, this, &SyncController::changed);
    if (m_current.isValid()) {
        m_engine.setServer(
            QUrl(m_current.server), QSslCertificate::fromData(m_current.certificatePem.toUtf8()));
        m_engine.setToken(m_current.token);
        m_engine.setOwnMunicipality(m_current.municipalityId);
        m_settings.setOrganiser(m_current.role == "organiser"_L1);
        QTimer::singleShot(0, this, &SyncController::syncNow);
    }
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

int SyncController::rejectedCount() const
{
    return m_repository.rejectedCount();
}

QString SyncController::credentialsWhere() const
{
    return m_credentials.where();
}

QVariantList SyncController::refusedChanges() const
{
    QVariantList list;
    for (const auto &change : m_repository.refusedChanges()) {
        QStringList typed;
        // The texts the person typed, to copy (the same names in every record that has them).
        for (const auto field :
            { Records::Step::title, Records::Project::goal, Records::Step::notes,
                Records::LogEntry::text, Records::Contact::phone, Records::Contact::email }) {
            const QString value = change.payload.value(field).toString();
            if (!value.trimmed().isEmpty())
                typed.append(value);
        }
        list.append(QVariantMap { { u"seq"_s, QString::number(change.seq) },
            { u"what"_s, describe(change) }, { u"reason"_s, reasonText(change) },
            { u"text"_s, typed.join(u"\n\n"_s) } });
    }
    return list;
}

void SyncController::setNetworkReachable(bool reachable)
{
    const bool cameBack = reachable && !m_networkReachable;
    m_networkReachable = reachable;
    if (!cameBack || !signedIn())
        return;
    m_failures = 0; // no back-off left over from the time without network
    syncNow();
}

void SyncController::discardRefused(const QString &seq)
{
    if (m_repository.discardRefused(seq.toLongLong()))
        Q_EMIT changed();
}

QString SyncController::describe(const RefusedChange &change)
{
    const QString title = change.payload.value(Records::Step::title).toString();
    if (change.entity == Records::Step::entity) {
        if (change.operation == Records::Operation::insert)
            //: A refused change; %1 is the title of a step
            return tr("New step “%1”").arg(title);
        if (change.operation == Records::Operation::remove)
            return tr("Removal of a step");
        return title.isEmpty() ? tr("Change of a step")
                               //: A refused change; %1 is the new title of a step
                               : tr("Change of a step to “%1”").arg(title);
    }
    if (change.entity == Records::LogEntry::entity)
        return tr("Entry in the progress log");
    if (change.entity == Records::Project::entity)
        return tr("Title and goal of the project");
    if (change.entity == Records::Contact::entity)
        return tr("Your contact details");
    if (change.entity == Records::KeptText::entity)
        return tr("Hiding a kept text");
    return tr("A change");
}

QString SyncController::reasonText(const RefusedChange &change)
{
    if (change.reason == "not_allowed"_L1)
        return tr("You may not change this, for example because it belongs to another "
                  "municipality's project.");
    if (change.reason == "not_found"_L1)
        return tr("Someone removed this in the meantime.");
    if (change.reason == "invalid"_L1)
        //: %1 is the server's explanation (in English)
        return tr("The server did not accept the content (%1).").arg(change.message);
    return change.message;
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
            : tr("Offline. Everything you entered is saved on this device.");
    if (!m_lastError.isEmpty())
        return m_lastMessage;
    if (pending > 0)
        return tr("%n change(s) waiting to be sent.", nullptr, pending);
    if (m_lastSuccess.isValid())
        //: %1 is a time of day
        return tr("Up to date (%1).")
            .arg(m_context.locale().toString(
                m_lastSuccess.toTimeZone(QTimeZone::systemTimeZone()).time(),
                QLocale::ShortFormat));
    return tr("Connected; not exchanged yet.");
}

void SyncController::signIn(
    const QString &server, const QString &code, const QString &trustedFingerprint)
{
    const QUrl base(server.trimmed().endsWith(u'/') ? server.trimmed() : server.trimmed() + u'/');
    if (!base.isValid() || base.scheme() != "https"_L1 || base.host().isEmpty()) {
        Q_EMIT signInFinished(
            u"invalid"_s, tr("Please enter the server address, starting with https://"), {});
        return;
    }
    if (code.trimmed().size() < 8) {
        Q_EMIT signInFinished(
            u"invalid"_s, tr("Please enter the sign-in code you were given."), {});
        return;
    }
    QNetworkRequest request(base.resolved(QUrl(u"v1/redeem"_s)));
    request.setHeader(QNetworkRequest::ContentTypeHeader, u"application/json"_s);
    request.setTransferTimeout(30000);
    QNetworkReply *reply = m_network.post(request,
        QJsonDocument(QJsonObject { { u"code"_s, code.trimmed() },
                          { u"deviceName"_s, QSysInfo::prettyProductName().left(100) } })
            .toJson(QJsonDocument::Compact));
    auto certificate = std::make_shared<QSslCertificate>();
    connect(reply, &QNetworkReply::sslErrors, this,
        [reply, trustedFingerprint, certificate](const QList<QSslError> &) {
            const QSslCertificate peer = reply->sslConfiguration().peerCertificate();
            const QString fingerprint
                = QString::fromLatin1(peer.digest(QCryptographicHash::Sha256).toHex(':').toUpper());
            *certificate = peer;
            // Only the certificate the person confirmed by its fingerprint, nothing else.
            if (!trustedFingerprint.isEmpty() && fingerprint == trustedFingerprint)
                reply->ignoreSslErrors();
        });
    connect(reply, &QNetworkReply::finished, this,
        [this, reply, base, certificate, trustedFingerprint] {
            reply->deleteLater();
            const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
            const auto body = QJsonDocument::fromJson(reply->readAll()).object();
            if (status == 0 && !certificate->isNull() && trustedFingerprint.isEmpty()) {
                Q_EMIT signInFinished(u"untrusted_certificate"_s,
                    tr("The server's certificate is not known. Compare its fingerprint with the "
                       "one the organisers gave you."),
                    QString::fromLatin1(
                        certificate->digest(QCryptographicHash::Sha256).toHex(':').toUpper()));
                return;
            }
            if (status == 0) {
                Q_EMIT signInFinished(u"offline"_s,
                    tr("The server cannot be reached: %1").arg(reply->errorString()), {});
                return;
            }
            if (status != 200) {
                // The server speaks English; the known refusal is said in the app's language.
                const QString error = body.value("error"_L1).toString(u"server"_s);
                Q_EMIT signInFinished(error,
                    error == "invalid_code"_L1 ? tr("This code is unknown or has been used "
                                                    "already. Ask the organisers for a new one.")
                                               : tr("The server refused the sign-in."),
                    {});
                return;
            }
            Credentials credentials { base.toString(), body.value("token"_L1).toString(),
                certificate->isNull() ? QString() : QString::fromLatin1(certificate->toPem()),
                body.value("personId"_L1).toString(), body.value("municipalityId"_L1).toString(),
                body.value("role"_L1).toString() };
            if (!credentials.isValid() || !m_credentials.save(credentials)) {
                Q_EMIT signInFinished(
                    u"storage"_s, tr("The sign-in could not be saved on this device."), {});
                return;
            }
            m_current = credentials;
            m_engine.setServer(
                base, QSslCertificate::fromData(credentials.certificatePem.toUtf8()));
            m_engine.setToken(credentials.token);
            m_engine.setOwnMunicipality(credentials.municipalityId);
            m_lastError.clear();
            Q_EMIT changed();
            Q_EMIT signInFinished({}, {}, {});
            syncNow();
            // The device now belongs to who signed in; the first sync brings their municipality.
            m_settings.setOwnMunicipalityId(credentials.municipalityId);
            m_settings.setOwnContactId(credentials.personId);
            m_settings.setOrganiser(credentials.role == "organiser"_L1);
        });
}

void SyncController::signOut()
{
    m_credentials.clear();
    m_current = {};
    m_engine.setToken({});
    m_timer.stop();
    m_lastError.clear();
    Q_EMIT changed();
}

void SyncController::syncNow()
{
    if (!signedIn() || m_engine.isSyncing())
        return;
    m_engine.syncNow();
    Q_EMIT changed();
}

void SyncController::finished(bool ok, const QString &error, const QString &message)
{
    m_lastError = error;
    m_lastMessage = message;
    if (ok) {
        m_lastSuccess = m_context.now();
        followMove();
    }
    if (error == "unauthorized"_L1 || error == "revoked"_L1) {
        // The token is no good any more: sign out, keep every entry on the device.
        m_credentials.clear();
        m_current = {};
        m_engine.setToken({});
    }
    scheduleNext(!ok);
    Q_EMIT changed();
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

void SyncController::scheduleNext(bool failed)
{
    if (!signedIn())
        return;
    m_failures = failed ? m_failures + 1 : 0;
    // Back off after failures (30 s, 1 min, 2 min … up to the interval), with jitter so that a
    // room full of phones coming back online does not knock at once.
    const int base = failed ? qMin(intervalMs, 30000 << qMin(m_failures - 1, 4)) : intervalMs;
    m_timer.start(base / 2 + int(QRandomGenerator::global()->bounded(base / 2 + 1)));
}
