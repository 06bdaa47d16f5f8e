// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import Ews.Ui.Components

// One change since the person last looked: what, what it says, and when or where.
ItemDelegate {
    id: row
    // A screen reader's "press" does what a tap does (Qt 6.4 gives a list row no action).
    Accessible.onPressAction: row.clicked()

    // Reached with Tab on a desktop, opened with Space.
    focusPolicy: Qt.StrongFocus

    required property string kind
    required property string headline
    required property string detail
    required property string whenText
    required property string targetId
    required property string municipalityId
    required property string municipalityName

    leftPadding: Theme.margin
    rightPadding: Theme.margin
    // The linter of Qt 6.4 knows none of JavaScript's Array methods on a list literal (it takes
    // it for a QVariantList without them), so it cannot check "filter" here.
    // qmllint disable type
    Accessible.name: [row.municipalityName, row.headline, row.detail, row.whenText]
                     .filter(part => part.length > 0).join(", ")
    // qmllint enable type

    contentItem: ColumnLayout {
        spacing: 2
        Label {
            textFormat: Text.PlainText
            Layout.fillWidth: true
            visible: row.municipalityName.length > 0
            text: row.municipalityName
            wrapMode: Text.WordWrap
            color: row.Material.accentColor
            font.pixelSize: Theme.fontSize(13)
        }
        Label {
            textFormat: Text.PlainText
            Layout.fillWidth: true
            text: row.headline
            wrapMode: Text.Wrap
            font.bold: true
        }
        PreviewLabel {
            Layout.fillWidth: true
            visible: row.detail.length > 0
            text: row.detail
            color: row.kind === "programme" ? Theme.tentative : row.Material.foreground
            maximumLineCount: 3
        }
        Label {
            textFormat: Text.PlainText
            Layout.fillWidth: true
            text: row.whenText
            wrapMode: Text.WordWrap
            color: row.Material.secondaryTextColor
            font.pixelSize: Theme.fontSize(13)
        }
    }
}
