// SPDX-License-Identifier: GPL-3.0-or-later
#include "syncengine.h"

#include "changelog.h"
#include "clock.h"
#include "serverrequest.h"
#include "syncconnection.h"
#include "syncrepository.h"
#include "syncrequest.h"
#include "syncresponse.h"

using namespace Qt::StringLiterals;

namespace {
constexpr int maxRounds = 50; ///< answers with "more" followed in one sync
/// The first answer of a sync holds at most this many rows, every later one as many as the
/// server gives: nothing can be stored before the first answer is there, and while its rows
/// are stored the server builds the next page (docs/benchmarks.md).
constexpr int firstPageRows = 2500;
}

SyncEngine::SyncEngine(SyncRepository &repository, ChangeLog &changeLog, SyncConnection &connection,
    const Clock &clock, QObject *parent)
    : QObject(parent)
    , m_repository(repository)
    , m_changeLog(changeLog)
    , m_connection(connection)
    , m_clock(clock)
{
    connect(&m_connection, &SyncConnection::answered, this, &SyncEngine::answered);
}

void SyncEngine::setServer(const QUrl &base, const QList<QSslCertificate> &trusted)
{
    m_base = base;
    m_trusted = trusted;
}

void SyncEngine::setToken(const QString &token)
{
    m_token = token;
}

void SyncEngine::setOwnMunicipality(const QString &municipalityId)
{
    m_ownMunicipality = municipalityId;
}

bool SyncEngine::isSyncing() const
{
    return m_syncing;
}

void SyncEngine::syncNow()
{
    if (m_syncing)
        return;
    if (m_base.isEmpty() || m_token.isEmpty()) {
        Q_EMIT finished(false, u"unauthorized"_s, tr("Not signed in."));
        return;
    }
    m_syncing = true;
    sendOnce(0);
}

quint64 SyncEngine::sendOnce(int round, const QHash<QString, qint64> *from)
{
    SyncRequest request;
    request.clientId = m_repository.clientId();
    request.storeId = m_repository.storeId();
    request.cursors = from ? *from : m_repository.cursors();
    // As many changes per answer as the server gives: a first sync of 10,000 rows in three
    // round trips, not ten. The first answer is smaller, to be stored sooner.
    request.limit = round == 0 ? firstPageRows : SyncRequest::maxLimit;
    for (const auto &change : m_changeLog.pending()) {
        if (request.mutations.size() == SyncRequest::maxMutations)
            break;
        request.mutations.append({ change.sequence, change.entity, change.operation, change.rowId,
            change.payload, change.base });
    }

    const quint64 sent = m_connection.post(
        serverRequest(m_base, m_trusted, m_token, u"v1/sync"_s), request.toJson());
    m_inFlight.insert(sent, round);
    return sent;
}

void SyncEngine::stop(const QString &error, const QString &message)
{
    // A page asked for ahead of one that could not be stored.
    for (auto it = m_inFlight.cbegin(); it != m_inFlight.cend(); ++it)
        m_connection.abort(it.key());
    m_inFlight.clear();
    m_syncing = false;
    Q_EMIT finished(error.isEmpty(), error, message);
}

void SyncEngine::answered(quint64 request, const SyncAnswer &answer)
{
    const auto it = m_inFlight.constFind(request);
    if (it == m_inFlight.cend())
        return; // another engine's, or of a sync that ended
    const int round = it.value();
    m_inFlight.erase(it);
    const int status = answer.status;
    if (status == 0)
        return stop(u"offline"_s, tr("The server cannot be reached: %1").arg(answer.networkError));
    if (status == 401)
        return stop(u"unauthorized"_s, tr("Please sign in again."));
    if (status == 403)
        return stop(u"revoked"_s, tr("This device has been signed out by the organisers."));
    if (status == 429 || status == 503)
        return stop(u"busy"_s, tr("The server is busy; the app tries again shortly."));
    if (status != 200)
        return stop(u"server"_s, tr("The server answered with an error (%1).").arg(status));
    const auto &parsed = answer.parsed;
    if (!parsed.ok)
        return stop(
            u"answer"_s, tr("The server's answer could not be read: %1").arg(parsed.message));
    if (round + 1 >= maxRounds || !continuesPlainly(parsed.response))
        return storeAnswer(parsed.response, round, false);
    // The next page is asked for before this one is stored; the connection reads its answer
    // meanwhile, on its own thread.
    sendOnce(round + 1, &parsed.response.cursors);
    storeAnswer(parsed.response, round, true);
}

void SyncEngine::storeAnswer(const SyncResponse &response, int round, bool askedAhead)
{
    bool more = false;
    bool stored = false;
    QString message;
    if (!store(response, &more, &stored, &message))
        return stop(u"answer"_s, message);
    // Views reload only when something arrived: a reload scrolls lists back to the top.
    if (stored)
        Q_EMIT dataChanged();
    if (askedAhead)
        return; // its answer goes on from here
    if (more && round + 1 < maxRounds) {
        sendOnce(round + 1);
        return;
    }
    stop({}, {});
}

