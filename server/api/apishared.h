// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "accessjournal.h"
#include "calendarfiles.h"
#include "filestore.h"
#include "lastsyncs.h"
#include "operatorlog.h"
#include "quietsyncs.h"
#include "ratelimiter.h"

/// How often, per minute: a device may sync; different wrong sign-in codes may come from one
/// client address; one code may be tried; an organiser's device may ask about people; a
/// calendar program at one client address may fetch a calendar; a device may open its live
/// channel.
struct ApiLimits
{
    int syncsPerDevice = 120;
    int wrongCodesPerAddress = 30;
    int accessPerDevice = 60;
    int triesPerCode = 5;
    int calendarsPerAddress = 120;
    int liveOpensPerDevice = 30;
    /// Starts and chunks of uploads (a chunk is up to 1 MiB).
    int uploadsPerDevice = 600;
    /// Parts of files asked for (a part is up to 1 MiB).
    int downloadsPerDevice = 600;
};

/// What the endpoints of every worker share: the rate limits' counters (a device counts
/// once, whichever worker answers it), the calendar files built, what quiet syncs are
/// answered from, the days devices were seen syncing, and the operator's log.
class ApiShared
{
public:
    ApiShared(const ApiLimits &limits, OperatorLog &log)
        : syncs(limits.syncsPerDevice)
        , wrongCodes(limits.wrongCodesPerAddress)
        , codeTries(limits.triesPerCode)
        , access(limits.accessPerDevice)
        , calendarFetches(limits.calendarsPerAddress)
        , liveOpens(limits.liveOpensPerDevice)
        , uploads(limits.uploadsPerDevice)
        , downloads(limits.downloadsPerDevice)
        , log(log)
    {
    }

    /// Whether @p key may go on (counting the request); if not, the log says so once a
    /// minute for it, as "<what> for <who>".
    bool allow(RateLimiter &limiter, const QString &key, const QString &what, const QString &who)
    {
        if (limiter.allow(key))
            return true;
        log.writeOncePerMinute(what + u' ' + key, QStringLiteral("limit reached"),
            QStringLiteral("%1 for %2 (429 until the minute is over)").arg(what, who));
        return false;
    }

    RateLimiter syncs;
    RateLimiter wrongCodes;
    RateLimiter codeTries;
    RateLimiter access;
    RateLimiter calendarFetches;
    RateLimiter liveOpens;
    RateLimiter uploads;
    RateLimiter downloads;
    CalendarFiles calendarFiles;
    QuietSyncs quietSyncs;
    LastSyncs lastSyncs;
    AccessJournal *journal = nullptr; ///< where access decisions are written (none: nowhere)
    /// How many days after the programme was closed its personal data is erased.
    int retentionDays = 183;
    /// The most a municipality's rows may take, in bytes (SyncStore::setMunicipalityQuota).
    qint64 municipalityQuotaBytes = qint64(100) * 1024 * 1024;
    /// The most one file may take, and all of a municipality's files (FileStore), in bytes.
    qint64 fileLimitBytes = FileStore::defaultFileLimitMegabytes * 1000 * 1000;
    qint64 municipalityFilesBytes = FileStore::defaultMunicipalityFilesMegabytes * 1000 * 1000;
    OperatorLog &log;
};
