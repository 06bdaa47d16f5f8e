// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls

// A short confirmation at the bottom of the window that fades out by itself.
ToolTip {
    id: notice

    x: ((parent ? parent.width : 0) - width) / 2
    y: (parent ? parent.height : 0) - height - 24
    timeout: 3000
}
