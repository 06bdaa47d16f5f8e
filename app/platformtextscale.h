// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

/// The device's text size against the platform's usual one: 1 as usual, 1.3 when the person
/// set text 30 % larger (Android's font size, iOS's Dynamic Type, the desktop's font).
double platformTextScale();
