// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "frontdoor.h"

#include <boost/beast/core/tcp_stream.hpp>
#include <boost/beast/http/message.hpp>
#include <boost/beast/ssl/ssl_stream.hpp>

/// Turns a connection whose request asked for a WebSocket, and was allowed, into a live
/// channel listening on @p topics (see LiveSession in livesession.cpp). Internal to the HTTP
/// layer.
void startLiveSession(boost::beast::tcp_stream stream,
    const boost::beast::http::request_header<> &request, const QStringList &topics, FrontDoor &door,
    ConnectionTicket ticket);
void startLiveSession(boost::beast::ssl_stream<boost::beast::tcp_stream> stream,
    const boost::beast::http::request_header<> &request, const QStringList &topics, FrontDoor &door,
    ConnectionTicket ticket);
