// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import Ews.Core
import Ews.Sync
import Ews.Ui.Components

// A municipality's practice project: goal, steps, progress and log. The device's own
// municipality's project can be changed; the others can be read.
Page {
    id: page

    required property ProjectController project
    required property MunicipalitiesModel municipalities
    required property SyncController sync
    required property ProjectReport report
    // The person's notes on dates, shown with the steps they point to.
    property DateNotes notes: null
    // Photos and files on log entries.
    property AttachmentDesk attachments: null
    signal saved(string message)
    signal settingsWanted()
    signal overviewWanted()

    title: qsTr("Practice project")

    function openNewStep() {
        stepDialog.openFor(-1)
    }
    // Opens the step in @p row; with @p askToRemove also the question whether to remove it.
    function openStep(row: int, askToRemove: bool) {
        stepDialog.openFor(row)
        if (askToRemove)
            stepDialog.askToRemove()
    }
    function openNewLogEntry() {
        logDialog.openNew()
    }
    function openStepCalendar(row: int) {
        stepDialog.openFor(row)
        stepDialog.openCalendar()
    }
    // Opens the correction of the person's newest own entry (for the screenshots' tour).
    function openOwnCorrection() {
        const model = page.project.log.model
        for (let row = 0; row < model.count; ++row) {
            const index = model.index(row, 0)
            if (model.data(index, LogEntriesModel.MineRole))
                return logDialog.openCorrection(model.data(index, LogEntriesModel.EntryIdRole),
                                                model.data(index, LogEntriesModel.TextRole),
                                                model.data(index, LogEntriesModel.QuestionRole),
                                                model.data(index, LogEntriesModel.DateTextRole))
        }
    }
    // Scrolls to the progress log (for the screenshots' tour).
    function showLog() {
        const view = scroll.contentItem as Flickable
        view.contentY = Math.max(0, Math.min(logHeading.y, view.contentHeight - view.height))
    }
    function openNewComment() {
        commentDialog.openNew()
    }
    function confirmSaved() {
        page.saved(qsTr("Saved on this device"))
    }
    // Reports the outcome of a change made directly on the page (not through a form).
    function afterChange(error: string) {
        page.saved(error.length > 0 ? error : qsTr("Saved on this device"))
    }

    ScrollView {
        id: scroll
        anchors.fill: parent
        contentWidth: availableWidth

        ColumnLayout {
            width: Math.min(scroll.availableWidth, Theme.contentMaxWidth)
            spacing: Theme.spacing

            ChoiceBox {
                id: municipalityChoice
                Layout.fillWidth: true
                Layout.margins: Theme.margin
                Layout.bottomMargin: 0
                visible: page.municipalities.count > 0
                model: page.municipalities
                textRole: "name"
                valueRole: "municipalityId"
                wantedIndex: page.municipalities.count >= 0 ? page.municipalities.indexOf(page.project.shownMunicipalityId) : -1
                placeholderText: qsTr("Read the project of a municipality")
                onActivated: index => page.project.municipalityId = currentValue
                Accessible.name: qsTr("Show the project of")
            }

            WrappingButton {
                objectName: "overviewButton"
                Layout.leftMargin: Theme.margin
                flat: true
                //: Button on the project page: every municipality's progress at a glance
                text: qsTr("All projects at a glance")
                onClicked: page.overviewWanted()
            }

            NoticeBox {
                visible: !page.project.hasOwnMunicipality && !page.project.organiserNotes.canWrite
                text: qsTr("Choose your municipality in the settings. Then you can plan your practice project here and log its progress, also without internet.")
                actionText: qsTr("Open settings")
                onActionTriggered: page.settingsWanted()
            }
            NoticeBox {
                visible: page.project.hasOwnMunicipality && !page.project.canEdit
                text: qsTr("You are reading the project of %1. You can only change your own municipality's project.").arg(page.project.municipalityName)
            }

            ProjectSummary {
                Layout.fillWidth: true
                Layout.leftMargin: Theme.margin
                Layout.rightMargin: Theme.margin
                visible: page.project.hasProject || page.project.canEdit
                project: page.project
                onEditWanted: projectDialog.open()
            }

            SectionHeading {
                //: Heading of the organisers' comments on a practice project
                text: qsTr("Comments from the organisers")
                visible: page.project.organiserNotes.items.length > 0 || page.project.organiserNotes.canWrite
            }
            WrappingButton {
                objectName: "commentButton"
                Layout.leftMargin: Theme.margin
                visible: page.project.organiserNotes.canWrite && page.project.shownMunicipalityId.length > 0
                highlighted: true
                //: Button for organisers: write a comment the municipality's participants see
                text: qsTr("Write a comment")
                onClicked: page.openNewComment()
            }
            Repeater {
                model: page.project.organiserNotes.items
                delegate: ColumnLayout {
                    id: comment
                    required property var modelData
                    Layout.fillWidth: true
                    Layout.leftMargin: Theme.margin
                    Layout.rightMargin: Theme.margin
                    spacing: 2
                    Label {
                        textFormat: Text.PlainText
                        Layout.fillWidth: true
                        text: comment.modelData.heading
                        color: Material.secondaryTextColor
                        font.pixelSize: Theme.fontSize(13)
                        wrapMode: Text.Wrap
                    }
                    Label {
                        textFormat: Text.PlainText
                        Layout.fillWidth: true
                        text: comment.modelData.text
                        wrapMode: Text.Wrap
                    }
                }
            }

            SectionHeading {
                //: Heading of texts kept because two people changed the same thing at once
                text: qsTr("Entered at the same time")
                visible: page.project.keptTexts.items.length > 0
            }
            Label {
                textFormat: Text.PlainText
                Layout.fillWidth: true
                Layout.leftMargin: Theme.margin
                Layout.rightMargin: Theme.margin
                visible: page.project.keptTexts.items.length > 0
                text: qsTr("Two people changed the same text before they saw each other's change. The later one is shown in the project; the earlier one is kept here.")
                wrapMode: Text.Wrap
                color: Material.secondaryTextColor
            }
            Repeater {
                model: page.project.keptTexts.items
                delegate: KeptTextBox {
                    required property var modelData
                    objectName: "keptTextBox"
                    // Folded to one line each, so that the steps stay in view on a phone.
                    expanded: false
                    heading: modelData.heading
                    text: modelData.text
                    actionsEnabled: page.project.canEdit
                    //: Button: put a kept text back in place of the current one
                    adoptText: qsTr("Use this text")
                    //: Button: a kept text is not needed any more
                    dismissText: qsTr("Hide")
                    onAdoptWanted: page.afterChange(page.project.keptTexts.adopt(modelData.keptTextId))
                    onDismissWanted: page.afterChange(page.project.keptTexts.dismiss(modelData.keptTextId))
                }
            }

            SectionHeading {
                //: Heading of the list of a project's steps (milestones)
                text: qsTr("Steps")
                visible: page.project.hasProject || page.project.canEdit
            }
            Label {
                textFormat: Text.PlainText
                Layout.fillWidth: true
                Layout.leftMargin: Theme.margin
                Layout.rightMargin: Theme.margin
                visible: page.project.steps.count === 0 && (page.project.hasProject || page.project.canEdit)
                text: page.project.canEdit ? qsTr("No steps yet. Add the first step of your project.")
                                           : qsTr("No steps yet.")
                wrapMode: Text.Wrap
                color: Material.secondaryTextColor
            }
            Repeater {
                model: page.project.steps.model
                delegate: StepDelegate {
                    Layout.fillWidth: true
                    editable: page.project.canEdit
                    onEditWanted: row => stepDialog.openFor(row)
                    onDoneToggled: (stepId, done) => {
                        const problem = page.project.steps.setStatus(stepId, done ? "done" : "open")
                        page.saved(problem.length > 0 ? problem
                                   : done ? qsTr("Done. Saved on this device.")
                                          : qsTr("Open again. Saved on this device."))
                    }
                }
            }
            WrappingButton {
                objectName: "addStepButton"
                Layout.leftMargin: Theme.margin
                visible: page.project.canEdit
                text: qsTr("Add step")
                highlighted: true
                onClicked: page.openNewStep()
            }

            SectionHeading {
                id: logHeading
                //: Heading of the project's progress log
                text: qsTr("Progress log")
                visible: page.project.hasProject || page.project.canEdit
            }
            WrappingButton {
                Layout.leftMargin: Theme.margin
                visible: page.project.canEdit
                text: qsTr("Write an entry")
                onClicked: page.openNewLogEntry()
            }
            Label {
                textFormat: Text.PlainText
                Layout.fillWidth: true
                Layout.leftMargin: Theme.margin
                Layout.rightMargin: Theme.margin
                visible: page.project.log.model.count === 0 && (page.project.hasProject || page.project.canEdit)
                text: qsTr("No entries yet.")
                color: Material.secondaryTextColor
            }
            Repeater {
                model: page.project.log.model
                delegate: LogEntryDelegate {
                    Layout.fillWidth: true
                    attachments: page.attachments
                    canAttach: page.project.canEdit
                    onCorrectWanted: (entryId, text, question, dateText) =>
                                         logDialog.openCorrection(entryId, text, question, dateText)
                }
            }

            SectionHeading {
                visible: page.project.hasProject
                //: Heading: the project as a report for the municipality's administration
                text: qsTr("Report for your administration")
            }
            Label {
                textFormat: Text.PlainText
                Layout.fillWidth: true
                Layout.leftMargin: Theme.margin
                Layout.rightMargin: Theme.margin
                visible: page.project.hasProject
                text: qsTr("The project with its steps and log, as a PDF to pass on or as a table for a spreadsheet.")
                color: Material.secondaryTextColor
                wrapMode: Text.Wrap
            }
            RowLayout {
                Layout.fillWidth: true
                Layout.leftMargin: Theme.margin
                Layout.rightMargin: Theme.margin
                visible: page.project.hasProject && page.report.moduleChoices.length > 0
                Label {
                    //: Label of a choice: which log entries the report holds
                    text: qsTr("Log entries")
                }
                ChoiceBox {
                    id: reportPeriod
                    objectName: "reportPeriod"
                    readonly property var modules: page.report.moduleChoices
                    //: Choice of the report's period: every log entry
                    readonly property var everything: [{ value: 0, text: qsTr("all") }]
                    Layout.fillWidth: true
                    model: reportPeriod.everything.concat(reportPeriod.modules.map(
                        //: Choice of the report's period; %1 e.g. "Module 2 (26.11.2026)"
                        choice => ({ value: choice.value, text: qsTr("since %1").arg(choice.text) })))
                    textRole: "text"
                    valueRole: "value"
                    wantedIndex: 0
                    Accessible.name: qsTr("Log entries")
                }
            }
            Flow {
                Layout.fillWidth: true
                Layout.leftMargin: Theme.margin
                Layout.rightMargin: Theme.margin
                visible: page.project.hasProject
                spacing: Theme.smallSpacing
                WrappingButton {
                    objectName: "reportPdf"
                    //: Button: save the project report as a PDF file
                    text: qsTr("Save as PDF")
                    onClicked: page.saved(page.report.hand("pdf", Math.max(0, reportPeriod.currentValue ?? 0)))
                }
                WrappingButton {
                    objectName: "reportCsv"
                    flat: true
                    //: Button: the project's steps and log as a table for a spreadsheet program (a CSV file)
                    text: qsTr("As a table")
                    onClicked: page.saved(page.report.hand("csv", Math.max(0, reportPeriod.currentValue ?? 0)))
                }
            }
            Label {
                textFormat: Text.PlainText
                Layout.fillWidth: true
                Layout.margins: Theme.margin
                visible: page.project.canEdit
                text: page.sync.statusText
                color: Material.secondaryTextColor
                font.pixelSize: Theme.fontSize(13)
                wrapMode: Text.Wrap
            }
        }
    }

    StepDialog {
        id: stepDialog
        objectName: "stepDialog"
        project: page.project
        notes: page.notes
        attachments: page.attachments
        onSaved: page.confirmSaved()
        onRemoveWanted: (stepId, title) => {
            removeConfirmation.stepId = stepId
            removeConfirmation.text = qsTr("The step “%1” is removed for everyone in your municipality. The progress log stays as it is.").arg(title)
            removeConfirmation.open()
        }
    }
    ConfirmDialog {
        id: removeConfirmation
        objectName: "removeStepConfirmation"
        property string stepId
        title: qsTr("Remove this step?")
        //: Button: confirm removing a step
        confirmText: qsTr("Remove")
        onAccepted: {
            const error = page.project.steps.remove(stepId)
            if (error.length > 0) {
                stepDialog.errorText = error
                return
            }
            stepDialog.close()
            page.confirmSaved()
        }
    }
    OrganiserNoteDialog {
        id: commentDialog
        objectName: "commentDialog"
        project: page.project
        onSaved: page.confirmSaved()
    }
    LogEntryDialog {
        id: logDialog
        objectName: "logDialog"
        project: page.project
        onSaved: page.confirmSaved()
    }
    ProjectDialog {
        id: projectDialog
        project: page.project
        onSaved: page.confirmSaved()
    }

    PullToSync {
        objectName: "projectPull"
        flickable: scroll.contentItem as Flickable
        onWanted: page.sync.syncNow()
    }
}
