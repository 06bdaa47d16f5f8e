// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import Ews.Ui.Components

// One person in the contact list.
ItemDelegate {
    id: row
    // A screen reader's "press" does what a tap does (Qt 6.4 gives a list row no action).
    Accessible.onPressAction: row.clicked()

    // Reached with Tab on a desktop, opened with Space.
    focusPolicy: Qt.StrongFocus

    required property string contactId
    required property string name
    required property string subtitle
    required property string initials

    leftPadding: Theme.margin
    rightPadding: Theme.margin
    Accessible.name: name + ", " + subtitle

    contentItem: RowLayout {
        spacing: Theme.spacing

        Avatar {
            initials: row.initials
        }
        ColumnLayout {
            Layout.fillWidth: true
            spacing: 2
            Label {
                textFormat: Text.PlainText
                Layout.fillWidth: true
                text: row.name
                wrapMode: Text.Wrap
            }
            PreviewLabel {
                Layout.fillWidth: true
                text: row.subtitle
                color: row.Material.secondaryTextColor
                font.pixelSize: Theme.fontSize(13)
            }
        }
    }
}
