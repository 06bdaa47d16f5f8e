// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import QtMultimedia
import Ews.Core
import Ews.Ui.Components

// The camera, held over the invitation's QR code: as soon as the code is read, the dialog
// closes and hands on the invitation link. The camera exists only while the dialog is open,
// so that it is never on (or held by the app) otherwise.
Dialog {
    id: dialog

    signal linkFound(string link)

    parent: Overlay.overlay
    anchors.centerIn: parent
    width: Math.min(parent ? parent.width - 2 * Theme.margin : 400, 520)
    modal: true
    //: Title of the camera view that reads the invitation's QR code
    title: qsTr("Scan the QR code")
    standardButtons: Dialog.Cancel

    Loader {
        id: viewfinder
        anchors.fill: parent
        active: dialog.visible
        sourceComponent: ColumnLayout {
            spacing: Theme.smallSpacing
            CaptureSession {
                camera: Camera { active: true }
                videoOutput: output
            }
            InvitationScanner {
                videoSink: output.videoSink
                onFound: link => { dialog.close(); dialog.linkFound(link) }
                onFailed: message => hint.text = message
            }
            VideoOutput {
                id: output
                Layout.fillWidth: true
                Layout.preferredHeight: width * 3 / 4
                fillMode: VideoOutput.PreserveAspectCrop
                Accessible.ignored: true
            }
            Label {
                id: hint
                Layout.fillWidth: true
                textFormat: Text.PlainText
                wrapMode: Text.WordWrap
                text: qsTr("Hold the camera over the QR code in your invitation letter.")
                Accessible.role: Accessible.StatusBar
            }
        }
    }
}
