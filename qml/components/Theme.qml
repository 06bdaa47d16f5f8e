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
    // Text follows the system's font size and the person's own choice (Settings): every size
    // in the screens goes through fontSize(); tst_textscale walks every page at 1.5 and 2.
    property real textScale: 1.0
    function fontSize(pixels: real): int {
        return Math.round(pixels * textScale)
    }
    // Set by the window from the style's theme: text colours differ in the dark, each at a
    // contrast of at least 4.5:1 to the background (tst_accessibility checks it).
    property bool dark: false
    readonly property color tentative: dark ? "#ffb74d" : "#9e4f00"
    readonly property color tentativeBackground: "#33ffb300"
    readonly property color overdue: dark ? "#ef9a9a" : "#c62828"
    readonly property color done: dark ? "#a5d6a7" : "#2e7d32"
    readonly property color inProgress: dark ? "#90caf9" : "#1565c0"
    readonly property color open: dark ? "#bdbdbd" : "#616161"
    // Where a photo or file is shown as a tile: a quiet surface that ordinary text reads on.
    readonly property color tile: dark ? "#2b3431" : "#e4ecea"
    // A background (the tool bar, avatars) with white text on it, in both themes.
    readonly property color accent: "#00695c"
}
