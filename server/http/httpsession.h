// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "frontdoor.h"

#include <boost/asio/ip/tcp.hpp>
#include <boost/asio/ssl/context.hpp>

/// Serves one accepted connection until it closes (see HttpSession in httpsession.cpp):
/// over TLS with @p tls, else plain HTTP. Internal to the HTTP layer.
void startHttpSession(boost::asio::ip::tcp::socket socket, FrontDoor &door, ConnectionTicket ticket,
    boost::asio::ssl::context *tls);
