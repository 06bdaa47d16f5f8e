// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import Ews.Core
import Ews.Ui.Components

// A project's title, goal and progress at a glance. A Column, not a ColumnLayout: Qt 6.4's
// layout kept the height a wrapped text had while the page was still narrow, and the progress
// bar landed on the next section; a Column places each item by the height it has.
Column {
    id: summary

    required property ProjectController project
    signal editWanted()

    spacing: Theme.smallSpacing

    Label {
        textFormat: Text.PlainText
        width: summary.width
        text: summary.project.municipalityName
        color: Material.accentColor
        font.bold: true
        wrapMode: Text.Wrap
    }
    HeadingLabel {
        textFormat: Text.PlainText
        width: summary.width
        text: summary.project.title.length > 0 ? summary.project.title : qsTr("Project without a title")
        font.pixelSize: Theme.fontSize(22)
        font.bold: true
        font.italic: summary.project.title.length === 0
        wrapMode: Text.Wrap
    }
    Label {
        textFormat: Text.PlainText
        width: summary.width
        visible: summary.project.goal.length > 0
        //: %1 is the goal of the practice project
        text: qsTr("Goal: %1").arg(summary.project.goal)
        wrapMode: Text.Wrap
    }
    WrappingButton {
        width: Math.min(implicitWidth, summary.width)
        visible: summary.project.canEdit
        text: qsTr("Edit title and goal")
        flat: true
        onClicked: summary.editWanted()
    }
    Label {
        textFormat: Text.PlainText
        width: summary.width
        topPadding: Theme.smallSpacing
        text: summary.project.steps.count === 0 ? qsTr("No steps planned yet")
              //: Progress of a project; %1 done steps, %n all steps, %2 steps in progress
              : qsTr("%1 of %n step(s) done, %2 in progress", "", summary.project.steps.count)
                    .arg(summary.project.steps.doneCount).arg(summary.project.steps.inProgressCount)
        wrapMode: Text.Wrap
    }
    ProgressBar {
        objectName: "summaryProgress"
        width: summary.width
        value: summary.project.steps.progress
        Accessible.name: qsTr("Progress")
    }
}
