// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import Ews.Ui.Components

// One material in the list: its title, topic, who posted it, whether it is a link or a file
// and whether it is on this device.
ItemDelegate {
    id: row

    required property string materialId
    required property string title
    required property string topic
    required property string url
    required property string fileName
    required property string authorName
    required property bool waiting
    required property string problem
    required property bool keptOffline
    required property bool onDevice

    // What it is and where, in one line: "Link", "Folien.pdf · auf diesem Gerät".
    readonly property string kindText: url.length > 0
        //: A material that is a link to a web page
        ? qsTr("Link")
        : fileName + (waiting ? " · " + (problem.length > 0 ? problem : qsTr("is being sent"))
                              : keptOffline ? " · " + qsTr("kept on this device")
                              : onDevice ? " · " + qsTr("on this device") : "")

    Accessible.name: title + ", " + kindText
    contentItem: ColumnLayout {
        spacing: 2
        Label {
            Layout.fillWidth: true
            text: row.title
            textFormat: Text.PlainText
            wrapMode: Text.Wrap
            font.bold: true
        }
        Label {
            Layout.fillWidth: true
            visible: text.length > 0
            text: row.topic + (row.topic.length > 0 && row.authorName.length > 0 ? " · " : "")
                  + row.authorName
            textFormat: Text.PlainText
            wrapMode: Text.Wrap
            color: row.Material.secondaryTextColor
            font.pixelSize: Theme.fontSize(13)
        }
        Label {
            Layout.fillWidth: true
            text: row.kindText
            textFormat: Text.PlainText
            wrapMode: Text.Wrap
            color: row.problem.length > 0 ? Theme.overdue : row.Material.secondaryTextColor
            font.pixelSize: Theme.fontSize(13)
        }
    }
}
