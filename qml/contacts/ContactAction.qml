// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import Ews.Ui.Components

// A phone number or e-mail address with its action and a copy button.
ColumnLayout {
    id: row

    required property string label
    required property string value
    required property string actionText
    required property string emptyText
    signal triggered()
    signal copyWanted()

    Layout.fillWidth: true
    Layout.leftMargin: Theme.margin
    Layout.rightMargin: Theme.margin
    spacing: 2

    Label {
        textFormat: Text.PlainText
        text: row.label
        color: row.Material.secondaryTextColor
        font.pixelSize: Theme.fontSize(13)
    }
    Label {
        textFormat: Text.PlainText
        Layout.fillWidth: true
        text: row.value.length > 0 ? row.value : row.emptyText
        wrapMode: Text.Wrap
        font.italic: row.value.length === 0
    }
    RowLayout {
        objectName: "actions"
        visible: row.value.length > 0
        spacing: Theme.smallSpacing
        WrappingButton {
            text: row.actionText
            highlighted: true
            onClicked: row.triggered()
        }
        WrappingButton {
            //: Button: copy a phone number or address to the clipboard
            text: qsTr("Copy")
            flat: true
            Accessible.name: qsTr("Copy %1").arg(row.label)
            onClicked: row.copyWanted()
        }
    }
}
