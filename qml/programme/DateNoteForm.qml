// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import Ews.Core
import Ews.Sync
import Ews.Ui.Attachments
import Ews.Ui.Components

// The person's own note on a date: only they see it, on all their devices; it can point to
// a step of their project and carry photos and files (a flip chart, a handout). What is typed
// stays in the field until it is saved.
ColumnLayout {
    id: form

    required property DateNotes notes
    required property string eventId
    property AttachmentDesk attachments: null
    signal saved(string message)

    // The note as stored, re-read when notes arrive from the person's other devices.
    readonly property string storedText: notes.stepChoices.length >= 0 ? notes.text(eventId) : ""
    readonly property string storedStep: notes.stepChoices.length >= 0 ? notes.stepId(eventId) : ""
    readonly property string storedId: notes.stepChoices.length >= 0 ? notes.noteId(eventId) : ""
    readonly property bool edited: noteField.text !== storedText || chosenStep() !== storedStep

    function chosenStep(): string {
        return stepChoice.currentIndex > 0 ? stepChoice.currentValue : ""
    }

    Layout.fillWidth: true
    Layout.leftMargin: Theme.margin
    Layout.rightMargin: Theme.margin
    spacing: Theme.smallSpacing

    // Arrivals from elsewhere show unless the person is typing.
    onStoredTextChanged: if (!noteField.activeFocus) noteField.text = storedText

    HeadingLabel {
        textFormat: Text.PlainText
        Layout.topMargin: Theme.spacing
        //: Heading of the person's own note on a date
        text: qsTr("My note")
        font.bold: true
    }
    Label {
        textFormat: Text.PlainText
        Layout.fillWidth: true
        text: qsTr("Only you see it, on all your devices.")
        wrapMode: Text.Wrap
        color: Material.secondaryTextColor
        font.pixelSize: Theme.fontSize(13)
    }
    WritingArea {
        id: noteField
        objectName: "noteField"
        Layout.fillWidth: true
        text: form.storedText
        wrapMode: TextArea.Wrap
        //: Placeholder of the note field on a date's page
        example: qsTr("What you want to remember about this date")
        Accessible.name: qsTr("My note")
    }
    ChoiceBox {
        id: stepChoice
        objectName: "noteStep"
        Layout.fillWidth: true
        visible: form.notes.stepChoices.length > 0
        textRole: "text"
        valueRole: "value"
        //: First entry of the choice which project step a note belongs to
        model: [{ value: "", text: qsTr("Not about a step") }, ...form.notes.stepChoices]
        wantedIndex: Math.max(0, model.findIndex(choice => choice.value === form.storedStep))
        Accessible.name: qsTr("Step of your project this note is about")
    }
    Label {
        id: error
        objectName: "noteError"
        textFormat: Text.PlainText
        Layout.fillWidth: true
        visible: text.length > 0
        color: Theme.overdue
        wrapMode: Text.Wrap
    }
    AttachmentStrip {
        id: noteFiles
        objectName: "noteFiles"
        Layout.fillWidth: true
        visible: form.attachments !== null
        desk: form.attachments
        parentId: form.storedId
        parentKind: "note"
        canAdd: true
        onNoteFileChosen: file => noteFiles.message = form.attachments.attachToNote(
                              form.notes.noteForFiles(form.eventId), file)
    }
    WrappingButton {
        objectName: "saveNote"
        enabled: form.edited
        text: noteField.text.trim().length === 0 && form.storedText.length > 0
              && noteFiles.items.length === 0
              ? qsTr("Remove note") : qsTr("Save note")
        onClicked: {
            error.text = form.notes.save(form.eventId, noteField.text, form.chosenStep())
            if (error.text.length === 0)
                form.saved(qsTr("Saved on this device"))
        }
    }
}
