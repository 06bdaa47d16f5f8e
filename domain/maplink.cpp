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
