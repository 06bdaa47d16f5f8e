// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import Ews.Ui.Components

// The desktop layout's navigation: one entry per section, down the left side.
Pane {
    id: navigation

    required property var sections
    property int currentIndex: 0
    signal sectionChosen(int index)

    padding: 0
    Material.elevation: 2

    ListView {
        anchors.fill: parent
        anchors.topMargin: Theme.spacing
        model: navigation.sections
        delegate: ItemDelegate {
            required property string modelData
            required property int index
            width: ListView.view.width
            text: modelData
            font.pixelSize: Theme.fontSize(16)
            highlighted: index === navigation.currentIndex
            // Reached with Tab, chosen with Space.
            focusPolicy: Qt.StrongFocus
            onClicked: navigation.sectionChosen(index)
        }
    }
}
