// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts

// A text that was kept for the person (replaced on another device, or refused by the
// server): where it belongs, why, the text itself to read or copy, and what to do with it.
Frame {
    id: box

    property string heading
    property string reason
    property alias text: content.text
    property string adoptText
    property string dismissText
    property bool actionsEnabled: true
    /// Folded: the heading on one line, the rest after a tap (a list of several stays short).
    property bool expanded: true
    signal adoptWanted()
    signal dismissWanted()

    Layout.fillWidth: true
    Layout.leftMargin: Theme.margin
    Layout.rightMargin: Theme.margin
    Accessible.name: heading
    Accessible.role: expanded ? Accessible.Grouping : Accessible.Button
    Accessible.onPressAction: expanded = true
    background: Rectangle {
        radius: Theme.radius
        color: box.Material.theme === Material.Dark ? "#2a2a2a" : "#f1f1f1"
        border.color: Theme.tentative
        border.width: 1
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: Theme.smallSpacing
        RowLayout {
            Layout.fillWidth: true
            spacing: Theme.smallSpacing
            PreviewLabel {
                Layout.fillWidth: true
                text: box.heading
                font.bold: true
                maximumLineCount: box.expanded ? 100 : 1
            }
            Label {
                visible: !box.expanded
                //: A folded kept text: tap to read it
                text: qsTr("Show")
                color: box.Material.accentColor
                font.bold: true
            }
            TapHandler {
                enabled: !box.expanded
                onTapped: box.expanded = true
            }
        }
        Label {
            textFormat: Text.PlainText
            Layout.fillWidth: true
            visible: box.expanded && box.reason.length > 0
            text: box.reason
            color: Theme.overdue
            wrapMode: Text.Wrap
        }
        TextArea {
            id: content
            Layout.fillWidth: true
            visible: box.expanded && text.length > 0
            readOnly: true
            selectByMouse: true
            wrapMode: TextEdit.Wrap
            textFormat: TextEdit.PlainText
            Accessible.name: qsTr("Kept text")
        }
        Flow {
            Layout.fillWidth: true
            visible: box.expanded
            spacing: Theme.smallSpacing
            WrappingButton {
                visible: box.adoptText.length > 0 && box.actionsEnabled
                text: box.adoptText
                highlighted: true
                onClicked: box.adoptWanted()
            }
            WrappingButton {
                visible: content.text.length > 0
                //: Button: copy a kept text to the clipboard
                text: qsTr("Copy")
                flat: true
                onClicked: {
                    content.selectAll()
                    content.copy()
                    content.deselect()
                }
            }
            WrappingButton {
                visible: box.dismissText.length > 0 && box.actionsEnabled
                text: box.dismissText
                flat: true
                onClicked: box.dismissWanted()
            }
        }
    }
}
