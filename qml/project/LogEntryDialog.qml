// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Ews.Core
import Ews.Ui.Components

// Write a progress entry. Entries are kept as written.
FormDialog {
    id: dialog

    required property ProjectController project

    title: qsTr("New log entry")

    function openNew() {
        dateField.text = project.log.todayInput
        textField.text = ""
        questionBox.checked = false
        errorText = ""
        open()
        textField.forceActiveFocus()
    }

    function save(): string {
        return project.log.add(dateField.text, textField.text, questionBox.checked)
    }

    Label { text: qsTr("Date") }
    TextField {
        id: dateField
        objectName: "logDate"
        Layout.fillWidth: true
        inputMethodHints: Qt.ImhDate
        Accessible.name: qsTr("Date of the entry")
    }
    Label { text: qsTr("What happened?") }
    TextArea {
        id: textField
        objectName: "logText"
        Layout.fillWidth: true
        Layout.minimumHeight: 120
        wrapMode: TextEdit.Wrap
        placeholderText: qsTr("e.g. Presented the idea to the committee; they asked for a cost plan.")
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
        text: qsTr("Entries cannot be changed later, so that everyone can rely on the log.")
        wrapMode: Text.Wrap
        font.pixelSize: Theme.fontSize(12)
        opacity: 0.7
    }
}
