// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts

// A switch whose text wraps on narrow screens. Placed by hand, not by a RowLayout: Qt 6.4's
// layout kept the height the wrapped text had while the page was still narrow, and the switch
// sat below its words.
Item {
    id: row

    property alias checked: toggle.checked
    required property string text
    // The person switched it (not a binding or a program).
    signal toggled()

    Layout.fillWidth: true
    implicitWidth: toggle.implicitWidth + Theme.smallSpacing + words.implicitWidth
    implicitHeight: Math.max(toggle.implicitHeight, words.implicitHeight)

    Switch {
        id: toggle
        anchors.verticalCenter: parent.verticalCenter
        Accessible.name: row.text
        onToggled: row.toggled()
        // A screen reader's "toggle" or "press" switches it as a tap does, and what depends on
        // it follows (Qt 6.4 flips the shown state only).
        Accessible.onToggleAction: {
            toggle.toggle()
            row.toggled()
        }
        Accessible.onPressAction: {
            toggle.toggle()
            row.toggled()
        }
    }
    Label {
        id: words
        x: toggle.width + Theme.smallSpacing
        width: row.width - x
        anchors.verticalCenter: parent.verticalCenter
        text: row.text
        wrapMode: Text.Wrap
        MouseArea {
            anchors.fill: parent
            onClicked: {
                toggle.toggle()
                row.toggled()
            }
        }
    }
}
