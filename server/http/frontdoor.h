// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "bodybudget.h"
#include "connectionlimits.h"
#include "httplimits.h"
#include "httpmessage.h"
#include "livechannels.h"
#include "operatorlog.h"
#include "trustedproxies.h"

#include <functional>

/// What every connection of one server shares: its limits, the memory left for bodies, the
/// proxies it trusts, its log, and the worker's handler to call. Internal to the HTTP layer.
struct FrontDoor
{
    using Handler = std::function<HttpResponse(const HttpRequest &)>;

    FrontDoor(
        const HttpLimits &limits, TrustedProxies proxies, OperatorLog &log, LiveChannels *live)
        : limits(limits)
        , proxies(std::move(proxies))
        , connections(limits.maxConnections, limits.connectionsPerAddress, this->proxies)
        , bodies(limits.bodyBudgetBytes)
        , log(log)
        , live(live)
    {
    }

    HttpLimits limits;
    TrustedProxies proxies;
    ConnectionLimits connections;
    BodyBudget bodies;
    OperatorLog &log;
    LiveChannels *live; ///< null: no live channels

    /// The handler of the worker thread this runs on (each has its own, see HttpServer).
    static HttpResponse handleHere(const HttpRequest &request);
    static void setHandlerHere(const Handler *handler);
};
