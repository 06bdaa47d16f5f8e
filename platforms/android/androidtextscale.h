// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

/// Android's font size setting (Configuration.fontScale): 1.0 as usual, up to 2.0.
double androidFontScale();
