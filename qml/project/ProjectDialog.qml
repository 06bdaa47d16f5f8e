// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Ews.Core
import Ews.Ui.Components

// Change the project's title and goal.
FormDialog {
    id: dialog

    required property ProjectController project

    title: qsTr("Title and goal")
    onAboutToShow: {
        titleField.text = project.title
        goalField.text = project.goal
    }

    function save(): string {
        return project.saveProject(titleField.text, goalField.text)
    }

    FieldLabel { text: qsTr("Title of the project") }
    TextField {
        id: titleField
        Layout.fillWidth: true
        Accessible.name: qsTr("Title of the project")
    }
    FieldLabel { text: qsTr("Goal") }
    WritingArea {
        id: goalField
        Layout.fillWidth: true
        Layout.minimumHeight: 100
        wrapMode: TextEdit.Wrap
        example: qsTr("What should be different when the project is done?")
        Accessible.name: qsTr("Goal")
    }
}
