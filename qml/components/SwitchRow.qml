// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts

// A switch whose text wraps on narrow screens.
RowLayout {
    id: row

    property alias checked: toggle.checked
    required property string text
    // The person switched it (not a binding or a program).
    signal toggled()

    Layout.fillWidth: true

    Switch {
        id: toggle
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
        Layout.fillWidth: true
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
