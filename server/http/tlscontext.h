// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "tlssettings.h"

#include <boost/asio/ssl/context.hpp>

#include <memory>

/// OpenSSL's server context for @p settings (see TlsSettings), or null with *error set.
std::unique_ptr<boost::asio::ssl::context> makeTlsContext(
    const TlsSettings &settings, QString *error);
