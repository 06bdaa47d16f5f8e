// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "localizedtext.h"

#include <QString>

/// What participants need at the venue ("Vor Ort"): where it is and how to get there, what is
/// paid and what is not, what to bring, and the programme's learning platform. One per
/// programme: the programme file gives the first version, the organisers keep it in the app.
struct VenueInfo
{
    /// The longest text of each field, in either language.
    static constexpr qsizetype maximumTextLength = 1000;

    QString placeId; ///< the venue, one of the programme's places
    LocalizedText directions; ///< how to get there
    LocalizedText costs; ///< what is paid and what is not
    LocalizedText bring; ///< what to bring
    QString learningPlatformUrl; ///< one https:// address; empty while not set

    /// Whether @p url can be the learning platform's link: empty, or one https:// address.
    static bool isLearningPlatformLink(const QString &url);
};
