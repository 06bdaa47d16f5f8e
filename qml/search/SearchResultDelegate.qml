// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import Ews.Ui.Components

// One search result: what it is, and where.
ItemDelegate {
    id: row
    // A screen reader's "press" does what a tap does (Qt 6.4 gives a list row no action).
    Accessible.onPressAction: row.clicked()

    // Reached with Tab on a desktop, opened with Space.
    focusPolicy: Qt.StrongFocus

    required property string kind
    required property string itemId
    required property string municipalityId
    required property string title
    required property string detail

    leftPadding: Theme.margin
    rightPadding: Theme.margin
    Accessible.name: title + ", " + detail

    contentItem: ColumnLayout {
        spacing: 2
        Label {
            textFormat: Text.PlainText
            Layout.fillWidth: true
            text: row.title
            wrapMode: Text.Wrap
        }
        PreviewLabel {
            Layout.fillWidth: true
            text: row.detail
            color: row.Material.secondaryTextColor
            font.pixelSize: Theme.fontSize(13)
        }
    }
}
