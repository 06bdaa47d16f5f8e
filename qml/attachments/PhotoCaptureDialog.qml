// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import QtMultimedia
import Ews.Ui.Components

// The camera, to take a photo for a log entry or a step: "Auslösen" takes it, and the dialog
// hands on the file the camera wrote (made ready to share like any photo when it is added:
// turned, scaled, written anew without its location). The camera exists only while the
// dialog is open.
Dialog {
    id: dialog

    // Where the camera writes the photo: a temporary file of the app's, not the gallery.
    required property string file
    signal photoTaken(url file)

    parent: Overlay.overlay
    anchors.centerIn: parent
    width: Math.min(parent ? parent.width - 2 * Theme.margin : 400, 520)
    modal: true
    //: Title of the camera view that takes a photo for a log entry or a step
    title: qsTr("Take a photo")
    standardButtons: Dialog.Cancel

    Loader {
        id: viewfinder
        anchors.fill: parent
        active: dialog.visible
        sourceComponent: ColumnLayout {
            spacing: Theme.smallSpacing
            CaptureSession {
                camera: Camera { active: true }
                imageCapture: ImageCapture {
                    id: capture
                    onImageSaved: (requestId, path) => {
                        dialog.close()
                        dialog.photoTaken("file://" + path)
                    }
                    onErrorOccurred: (requestId, error, message) => hint.text = message
                }
                videoOutput: output
            }
            VideoOutput {
                id: output
                Layout.fillWidth: true
                Layout.preferredHeight: width * 3 / 4
                fillMode: VideoOutput.PreserveAspectCrop
                Accessible.ignored: true
            }
            WrappingButton {
                objectName: "takePhoto"
                Layout.alignment: Qt.AlignHCenter
                highlighted: true
                enabled: capture.readyForCapture
                //: Button in the camera view: take the photo
                text: qsTr("Take photo")
                // The photo kept is the one made ready to share from this file.
                onClicked: capture.captureToFile(dialog.file)
            }
            Label {
                id: hint
                Layout.fillWidth: true
                textFormat: Text.PlainText
                wrapMode: Text.WordWrap
                text: qsTr("The photo is made smaller and its location removed before it is sent.")
                Accessible.role: Accessible.StatusBar
            }
        }
    }
}
