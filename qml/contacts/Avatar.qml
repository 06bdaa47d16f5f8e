// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import Ews.Ui.Components

// A round badge with a person's initials.
Rectangle {
    id: avatar

    required property string initials
    property int size: Theme.avatarSize

    implicitWidth: size
    implicitHeight: size
    radius: size / 2
    color: Theme.accent
    // Decoration: the person's name is read beside it.
    Accessible.ignored: true

    Label {
        anchors.centerIn: parent
        text: avatar.initials
        Accessible.ignored: true
        color: "white"
        font.bold: true
        font.pixelSize: avatar.size * 0.4
    }
}
