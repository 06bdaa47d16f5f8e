// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material

// Pull a list down past its top and let go: the app asks the server for what is new.
// Place it over the list; it shows what letting go will do while the list is pulled.
Label {
    id: pull

    required property Flickable flickable
    // How far past the top the list must be pulled.
    property real threshold: 72
    readonly property real distance: Math.max(0, -flickable.verticalOvershoot)
    readonly property bool armed: distance >= threshold
    signal wanted()

    // Where the list's top is in this item's parent (the list may sit lower in a layout).
    readonly property real listTop: {
        flickable.y
        flickable.height
        return parent ? flickable.mapToItem(parent, 0, 0).y : 0
    }
    x: parent ? (parent.width - width) / 2 : 0
    y: listTop + Math.min(distance, threshold) / 2 - height / 2
    visible: distance > 4
    textFormat: Text.PlainText
    //: Shown while a list is pulled down: letting go updates from the server
    text: armed ? qsTr("Release to update") : qsTr("Pull down to update")
    color: Material.secondaryTextColor
    font.pixelSize: Theme.fontSize(13)

    Connections {
        target: pull.flickable
        function onDragEnded() {
            if (pull.armed)
                pull.wanted()
        }
    }
    Component.onCompleted: flickable.boundsBehavior = Flickable.DragAndOvershootBounds
}
