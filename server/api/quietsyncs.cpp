// SPDX-License-Identifier: GPL-3.0-or-later
#include "quietsyncs.h"

#include "accessstore.h"

QuietSyncs::QuietSyncs(std::chrono::milliseconds longest, Clock clock)
    : m_longest(longest)
    , m_clock(std::move(clock))
{
}

void QuietSyncs::forget()
{
    const std::lock_guard locked(m_lock);
    startAfresh(m_clock(), std::nullopt);
}

void QuietSyncs::startAfresh(
    std::chrono::steady_clock::time_point since, std::optional<SyncStore::ScopeVersions> versions)
{
    m_memory = { m_memory.generation + 1, since, std::move(versions), {} };
}

QuietSyncs::Memory &QuietSyncs::current()
{
    const auto now = m_clock();
    if (m_memory.generation == 0 || now - m_memory.since > m_longest)
        startAfresh(now, std::nullopt);
    return m_memory;
}

std::optional<Identity> QuietSyncs::identityFor(
    const QString &token, const AccessStore &access, bool *readNow)
{
    if (readNow)
        *readNow = true;
    if (token.isEmpty() || token.size() > AccessStore::maximumTokenLength)
        return access.identityFor(token); // none, without hashing what no token is
    const QString key = AccessStore::hash(token);
    quint64 generation = 0;
    {
        const std::lock_guard locked(m_lock);
        Memory &memory = current();
        const auto known = memory.devices.constFind(key);
        if (known != memory.devices.cend()) {
            if (readNow)
                *readNow = false;
            return *known;
        }
        generation = memory.generation;
    }
    auto identity = access.identityFor(token);
    if (identity) {
        // Only if nothing was written meanwhile: a revocation forgets what was read before it.
        const std::lock_guard locked(m_lock);
        Memory &memory = current();
        if (memory.generation == generation)
            memory.devices.insert(key, *identity);
    }
    return identity;
}

std::optional<SyncResponse> QuietSyncs::answer(
    const Identity &identity, const SyncRequest &request, const SyncStore &store)
{
    if (!request.mutations.isEmpty() || request.storeId != store.storeId())
        return std::nullopt;
    // The answer is made from a copy (shared, not copied until changed) of what is remembered,
    // outside the lock: the other workers wait for no one's answer.
    quint64 generation = 0;
    std::optional<SyncStore::ScopeVersions> remembered;
    {
        const std::lock_guard locked(m_lock);
        const Memory &memory = current();
        generation = memory.generation;
        remembered = memory.versions;
    }
    if (remembered) {
        QStringList unknown;
        if (auto answer = answerFrom(*remembered, identity, request, &unknown))
            return answer;
        if (unknown.isEmpty())
            return std::nullopt; // something to download, or a device ahead of the memory
    }
    auto read = store.scopeVersions(SyncStore::scopesOf(identity));
    if (!read)
        return std::nullopt;
    {
        const std::lock_guard locked(m_lock);
        Memory &memory = current();
        if (memory.generation != generation)
            return std::nullopt; // written meanwhile: what was read may be older than the write
        if (memory.versions && memory.versions->storeVersion == read->storeVersion) {
            memory.versions->newest.insert(read->newest);
        } else {
            // Another process wrote (an operator's command; another instance whose news is on
            // its way): nothing remembered from before is used again.
            startAfresh(memory.since, std::move(read));
        }
        remembered = memory.versions;
    }
    QStringList unknown;
    return answerFrom(*remembered, identity, request, &unknown);
}

std::optional<SyncResponse> QuietSyncs::answerFrom(const SyncStore::ScopeVersions &versions,
    const Identity &identity, const SyncRequest &request, QStringList *unknown)
{
    SyncResponse response;
    response.storeId = request.storeId;
    response.storeVersion = versions.storeVersion;
    response.horizons = SyncStore::horizonsFor(versions.horizons, identity.contactId);
    for (const QString &scope : SyncRequest::scopes()) {
        const qint64 cursor = request.cursors.value(scope, 0);
        if (cursor > versions.storeVersion) {
            unknown->clear();
            return std::nullopt;
        }
        response.cursors.insert(scope, cursor);
        if (!SyncStore::downloads(identity, scope))
            continue; // not the device's to download (the drafts, but for organisers)
        const QString stored = SyncStore::storedScope(scope, identity.contactId);
        const auto newest = versions.newest.constFind(stored);
        if (newest == versions.newest.cend()) {
            unknown->append(stored);
        } else if (*newest > cursor) {
            unknown->clear();
            return std::nullopt;
        }
    }
    if (!unknown->isEmpty())
        return std::nullopt;
    return response;
}
