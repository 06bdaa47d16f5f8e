// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts

// A hint with an optional action.
Frame {
    id: box

    property alias text: message.text
    property string actionText
    signal actionTriggered()

    Layout.fillWidth: true
    Layout.leftMargin: Theme.margin
    Layout.rightMargin: Theme.margin
    background: Rectangle {
        radius: Theme.radius
        color: box.Material.theme === Material.Dark ? "#2a2a2a" : "#f1f1f1"
    }

    ColumnLayout {
        anchors.fill: parent
        Label {
            id: message
            textFormat: Text.PlainText
            Layout.fillWidth: true
            wrapMode: Text.Wrap
        }
        WrappingButton {
            visible: box.actionText.length > 0
            text: box.actionText
            highlighted: true
            onClicked: box.actionTriggered()
        }
    }
}
