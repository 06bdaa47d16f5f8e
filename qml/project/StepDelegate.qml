// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import Ews.Ui.Components

// One step of the project with its status, owner and due date.
ItemDelegate {
    id: row
    // A screen reader's "press" does what a tap does (Qt 6.4 gives a list row no action).
    Accessible.onPressAction: row.clicked()

    // Reached with Tab on a desktop, opened with Space.
    focusPolicy: Qt.StrongFocus

    required property int index
    required property string stepId
    required property string title
    required property string status
    required property string statusText
    required property string summary
    required property bool overdue
    required property bool mine
    property bool editable: false
    signal editWanted(int row)
    /// The step ticked off (or taken back) with one tap on its box.
    signal doneToggled(string stepId, bool done)

    leftPadding: Theme.margin
    rightPadding: Theme.margin
    enabled: true
    onClicked: if (editable) editWanted(index)
    Accessible.name: title + ", " + summary + (overdue ? ", " + qsTr("overdue") : "")
                     + (mine ? ", " + qsTr("yours") : "")

    contentItem: RowLayout {
        spacing: Theme.spacing

        // One tap marks it done, another takes that back.
        CheckBox {
            objectName: "stepDone"
            Layout.alignment: Qt.AlignTop
            Layout.topMargin: -8
            Layout.leftMargin: -8
            enabled: row.editable
            checked: row.status === "done"
            Material.accent: Theme.done
            //: Accessible name of the box that marks a project step done; %1 is its title
            Accessible.name: qsTr("Done: %1").arg(row.title)
            // A screen reader's "toggle" or "press" marks it as a tap does (Qt 6.4 flips the
            // shown state only).
            Accessible.onToggleAction: {
                toggle()
                toggled()
            }
            Accessible.onPressAction: {
                toggle()
                toggled()
            }
            onToggled: {
                row.doneToggled(row.stepId, checked)
                // What is stored decides what is shown: a refused change shows as it was.
                checked = Qt.binding(() => row.status === "done")
            }
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
                font.bold: row.mine
                color: row.overdue ? Theme.overdue : row.Material.secondaryTextColor
                font.pixelSize: Theme.fontSize(13)
                wrapMode: Text.Wrap
            }
        }
    }
}
