// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import Ews.Ui.Components

// One step of the project with its status, owner and due date.
ItemDelegate {
    id: row

    // Reached with Tab on a desktop, opened with Space.
    focusPolicy: Qt.StrongFocus

    required property int index
    required property string title
    required property string status
    required property string statusText
    required property string summary
    required property bool overdue
    property bool editable: false
    signal editWanted(int row)

    leftPadding: Theme.margin
    rightPadding: Theme.margin
    enabled: true
    onClicked: if (editable) editWanted(index)
    Accessible.name: title + ", " + summary + (overdue ? ", " + qsTr("overdue") : "")

    readonly property color statusColor: status === "done" ? Theme.done
                                       : status === "in_progress" ? Theme.inProgress : Theme.open

    contentItem: RowLayout {
        spacing: Theme.spacing

        Rectangle {
            Layout.alignment: Qt.AlignTop
            Layout.topMargin: 4
            implicitWidth: 14
            implicitHeight: 14
            radius: 7
            color: row.status === "open" ? "transparent" : row.statusColor
            border.color: row.statusColor
            border.width: 2
        }
        ColumnLayout {
            Layout.fillWidth: true
            spacing: 2
            Label {
                textFormat: Text.PlainText
                Layout.fillWidth: true
                text: row.title
                wrapMode: Text.Wrap
                font.strikeout: row.status === "done"
            }
            Label {
                textFormat: Text.PlainText
                Layout.fillWidth: true
                text: row.summary + (row.overdue ? " · " + qsTr("overdue") : "")
                color: row.overdue ? Theme.overdue : row.Material.secondaryTextColor
                font.pixelSize: Theme.fontSize(13)
                wrapMode: Text.Wrap
            }
        }
    }
}
