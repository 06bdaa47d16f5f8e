// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import Ews.Ui.Components

// The desktop layout's navigation: one entry per section, down the left side.
Pane {
    id: navigation

    required property var sections
    required property var sectionIcons
    property int currentIndex: 0
    signal sectionChosen(int index)

    padding: 0
    Material.elevation: 2

    // As wide as its longest entry needs: an entry is never cut, at any text size.
    ColumnLayout {
        anchors.fill: parent
        anchors.topMargin: Theme.spacing
        spacing: 0
        Repeater {
            model: navigation.sections
            delegate: ItemDelegate {
            required property string modelData
            required property int index
            Layout.fillWidth: true
            text: modelData
            icon.source: navigation.sectionIcons[index]
            font.pixelSize: Theme.fontSize(16)
            highlighted: index === navigation.currentIndex
            // Reached with Tab, chosen with Space.
            focusPolicy: Qt.StrongFocus
            onClicked: navigation.sectionChosen(index)
            Accessible.onPressAction: clicked()
            }
        }
        Item { Layout.fillHeight: true }
    }
}
