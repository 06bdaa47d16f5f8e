// SPDX-License-Identifier: GPL-3.0-or-later
pragma Singleton

import QtQuick

// Sizes and colours shared by every screen.
QtObject {
    readonly property int wideBreakpoint: 720
    readonly property int sideNavigationWidth: 220
    readonly property int contentMaxWidth: 760
    readonly property int spacing: 12
    readonly property int smallSpacing: 6
    readonly property int margin: 16
    readonly property int radius: 8
    readonly property int avatarSize: 40
    readonly property real smallFont: 0.85
    readonly property real titleFont: 1.35
    readonly property color tentative: "#b26a00"
    readonly property color tentativeBackground: "#33ffb300"
    readonly property color overdue: "#c62828"
    readonly property color done: "#2e7d32"
    readonly property color inProgress: "#1565c0"
    readonly property color open: "#757575"
    readonly property color accent: "#00695c"
}
