// SPDX-License-Identifier: GPL-3.0-or-later
#include "venueinfo.h"

#include "recordcheck.h"

bool VenueInfo::isLearningPlatformLink(const QString &url)
{
    return url.isEmpty() || RecordCheck::isOneSecureLink(url);
}
