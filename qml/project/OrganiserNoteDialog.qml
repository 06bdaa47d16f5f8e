// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Ews.Core
import Ews.Ui.Components

// An organiser's comment on the project shown, or on one of its steps; the municipality's
// participants see it under "Comments from the organisers" and in "What's new".
FormDialog {
    id: dialog

    required property ProjectController project

    //: Title of the form for an organiser's comment on a project
    title: qsTr("Comment for %1").arg(project.municipalityName)

    function openNew() {
        textField.text = ""
        stepChoice.currentIndex = 0
        errorText = ""
        open()
        textField.forceActiveFocus()
    }

    function save(): string {
        return project.organiserNotes.add(textField.text,
                                  stepChoice.currentIndex > 0 ? stepChoice.currentValue : "")
    }

    FieldLabel { text: qsTr("About") }
    ChoiceBox {
        id: stepChoice
        objectName: "commentStep"
        Layout.fillWidth: true
        textRole: "text"
        valueRole: "value"
        model: {
            const choices = [{ value: "", text: qsTr("The whole project") }]
            for (let row = 0; row < dialog.project.steps.model.count; ++row) {
                const step = dialog.project.steps.model.get(row)
                choices.push({ value: step.stepId, text: step.title })
            }
            return choices
        }
        wantedIndex: 0
        Accessible.name: qsTr("About")
    }
    FieldLabel { text: qsTr("Comment") }
    WritingArea {
        id: textField
        objectName: "commentText"
        Layout.fillWidth: true
        Layout.minimumHeight: 120
        wrapMode: TextEdit.Wrap
        example: qsTr("e.g. An answer to their question, or a tip for the next step")
        Accessible.name: qsTr("Comment")
    }
    Label {
        Layout.fillWidth: true
        text: qsTr("Everyone in the programme can read it, like the project itself.")
        wrapMode: Text.Wrap
        font.pixelSize: Theme.fontSize(12)
        opacity: 0.7
    }
}
