// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import Ews.Core
import Ews.Sync
import Ews.Ui.Attachments
import Ews.Ui.Components

// Add or change a step: title, status, owner, when it is due, notes.
FormDialog {
    id: dialog

    required property ProjectController project
    // The person's notes on dates, some of which may point to this step.
    property DateNotes notes: null
    // Photos and files on the step (none shown without).
    property AttachmentDesk attachments: null
    property string stepId: ""
    // The modules with their first day, as the form was opened.
    property var moduleChoices: []
    // The person wants the step removed; the page asks before it happens.
    signal removeWanted(string stepId, string title)

    title: stepId.length > 0 ? qsTr("Change step") : qsTr("New step")
    errorAtField: dateError.visible

    // Opens the form for the step in @p row, or empty for a new step when row is -1.
    function openFor(row: int) {
        const step = row >= 0 ? project.steps.model.get(row) : ({})
        stepId = step.stepId ?? ""
        titleField.text = step.title ?? ""
        statusChoice.currentIndex = Math.max(0, statusChoice.indexOfValue(step.status ?? "open"))
        ownerChoice.currentIndex = Math.max(0, ownerChoice.indexOfValue(step.ownerContactId ?? ""))
        dueChoice.currentIndex = Math.max(0, dueChoice.indexOfValue(step.dueKind ?? "none"))
        dueDateField.text = step.dueDateInput ?? ""
        dateError.text = ""
        // The next module unless the step names one.
        moduleChoices = project.steps.moduleChoices()
        dueModuleChoice.currentIndex = Math.max(0, (step.dueModule || project.steps.nextModule()) - 1)
        notesField.text = step.notes ?? ""
        errorText = ""
        open()
        titleField.forceActiveFocus()
    }

    // The calendar beside the due date, at the day the field holds (or today).
    function openCalendar() {
        calendar.openAt(dialog.project.steps.dateOf(dueDateField.text))
    }

    // The person wants the open step removed: the page asks before it happens.
    function askToRemove() {
        dialog.removeWanted(dialog.stepId, titleField.text)
    }

    function save(): string {
        // A date that cannot be read is said beside the date field.
        dateError.text = dueChoice.currentValue === "date"
                         ? project.steps.dateProblem(dueDateField.text) : ""
        if (dateError.text.length > 0) {
            dueDateField.forceActiveFocus()
            return dateError.text
        }
        const args = [titleField.text, statusChoice.currentValue, ownerChoice.currentValue,
                      dueChoice.currentValue, dueDateField.text, dueModuleChoice.currentIndex + 1,
                      notesField.text]
        return stepId.length > 0 ? project.steps.update(stepId, ...args) : project.steps.add(...args)
    }

    FieldLabel { text: qsTr("What is to be done?") }
    TextField {
        id: titleField
        objectName: "stepTitle"
        Layout.fillWidth: true
        placeholderText: qsTr("e.g. Talk to the mayor")
        Accessible.name: qsTr("Title of the step")
    }
    FieldLabel { text: qsTr("Status") }
    ChoiceBox {
        id: statusChoice
        objectName: "stepStatus"
        Layout.fillWidth: true
        textRole: "text"
        valueRole: "value"
        model: [
            { value: "open", text: qsTr("Open") },
            { value: "in_progress", text: qsTr("In progress") },
            { value: "done", text: qsTr("Done") }
        ]
        Accessible.name: qsTr("Status")
    }
    FieldLabel { text: qsTr("Who takes care of it?") }
    ChoiceBox {
        id: ownerChoice
        Layout.fillWidth: true
        textRole: "name"
        valueRole: "contactId"
        model: dialog.project.steps.ownerChoices
        Accessible.name: qsTr("Who takes care of it?")
    }
    FieldLabel { text: qsTr("Due") }
    ChoiceBox {
        id: dueChoice
        objectName: "stepDue"
        Layout.fillWidth: true
        textRole: "text"
        valueRole: "value"
        model: [
            { value: "none", text: qsTr("No date") },
            { value: "module", text: qsTr("By a module") },
            { value: "date", text: qsTr("By a date") }
        ]
        Accessible.name: qsTr("Due")
    }
    ChoiceBox {
        id: dueModuleChoice
        objectName: "stepDueModule"
        Layout.fillWidth: true
        visible: dueChoice.currentValue === "module"
        // "Modul 3 · 28.01.2027": which module and when it begins.
        textRole: "text"
        valueRole: "module"
        model: dialog.moduleChoices
        Accessible.name: qsTr("By which module")
    }
    RowLayout {
        Layout.fillWidth: true
        visible: dueChoice.currentValue === "date"
        TextField {
            id: dueDateField
            objectName: "stepDueDate"
            Layout.fillWidth: true
            //: Placeholder of a date field; shows the expected form
            placeholderText: qsTr("DD.MM.YYYY")
            inputMethodHints: Qt.ImhDate
            Accessible.name: qsTr("Due date")
            onTextEdited: dateError.text = ""
        }
        ToolButton {
            Accessible.onPressAction: clicked() // Qt 6.4's own press does nothing
            objectName: "pickDueDate"
            icon.source: "qrc:/qt/qml/Ews/Ui/Components/icons/calendar.svg"
            //: Button beside a date field: opens a calendar to pick the day
            text: qsTr("Pick from the calendar")
            display: AbstractButton.IconOnly
            Accessible.name: text
            onClicked: dialog.openCalendar()
        }
    }
    Label {
        id: dateError
        objectName: "stepDateError"
        Layout.fillWidth: true
        visible: text.length > 0 && dueChoice.currentValue === "date"
        textFormat: Text.PlainText
        wrapMode: Text.WordWrap
        color: Theme.overdue
        Accessible.role: Accessible.AlertMessage
    }
    Flow {
        objectName: "quickDates"
        Layout.fillWidth: true
        visible: dueChoice.currentValue === "date"
        spacing: Theme.smallSpacing
        Repeater {
            //: Quick choices for a due date
            model: [{ days: 7, text: qsTr("In a week") }, { days: 14, text: qsTr("In two weeks") },
                    { days: 28, text: qsTr("In four weeks") }]
            delegate: WrappingButton {
                required property var modelData
                objectName: "quickDate-" + modelData.days
                width: Math.min(implicitWidth, parent.width)
                flat: true
                text: modelData.text
                onClicked: {
                    dueDateField.text = dialog.project.steps.dateInDays(modelData.days)
                    dateError.text = ""
                }
            }
        }
    }
    DatePickerPopup {
        id: calendar
        objectName: "dueDateCalendar"
        onPicked: (year, month, day) => {
            dueDateField.text = dialog.project.steps.dateInput(year, month, day)
            dateError.text = ""
        }
    }
    FieldLabel { text: qsTr("Notes") }
    WritingArea {
        id: notesField
        Layout.fillWidth: true
        Layout.minimumHeight: 80
        example: qsTr("Optional")
        Accessible.name: qsTr("Notes")
    }
    FieldLabel {
        visible: stepFiles.visible
        //: Heading in a step: its photos and files
        text: qsTr("Photos and files")
    }
    AttachmentStrip {
        id: stepFiles
        Layout.fillWidth: true
        visible: dialog.attachments !== null && dialog.stepId.length > 0 && (items.length > 0 || canAdd)
        desk: dialog.attachments
        parentId: dialog.stepId
        parentKind: "step"
        canAdd: dialog.project.canEdit
    }
    Label {
        textFormat: Text.PlainText
        Layout.fillWidth: true
        Layout.topMargin: Theme.spacing
        visible: notesOnStep.count > 0
        //: Heading in a step: the person's own notes on dates that point to this step
        text: qsTr("Your notes on dates about this step")
        wrapMode: Text.Wrap
        font.bold: true
    }
    Repeater {
        id: notesOnStep
        objectName: "notesOnStep"
        // Read again when notes change (stepChoices changes with them).
        model: dialog.notes && dialog.stepId.length > 0 && dialog.notes.stepChoices.length >= 0
               ? dialog.notes.notesOnStep(dialog.stepId) : []
        delegate: ColumnLayout {
            id: note
            required property var modelData
            Layout.fillWidth: true
            spacing: 2
            Label {
                textFormat: Text.PlainText
                Layout.fillWidth: true
                text: note.modelData.heading
                wrapMode: Text.Wrap
                color: Material.secondaryTextColor
                font.pixelSize: Theme.fontSize(13)
            }
            Label {
                textFormat: Text.PlainText
                Layout.fillWidth: true
                text: note.modelData.text
                wrapMode: Text.Wrap
            }
        }
    }
    WrappingButton {
        objectName: "removeStepButton"
        visible: dialog.stepId.length > 0
        Layout.topMargin: Theme.spacing
        text: qsTr("Remove step")
        flat: true
        Material.foreground: Theme.overdue
        onClicked: dialog.askToRemove()
    }
}
