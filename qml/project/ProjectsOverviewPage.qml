// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import Ews.Core
import Ews.Ui.Components

// Every municipality's practice project at a glance; open questions to the organisers first.
Page {
    id: page

    required property ProjectsOverview overview
    required property CohortReport report
    // A municipality was chosen: its project.
    signal municipalityChosen(string municipalityId)
    // A report was saved, or could not be: the message says which.
    signal saved(string message)

    //: Title of the overview of all municipalities' projects
    title: qsTr("All projects")

    Component.onCompleted: page.overview.reload()

    ColumnLayout {
        anchors.fill: parent
        spacing: 0

        Label {
            textFormat: Text.PlainText
            objectName: "cohortHint"
            Layout.fillWidth: true
            Layout.margins: Theme.margin
            text: page.overview.openQuestionCount > 0
                  ? qsTr("Open questions to the organisers: %1. They count as answered once the organisers comment on the project.").arg(page.overview.openQuestionCount)
                  : qsTr("No open questions to the organisers.")
            wrapMode: Text.Wrap
            color: Material.secondaryTextColor
        }
        // Before a module: which projects, in which order, and all of them as one document.
        GridLayout {
            Layout.fillWidth: true
            Layout.leftMargin: Theme.margin
            Layout.rightMargin: Theme.margin
            columns: page.width >= 720 ? 6 : 2
            columnSpacing: Theme.smallSpacing
            rowSpacing: 0
            Label {
                //: Label of a choice: which projects the overview shows
                text: qsTr("Show")
            }
            ChoiceBox {
                id: filterChoice
                objectName: "overviewFilter"
                Layout.fillWidth: true
                model: [
                    { value: "all", text: qsTr("all projects") },
                    { value: "questions", text: qsTr("with open questions") },
                    { value: "overdue", text: qsTr("with overdue steps") },
                    //: Projects nobody wrote in since the module chosen beside began
                    { value: "quiet", text: qsTr("nothing written since …") }
                ]
                textRole: "text"
                valueRole: "value"
                wantedIndex: model.findIndex(choice => choice.value === page.overview.filter)
                onActivated: page.overview.filter = currentValue
                Accessible.name: qsTr("Show")
            }
            Label {
                //: Label of a choice: the order of the projects
                text: qsTr("Order")
            }
            ChoiceBox {
                objectName: "overviewOrder"
                Layout.fillWidth: true
                model: [
                    { value: "questions", text: qsTr("open questions first") },
                    { value: "overdue", text: qsTr("most overdue steps first") },
                    { value: "quiet", text: qsTr("longest without an entry first") },
                    { value: "name", text: qsTr("by name") }
                ]
                textRole: "text"
                valueRole: "value"
                wantedIndex: model.findIndex(choice => choice.value === page.overview.sortOrder)
                onActivated: page.overview.sortOrder = currentValue
                Accessible.name: qsTr("Order")
            }
            Label {
                visible: page.overview.moduleChoices.length > 0
                //: Label of a choice: the module that "nothing written since" and the report's log count from
                text: qsTr("Since")
            }
            ChoiceBox {
                id: sinceChoice
                objectName: "overviewSince"
                readonly property var modules: page.overview.moduleChoices
                Layout.fillWidth: true
                visible: page.overview.moduleChoices.length > 0
                model: page.overview.moduleChoices
                textRole: "text"
                valueRole: "value"
                wantedIndex: sinceChoice.modules.findIndex(choice => choice.value === page.overview.quietSince)
                onActivated: page.overview.quietSince = currentValue
                Accessible.name: qsTr("Since")
            }
        }
        Flow {
            Layout.fillWidth: true
            Layout.leftMargin: Theme.margin - 4
            Layout.rightMargin: Theme.margin
            spacing: Theme.smallSpacing
            WrappingButton {
                objectName: "cohortPdf"
                flat: true
                highlighted: true
                enabled: page.overview.count > 0
                //: Button: the projects shown as one PDF, to take to a module
                text: qsTr("These projects as PDF")
                onClicked: page.saved(page.report.hand("pdf", page.overview.shownIds, page.overview.quietSince))
            }
            WrappingButton {
                objectName: "cohortCsv"
                flat: true
                enabled: page.overview.count > 0
                //: Button: the projects as one table, for a spreadsheet program (a CSV file)
                text: qsTr("As a table")
                onClicked: page.saved(page.report.hand("csv", page.overview.shownIds, page.overview.quietSince))
            }
        }
        HeadingLabel {
            objectName: "cohortHeading"
            Layout.fillWidth: true
            Layout.leftMargin: Theme.margin
            Layout.rightMargin: Theme.margin
            //: Heading over the list of projects; %n how many the choice above shows
            text: qsTr("%n project(s) shown", "", page.overview.count)
            font.bold: true
            font.pixelSize: Theme.fontSize(18)
            wrapMode: Text.Wrap
        }
        Label {
            textFormat: Text.PlainText
            Layout.fillWidth: true
            Layout.margins: Theme.margin
            visible: page.overview.count === 0
            text: qsTr("No project matches this choice.")
            wrapMode: Text.Wrap
        }
        ListView {
            objectName: "cohortList"
            Layout.fillWidth: true
            Layout.fillHeight: true
            clip: true
            model: page.overview
            delegate: ProjectsOverviewDelegate {
                id: municipality
                width: ListView.view.width
                onClicked: page.municipalityChosen(municipality.municipalityId)
            }
            ScrollIndicator.vertical: ScrollIndicator {}
        }
    }
}
