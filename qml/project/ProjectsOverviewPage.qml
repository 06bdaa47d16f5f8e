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
    // A municipality was chosen: its project.
    signal municipalityChosen(string municipalityId)

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
