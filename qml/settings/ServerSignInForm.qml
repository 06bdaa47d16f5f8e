// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import QtQuick.Dialogs
import QtMultimedia
import Ews.Core
import Ews.Sync
import Ews.Ui.Components

// Connecting this device to the programme's server: by the invitation's QR code (the camera,
// or a picture of the letter), or with the address and one-time code typed; and what the
// connection is doing.
ColumnLayout {
    id: form

    required property SyncController sync
    property string fingerprint: ""
    property string message: ""
    property bool signingIn: false

    Layout.fillWidth: true
    Layout.leftMargin: Theme.margin
    Layout.rightMargin: Theme.margin
    spacing: Theme.smallSpacing

    Connections {
        target: form.sync.serverSignIn
        function onFinished(error: string, message: string, detail: string) {
            form.signingIn = false
            form.message = message
            form.fingerprint = error === "untrusted_certificate" ? detail : ""
            if (error === "")
                codeField.clear()
        }
    }

    Label {
        Layout.fillWidth: true
        textFormat: Text.PlainText
        text: form.sync.statusText
        wrapMode: Text.Wrap
        Accessible.role: Accessible.StatusBar
    }

    // Not signed in: the invitation's QR code, or the address and code typed.
    MediaDevices { id: mediaDevices }
    InvitationScanner {
        id: pictureReader
        onFound: link => form.signInWith(link)
        onFailed: message => { form.fingerprint = ""; form.message = message }
    }
    QrScanDialog {
        id: scanDialog
        onLinkFound: link => form.signInWith(link)
    }
    FileDialog {
        id: pictureDialog
        //: Title of the dialog that picks a picture of the invitation letter
        title: qsTr("Picture of the invitation")
        nameFilters: [qsTr("Pictures (*.jpg *.jpeg *.png *.webp *.bmp)")]
        onAccepted: pictureReader.readFile(selectedFile)
    }
    function signInWith(link: string) {
        form.signingIn = true
        form.message = qsTr("Signing in …")
        form.fingerprint = ""
        form.sync.serverSignIn.startFromLink(link)
    }

    ColumnLayout {
        Layout.fillWidth: true
        visible: !form.sync.signedIn
        spacing: 0
        WrappingButton {
            objectName: "scanButton"
            visible: mediaDevices.videoInputs.length > 0
            //: Button: open the camera to read the invitation's QR code
            text: qsTr("Scan QR code")
            icon.source: "qrc:/qt/qml/Ews/Ui/Components/icons/qr.svg"
            highlighted: true
            onClicked: scanDialog.open()
        }
        WrappingButton {
            objectName: "pictureButton"
            //: Button: read the invitation's QR code from a photo or screenshot
            text: qsTr("QR code from a picture")
            icon.source: "qrc:/qt/qml/Ews/Ui/Components/icons/picture.svg"
            onClicked: pictureDialog.open()
        }
    }
    Label {
        Layout.fillWidth: true
        visible: !form.sync.signedIn
        textFormat: Text.PlainText
        wrapMode: Text.WordWrap
        //: Before the fields for the server address and the code
        text: qsTr("Or type what your invitation letter says:")
        color: form.Material.secondaryTextColor
    }
    TextField {
        id: serverField
        objectName: "serverField"
        Layout.fillWidth: true
        visible: !form.sync.signedIn
        text: "https://"
        inputMethodHints: Qt.ImhUrlCharactersOnly | Qt.ImhNoAutoUppercase
        placeholderText: qsTr("Server address")
        Accessible.name: qsTr("Server address")
    }
    TextField {
        id: codeField
        objectName: "codeField"
        Layout.fillWidth: true
        visible: !form.sync.signedIn
        inputMethodHints: Qt.ImhNoPredictiveText | Qt.ImhPreferUppercase
        //: The invitation link works here too: everything in it is taken from it
        placeholderText: qsTr("Sign-in code")
        Accessible.name: qsTr("Sign-in code")
    }
    Label {
        objectName: "signInMessage"
        Layout.fillWidth: true
        visible: form.message.length > 0
        textFormat: Text.PlainText
        text: form.message
        color: form.fingerprint.length > 0 || form.signingIn ? form.Material.foreground
                                                             : Theme.overdue
        wrapMode: Text.WordWrap
        Accessible.role: Accessible.AlertMessage
    }
    // The fingerprint in groups, to compare with the letter group by group.
    Label {
        Layout.fillWidth: true
        visible: form.fingerprint.length > 0
        textFormat: Text.PlainText
        text: form.fingerprint.split(":").join(" ")
        font.family: "monospace"
        font.pixelSize: Theme.fontSize(15)
        wrapMode: Text.WordWrap
    }
    RowLayout {
        visible: !form.sync.signedIn
        WrappingButton {
            text: qsTr("Sign in")
            highlighted: form.fingerprint.length === 0
            enabled: codeField.text.trim().length > 0
            // A pasted invitation link brings the server, the code and the certificate along.
            onClicked: codeField.text.trim().startsWith("ews-companion:")
                       ? form.signInWith(codeField.text)
                       : form.sync.serverSignIn.start(serverField.text, codeField.text)
        }
        WrappingButton {
            visible: form.fingerprint.length > 0
            highlighted: true
            //: Button after the server's fingerprint was shown: it is the same as in the letter
            text: qsTr("They match")
            // The same attempt again (typed or from the invitation), trusting this server.
            onClicked: form.sync.serverSignIn.retryTrusting(form.fingerprint)
        }
    }

    // Signed in.
    Label {
        Layout.fillWidth: true
        visible: form.sync.signedIn
        textFormat: Text.PlainText
        //: %1 is the server's address
        text: qsTr("Connected to %1. This device stays signed in until you sign out.").arg(form.sync.server)
        wrapMode: Text.Wrap
        color: form.Material.secondaryTextColor
        font.pixelSize: Theme.fontSize(13)
    }
    Label {
        Layout.fillWidth: true
        visible: form.sync.refusedChanges.count > 0
        textFormat: Text.PlainText
        text: qsTr("%n change(s) were refused by the server. What you typed is kept here, so that you can copy it.", "", form.sync.refusedChanges.count)
        color: Theme.overdue
        wrapMode: Text.Wrap
    }
    Repeater {
        model: form.sync.refusedChanges.items
        delegate: KeptTextBox {
            required property var modelData
            Layout.leftMargin: 0
            Layout.rightMargin: 0
            heading: modelData.what
            reason: modelData.reason
            text: modelData.text
            //: Button: a refused change has been read and is not needed any more
            dismissText: qsTr("Hide")
            onDismissWanted: form.sync.refusedChanges.discard(modelData.seq)
        }
    }
    RowLayout {
        visible: form.sync.signedIn
        WrappingButton {
            text: qsTr("Sync now")
            highlighted: true
            enabled: !form.sync.busy
            onClicked: form.sync.syncNow()
        }
        WrappingButton {
            text: qsTr("Sign out")
            flat: true
            onClicked: form.sync.signOut()
        }
    }
}
