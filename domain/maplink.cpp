// SPDX-License-Identifier: GPL-3.0-or-later
#include "maplink.h"

#include <QUrlQuery>

using namespace Qt::StringLiterals;

MapLink::Target MapLink::forThisDevice()
{
#if defined(Q_OS_ANDROID)
    return Target::GeoUri;
#elif defined(Q_OS_IOS) || defined(Q_OS_MACOS)
    return Target::AppleMaps;
#else
    return Target::WebMap;
#endif
}

QUrl MapLink::forAddress(const QString &address, Target target)
{
    const QString query = address.simplified();
    if (query.isEmpty())
        return {};
    QUrlQuery parameters;
    switch (target) {
    case Target::GeoUri: {
        // RFC 5870 wants coordinates; "0,0" with a query is the form Android's map apps
        // read as "search for this address" (the address is not turned into coordinates here).
        parameters.addQueryItem(u"q"_s, query);
        QUrl url(u"geo:0,0"_s);
        url.setQuery(parameters);
        return url;
    }
    case Target::AppleMaps: {
        parameters.addQueryItem(u"q"_s, query);
        QUrl url(u"https://maps.apple.com/"_s);
        url.setQuery(parameters);
        return url;
    }
    case Target::WebMap:
        break;
    }
    parameters.addQueryItem(u"query"_s, query);
    QUrl url(u"https://www.openstreetmap.org/search"_s);
    url.setQuery(parameters);
    return url;
}

QUrl MapLink::routeTo(const QString &address, Target target)
{
    const QString destination = address.simplified();
    if (destination.isEmpty() || target == Target::GeoUri)
        return forAddress(address, target);
    QUrlQuery parameters;
    // Apple's "daddr" is the destination address of a route; OpenStreetMap's directions page
    // takes the destination as "to" and leaves the start to the person.
    parameters.addQueryItem(target == Target::AppleMaps ? u"daddr"_s : u"to"_s, destination);
    QUrl url(target == Target::AppleMaps ? u"https://maps.apple.com/"_s
                                         : u"https://www.openstreetmap.org/directions"_s);
    url.setQuery(parameters);
    return url;
}
