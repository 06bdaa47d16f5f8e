// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts

// A label and its value, one under the other.
ColumnLayout {
    id: row

    required property string label
    required property string value

    Layout.fillWidth: true
    Layout.leftMargin: Theme.margin
    Layout.rightMargin: Theme.margin
    spacing: 2

    Label {
        Layout.fillWidth: true
        text: row.label
        wrapMode: Text.WordWrap
        color: row.Material.secondaryTextColor
        font.pixelSize: Theme.fontSize(13)
    }
    Label {
        Layout.fillWidth: true
        text: row.value
        wrapMode: Text.Wrap
        textFormat: Text.PlainText
    }
}
