// SPDX-License-Identifier: GPL-3.0-or-later
#include "venuedetails.h"

#include "appsettings.h"
#include "clock.h"
#include "displaycontext.h"
#include "maplink.h"
#include "programmerepository.h"
#include "venuerepository.h"

using namespace Qt::StringLiterals;

namespace {
const QStringList formTexts { u"directionsDe"_s, u"directionsEn"_s, u"costsDe"_s, u"costsEn"_s,
    u"bringDe"_s, u"bringEn"_s };
}

VenueDetails::VenueDetails(VenueRepository &venue, ProgrammeRepository &programme,
    AppSettings &settings, DisplayContext &context, const Clock &clock, QObject *parent)
    : QObject(parent)
    , m_venue(venue)
    , m_programme(programme)
    , m_settings(settings)
    , m_context(context)
    , m_clock(clock)
{
    connect(&m_context, &DisplayContext::changed, this, &VenueDetails::reload);
    connect(&m_settings, &AppSettings::organiserChanged, this, &VenueDetails::changed);
    reload();
}

void VenueDetails::reload()
{
    const auto stored = m_venue.venue();
    const VenueInfo venue = stored ? stored->venue : VenueInfo();
    const QString language = m_context.language();
    const Place place = m_programme.places().value(venue.placeId);
    m_placeId = place.id;
    m_placeName = place.name.forLanguage(language);
    m_address = place.address;
    m_directions = venue.directions.forLanguage(language);
    m_costs = venue.costs.forLanguage(language);
    m_bring = venue.bring.forLanguage(language);
    m_learningPlatformUrl = venue.learningPlatformUrl;
    Q_EMIT changed();
}

QUrl VenueDetails::routeUrl() const
{
    return MapLink::routeTo(m_address);
}

bool VenueDetails::canEdit() const
{
    return m_settings.organiser();
}

QVariantMap VenueDetails::form() const
{
    const auto stored = m_venue.venue();
    const VenueInfo venue = stored ? stored->venue : VenueInfo();
    return { { u"directionsDe"_s, venue.directions.de }, { u"directionsEn"_s, venue.directions.en },
        { u"costsDe"_s, venue.costs.de }, { u"costsEn"_s, venue.costs.en },
        { u"bringDe"_s, venue.bring.de }, { u"bringEn"_s, venue.bring.en },
        { u"learningPlatformUrl"_s, venue.learningPlatformUrl } };
}

QString VenueDetails::save(const QVariantMap &form)
{
    const auto stored = m_venue.venue();
    if (!canEdit() || !stored)
        return tr("Only the organisers change what participants need at the venue.");
    const auto text = [&form](const QString &key) { return form.value(key).toString().trimmed(); };
    for (const QString &key : formTexts) {
        if (text(key).size() > VenueInfo::maximumTextLength)
            //: %1 is the most characters a text may have (1.000)
            return tr("Each text may have up to %1 characters.")
                .arg(m_context.locale().toString(VenueInfo::maximumTextLength));
    }
    VenueInfo venue = stored->venue;
    venue.directions = { text(u"directionsDe"_s), text(u"directionsEn"_s) };
    venue.costs = { text(u"costsDe"_s), text(u"costsEn"_s) };
    venue.bring = { text(u"bringDe"_s), text(u"bringEn"_s) };
    venue.learningPlatformUrl = text(u"learningPlatformUrl"_s);
    if (!VenueInfo::isLearningPlatformLink(venue.learningPlatformUrl))
        return tr("The learning platform's link must be one address starting with https://.");
    if (!m_venue.save(stored->id, venue, m_clock.now()))
        return tr("This could not be saved on this device. Please try again.");
    reload();
    Q_EMIT changesRecorded();
    return {};
}
