// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QUrl>

/// A link that opens a postal address in a map or route planner.
namespace MapLink {
enum class Target {
    GeoUri, ///< Android: "geo:0,0?q=…" opens the map app the person chose
    AppleMaps, ///< iOS and macOS: Apple's maps
    WebMap, ///< other desktops: OpenStreetMap in the browser
};

/// The target that fits the device the app was built for.
Target forThisDevice();
/// The link for @p address (one line, as a person would type it); empty for no address.
QUrl forAddress(const QString &address, Target target = forThisDevice());
/// The link that plans a route to @p address from where the person is; empty for no address.
/// Android's map apps are handed the address and offer the route themselves.
QUrl routeTo(const QString &address, Target target = forThisDevice());
}