bool SyncEngine::continuesPlainly(const SyncResponse &response) const
{
    // Only a pure download: with changes of this device answered, the next request would
    // carry them again before they are confirmed here.
    if (!response.more || !response.results.isEmpty() || !resetsNeeded(response).isEmpty())
        return false;
    const QString knownStore = m_repository.storeId();
    if (!knownStore.isEmpty() && knownStore != response.storeId)
        return false;
    const auto cursors = m_repository.cursors();
    for (auto it = cursors.cbegin(); it != cursors.cend(); ++it) {
        if (it.value() > response.storeVersion)
            return false; // a store gone back in time: everything starts again
    }
    return true;
}

QHash<QString, qint64> SyncEngine::resetsNeeded(const SyncResponse &response) const
{
    QHash<QString, qint64> resets;
    const auto cursors = m_repository.cursors();
    const auto inProgress = m_repository.resetsInProgress();
    for (auto it = response.horizons.cbegin(); it != response.horizons.cend(); ++it) {
        // Also a download already going on again, if the server forgot more deletions
        // since it began: rows it sent before may be gone by now.
        if (cursors.value(it.key()) < it.value() && inProgress.value(it.key(), -1) < it.value())
            resets.insert(it.key(), it.value());
    }
    return resets;
}

bool SyncEngine::store(const SyncResponse &response, bool *more, bool *stored, QString *message)
{
    // Nothing new: nothing is written on the device.
    if (response.results.isEmpty() && response.changes.isEmpty() && !response.more
        && resetsNeeded(response).isEmpty() && response.storeId == m_repository.storeId()
        && response.cursors == m_repository.cursors()) {
        qint64 highest = 0;
        for (auto it = response.cursors.cbegin(); it != response.cursors.cend(); ++it)
            highest = qMax(highest, it.value());
        if (highest <= response.storeVersion) {
            *more = false;
            return true;
        }
    }
    const QDateTime now = m_clock.now();
    // A store that went back in time (restored from a backup) or is another store: download
    // everything again and send again what this device wrote, which the server may have lost.
    qint64 highestSeen = 0;
    const auto cursors = m_repository.cursors();
    for (auto it = cursors.cbegin(); it != cursors.cend(); ++it)
        highestSeen = qMax(highestSeen, it.value());
    const QString knownStore = m_repository.storeId();
    if (response.storeVersion < highestSeen
        || (!knownStore.isEmpty() && knownStore != response.storeId)) {
        // Everything comes again from the start; what the server does not send again goes
        // once it has all arrived, except this device's own rows, queued here to be sent.
        const bool restored = m_repository.inTransaction([&] {
            bool ok = m_repository.setCursors({}) && m_repository.setStoreId(response.storeId)
                && m_repository.requeueAfterRestore(m_ownMunicipality, now);
            for (const auto &scope : SyncRequest::scopes())
                ok = ok && m_repository.beginReset(scope, 0);
            return ok;
        });
        if (!restored) {
            *message = tr("What the server sent could not be stored on this device.");
            return false;
        }
        *more = true;
        *stored = true;
        return true;
    }
    // The server no longer has every deletion since this device's position: the scope comes
    // again from the start, and what it does not send again goes once the download is done.
    const auto resets = resetsNeeded(response);
    auto nextCursors = response.cursors;
    for (auto it = resets.cbegin(); it != resets.cend(); ++it) {
        // This answer started at the old position; the next starts at the beginning.
        if (cursors.value(it.key()) > 0)
            nextCursors.remove(it.key());
    }
    const bool again = nextCursors != response.cursors;
    const bool ok = m_repository.inTransaction([&] {
        bool ok = m_repository.forgetSentChangesBefore(now.addDays(-SyncResponse::tombstoneDays));
        for (const auto &result : response.results) {
            if (result.status == "applied"_L1)
                ok = ok && m_repository.confirm(result.seq);
            else if (result.reason != "retry"_L1)
                ok = ok && m_repository.reject(result.seq, result.reason, result.message, now);
        }
        for (auto it = resets.cbegin(); it != resets.cend(); ++it)
            ok = ok && m_repository.beginReset(it.key(), it.value());
        ok = ok && m_repository.applyChanges(response.changes, now)
            && m_repository.setCursors(nextCursors);
        if (!response.more && !again)
            ok = ok && m_repository.finishReset() && m_repository.setCaughtUp();
        return ok && m_repository.setStoreId(response.storeId);
    });
    if (!ok) {
        *message = tr("What the server sent could not be stored on this device.");
        return false;
    }
    *more = response.more || again;
    *stored = !response.changes.isEmpty() || !resets.isEmpty();
    return true;
}
