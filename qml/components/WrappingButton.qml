// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Controls.impl
import QtQuick.Controls.Material
import QtQuick.Layouts

// A button whose words take a second line at a large text size instead of ending in "…".
Button {
    id: button

    // A screen reader's "press" does what a tap does (Qt 6.4's own press action does nothing).
    Accessible.onPressAction: button.clicked()

    // As the style colours a button's words.
    // In dark mode the accent is light: words on it are dark, not white (white on light
    // teal stands out 1.9:1; dark text over 9:1).
    readonly property color textColor: !enabled ? Material.hintTextColor
                                       : flat && highlighted ? Material.accentColor
                                       : highlighted ? (Material.theme === Material.Dark
                                                        ? "#de000000"
                                                        : Material.primaryHighlightedTextColor)
                                       : Material.foreground

    // In a layout: as wide as its words, and narrower (on two lines) where there is less room.
    Layout.fillWidth: true
    Layout.maximumWidth: implicitWidth
    Layout.minimumWidth: Math.min(implicitWidth, 48)

    contentItem: RowLayout {
        spacing: button.spacing
        IconImage {
            visible: button.icon.source != ""
            source: button.icon.source
            sourceSize.width: button.icon.width
            sourceSize.height: button.icon.height
            color: button.textColor
        }
        Label {
            Layout.fillWidth: true
            text: button.text
            textFormat: Text.PlainText
            font: button.font
            wrapMode: Text.WordWrap
            horizontalAlignment: Text.AlignHCenter
            verticalAlignment: Text.AlignVCenter
            color: button.textColor
        }
    }
}
