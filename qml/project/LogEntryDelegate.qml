// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import Ews.Ui.Components

// One entry of the progress log.
ColumnLayout {
    id: entry

    required property string dateText
    required property string authorName
    required property string text
    required property bool question

    Layout.leftMargin: Theme.margin
    Layout.rightMargin: Theme.margin
    spacing: 2

    Label {
        textFormat: Text.PlainText
        Layout.fillWidth: true
        text: entry.authorName.length > 0 ? entry.dateText + " · " + entry.authorName : entry.dateText
        wrapMode: Text.Wrap
        color: entry.Material.secondaryTextColor
        font.pixelSize: Theme.fontSize(13)
    }
    Label {
        textFormat: Text.PlainText
        visible: entry.question
        Layout.fillWidth: true
        wrapMode: Text.Wrap
        //: Mark of a log entry that asks the organisers something
        text: qsTr("Question to the organisers")
        color: Theme.tentative
        font.bold: true
        font.pixelSize: Theme.fontSize(13)
    }
    Label {
        Layout.fillWidth: true
        Layout.bottomMargin: Theme.smallSpacing
        text: entry.text
        wrapMode: Text.Wrap
        textFormat: Text.PlainText
    }
}
