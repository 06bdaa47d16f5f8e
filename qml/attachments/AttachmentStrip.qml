// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Dialogs
import QtQuick.Layouts
import QtMultimedia
import Ews.Sync
import Ews.Ui.Components

// The photos and files on a log entry, a step or one's own note on a date: each as a small
// picture or its name, with how far it is ("Foto wird übertragen", "übertragen", or what went
// wrong); a photo not on the device yet is fetched when it is shown. With canAdd, a button
// adds one.
ColumnLayout {
    id: strip

    required property AttachmentDesk desk
    required property string parentId
    // "entry", "step" or "note": what the photos and files belong to.
    property string parentKind: "entry"
    // For a note, a file chosen goes to the form, which saves the note first if need be.
    signal noteFileChosen(url file)
    property bool canAdd: false
    property string message: ""
    // Read again whenever a transfer moves on or a record arrives.
    readonly property var items: desk ? (desk.revision, desk.of(parentId)) : []

    function add(file: url) {
        if (parentKind === "note")
            noteFileChosen(file)
        else if (parentKind === "step")
            message = desk.attachToStep(parentId, file)
        else
            message = desk.attachToEntry(parentId, file)
    }

    spacing: Theme.smallSpacing
    visible: items.length > 0 || canAdd

    Flow {
        Layout.fillWidth: true
        visible: strip.items.length > 0
        spacing: Theme.smallSpacing
        Repeater {
            model: strip.items
            delegate: ColumnLayout {
                id: tile
                required property var modelData
                readonly property string itemId: modelData.id
                width: Theme.fontSize(112)
                spacing: 2
                Component.onCompleted: {
                    if (modelData.state === "missing")
                        strip.desk.fetch(itemId)
                }
                ItemDelegate {
                    objectName: "attachment"
                    Layout.preferredWidth: tile.width
                    Layout.preferredHeight: tile.width * 3 / 4
                    padding: 0
                    Accessible.name: (tile.modelData.isPhoto ? qsTr("Photo %1").arg(tile.modelData.fileName)
                                                             : qsTr("File %1").arg(tile.modelData.fileName))
                                     + (tile.modelData.stateText.length > 0 ? ", " + tile.modelData.stateText : "")
                    // Opens the file: a button to a screen reader, pressed as one.
                    Accessible.role: Accessible.Button
                    Accessible.onPressAction: clicked()
                    onClicked: strip.message = strip.desk.open(tile.itemId)
                    contentItem: Rectangle {
                        color: Theme.tile
                        radius: 4
                        clip: true
                        Image {
                            anchors.fill: parent
                            visible: tile.modelData.isPhoto && tile.modelData.localUrl.length > 0
                            source: visible ? tile.modelData.localUrl : ""
                            sourceSize.width: 2 * tile.width
                            fillMode: Image.PreserveAspectCrop
                            asynchronous: true
                        }
                        Label {
                            anchors.fill: parent
                            anchors.margins: 4
                            visible: !tile.modelData.isPhoto || tile.modelData.localUrl.length === 0
                            text: tile.modelData.isPhoto
                                  //: In place of a photo not on the device yet
                                  ? qsTr("Photo is being fetched …")
                                  : tile.modelData.fileName
                            horizontalAlignment: Text.AlignHCenter
                            verticalAlignment: Text.AlignVCenter
                            wrapMode: Text.Wrap
                            elide: Text.ElideRight
                            textFormat: Text.PlainText
                            font.pixelSize: Theme.fontSize(12)
                        }
                    }
                }
                Label {
                    Layout.fillWidth: true
                    visible: text.length > 0
                    text: tile.modelData.stateText
                    wrapMode: Text.Wrap
                    textFormat: Text.PlainText
                    font.pixelSize: Theme.fontSize(12)
                    color: tile.modelData.state === "refused" || tile.modelData.state === "problem"
                           ? Theme.overdue : strip.Material.secondaryTextColor
                }
                // Refused (too large, not what it says it is): after the operator raised a
                // limit or room was made, it can go again.
                WrappingButton {
                    objectName: "tryAgain"
                    Layout.fillWidth: true
                    visible: tile.modelData.state === "refused"
                    flat: true
                    //: Button under one's own photo or file the server refused
                    text: qsTr("Try again")
                    Accessible.name: qsTr("Send %1 again").arg(tile.modelData.fileName)
                    onClicked: strip.message = strip.desk.tryAgain(tile.itemId)
                }
                WrappingButton {
                    objectName: "removeAttachment"
                    Layout.fillWidth: true
                    visible: tile.modelData.mine
                    flat: true
                    //: Button under one's own photo or file
                    text: qsTr("Remove")
                    Accessible.name: qsTr("Remove %1").arg(tile.modelData.fileName)
                    onClicked: {
                        removeDialog.itemId = tile.itemId
                        removeDialog.open()
                    }
                }
            }
        }
    }
    // Where the device has a camera (phones; a laptop's too): a photo taken here and now.
    WrappingButton {
        objectName: "takePhotoFor"
        visible: strip.canAdd && cameras.videoInputs.length > 0
        flat: true
        //: Button under a log entry, step or note: take a photo with the camera for it
        text: qsTr("Take a photo")
        onClicked: camera.open()
    }
    WrappingButton {
        objectName: "attachFile"
        visible: strip.canAdd
        flat: true
        //: Button under a log entry, step or note: add a photo or a document to it
        text: qsTr("Add photo or file")
        onClicked: picker.open()
    }
    Label {
        Layout.fillWidth: true
        visible: strip.message.length > 0
        text: strip.message
        wrapMode: Text.Wrap
        textFormat: Text.PlainText
        font.pixelSize: Theme.fontSize(12)
    }

    MediaDevices { id: cameras }
    PhotoCaptureDialog {
        id: camera
        objectName: "photoCapture"
        file: strip.desk ? strip.desk.cameraFile : ""
        onPhotoTaken: file => strip.add(file)
    }
    FileDialog {
        id: picker
        //: Title of the dialog that picks a photo or document to add
        title: qsTr("Add photo or file")
        nameFilters: [qsTr("Photos and documents (*.jpg *.jpeg *.png *.pdf *.docx *.xlsx *.pptx *.odt *.ods *.odp)")]
        onAccepted: strip.add(selectedFile)
    }
    ConfirmDialog {
        id: removeDialog
        property string itemId: ""
        //: Title of the question before removing one's photo or file
        title: qsTr("Remove this file?")
        text: strip.parentKind === "note" ? qsTr("It goes from all your devices.")
                                          : qsTr("It goes for everyone who reads the project.")
        confirmText: qsTr("Remove")
        rejectText: qsTr("Keep")
        onAccepted: strip.message = strip.desk.remove(itemId)
    }
}
