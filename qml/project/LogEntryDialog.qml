// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import Ews.Core
import Ews.Ui.Components

// Write a progress entry, or correct or withdraw one's own. A correction is recorded beside
// the entry: everyone sees that and when it was corrected, and what it said before.
FormDialog {
    id: dialog

    required property ProjectController project
    // The entry being corrected, or empty for a new one.
    property string entryId: ""
    property string entryDateText: ""

    //: Title of the form that corrects one's own log entry; %1 its date
    title: entryId.length > 0 ? qsTr("Correct the entry of %1").arg(entryDateText)
                              : qsTr("New log entry")

    function openNew() {
        entryId = ""
        dateField.text = project.log.todayInput
        textField.text = ""
        questionBox.checked = false
        errorText = ""
        open()
        textField.forceActiveFocus()
    }

    function openCorrection(id: string, text: string, question: bool, dateText: string) {
        entryId = id
        entryDateText = dateText
        textField.text = text
        questionBox.checked = question
        errorText = ""
        open()
        textField.forceActiveFocus()
    }

    function save(): string {
        return entryId.length > 0
               ? project.log.correct(entryId, textField.text, questionBox.checked)
               : project.log.add(dateField.text, textField.text, questionBox.checked)
    }

    FieldLabel {
        visible: dialog.entryId.length === 0
        text: qsTr("Date")
    }
    TextField {
        id: dateField
        objectName: "logDate"
        visible: dialog.entryId.length === 0
        Layout.fillWidth: true
        inputMethodHints: Qt.ImhDate
        Accessible.name: qsTr("Date of the entry")
    }
    FieldLabel { text: qsTr("What happened?") }
    WritingArea {
        id: textField
        objectName: "logText"
        Layout.fillWidth: true
        Layout.minimumHeight: 120
        wrapMode: TextEdit.Wrap
        example: qsTr("e.g. Presented the idea to the committee; they asked for a cost plan.")
        Accessible.name: qsTr("What happened?")
    }
    SwitchRow {
        id: questionBox
        objectName: "logQuestion"
        //: In the new log entry: the entry asks the organisers something
        text: qsTr("A question to the organisers")
    }
    Label {
        Layout.fillWidth: true
        text: qsTr("If you correct an entry later, everyone sees when, and what it said before.")
        wrapMode: Text.Wrap
        font.pixelSize: Theme.fontSize(12)
        opacity: 0.7
    }
    WrappingButton {
        objectName: "withdrawLogEntry"
        visible: dialog.entryId.length > 0
        flat: true
        Material.foreground: Theme.overdue
        //: Button in the correction form: the entry stays in the log, marked withdrawn
        text: qsTr("Withdraw the entry")
        onClicked: {
            const message = dialog.project.log.withdraw(dialog.entryId)
            dialog.errorText = message
            if (message.length === 0) {
                dialog.close()
                dialog.saved()
            }
        }
    }
}
