// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "identity.h"
#include "syncrequest.h"
#include "syncresponse.h"
#include "syncstore.h"

#include <chrono>
#include <functional>
#include <mutex>
#include <optional>

class AccessStore;

/// Answers the most frequent request, a sync with nothing to send, from memory that every
/// worker shares: which device a token is, and each scope's newest version, the store's
/// version and its horizons, read from the store together. What it remembers is forgotten
/// after every write of this process, on news of a write through another instance, and
/// otherwise after at most a tenth of a second (a command of the operator, or news that
/// did not arrive): a sync is never answered from memory older than that, so a write it did
/// not see is one a device would equally have missed by asking a moment earlier. A sync that
/// sends changes, or that has anything to download, goes to the store.
class QuietSyncs
{
public:
    using Clock = std::function<std::chrono::steady_clock::time_point()>;
    static constexpr std::chrono::milliseconds defaultLongest { 100 };

    explicit QuietSyncs(
        std::chrono::milliseconds longest = defaultLongest,
        Clock clock = [] { return std::chrono::steady_clock::now(); });

    /// The device of @p token, remembered or read from @p access; none if the token is not a
    /// device's (the store says why: signedInDevice()). Remembered, it may be up to the bound
    /// old: good for answer(), which sends no row and takes no change, and for nothing else.
    /// *@p readNow says whether it was read from the store just now (then good for all).
    std::optional<Identity> identityFor(
        const QString &token, const AccessStore &access, bool *readNow = nullptr);
    /// The answer to @p request if it sends nothing and nothing is new for @p identity, read
    /// from memory or, for scopes not remembered, from @p store; none otherwise.
    std::optional<SyncResponse> answer(
        const Identity &identity, const SyncRequest &request, const SyncStore &store);
    /// Something was written: nothing remembered is used again.
    void forget();

private:
    /// What is remembered: all of it read at one version of the store.
    struct Memory
    {
        quint64 generation = 0; ///< which memory this is (forget() starts the next)
        std::chrono::steady_clock::time_point since;
        std::optional<SyncStore::ScopeVersions> versions;
        QHash<QString, Identity> devices; ///< by the token's hash
    };

    /// The memory to use now (forgotten if older than the longest). Call with m_lock held.
    Memory &current();
    /// A new memory (the next generation) holding @p versions alone. Call with m_lock held.
    void startAfresh(std::chrono::steady_clock::time_point since,
        std::optional<SyncStore::ScopeVersions> versions);
    /// From what was remembered: the answer, or none with the scopes it does not know in
    /// @p unknown.
    static std::optional<SyncResponse> answerFrom(const SyncStore::ScopeVersions &versions,
        const Identity &identity, const SyncRequest &request, QStringList *unknown);

    const std::chrono::milliseconds m_longest;
    const Clock m_clock;
    std::mutex m_lock;
    Memory m_memory;
};
