// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

/// iOS's text size (Dynamic Type): the body text's size against its usual 17 pt.
double iosBodyTextScale();
