// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import Ews.Sync
import Ews.Ui.Components

// Connecting this device to the programme's server with a one-time code, and what the
// connection is doing.
ColumnLayout {
    id: form

    required property SyncController sync
    property string fingerprint: ""
    property string message: ""

    Layout.fillWidth: true
    Layout.leftMargin: Theme.margin
    Layout.rightMargin: Theme.margin
    spacing: Theme.smallSpacing

    Connections {
        target: form.sync.serverSignIn
        function onFinished(error: string, message: string, detail: string) {
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

    // Not signed in: server address and code.
    TextField {
        id: serverField
        objectName: "serverField"
        Layout.fillWidth: true
        visible: !form.sync.signedIn
        text: "https://"
        inputMethodHints: Qt.ImhUrlCharactersOnly | Qt.ImhNoAutoUppercase
        placeholderText: qsTr("Server address, e.g. https://ews.example.org")
        Accessible.name: qsTr("Server address")
    }
    TextField {
        id: codeField
        objectName: "codeField"
        Layout.fillWidth: true
        visible: !form.sync.signedIn
        inputMethodHints: Qt.ImhNoPredictiveText | Qt.ImhPreferUppercase
        //: The invitation link works here too: everything in it is taken from it
        placeholderText: qsTr("Sign-in code or invitation link")
        Accessible.name: qsTr("Sign-in code")
    }
    Label {
        Layout.fillWidth: true
        visible: form.message.length > 0
        textFormat: Text.PlainText
        text: form.message + (form.fingerprint.length > 0 ? "\n" + form.fingerprint : "")
        color: Theme.overdue
        wrapMode: Text.WrapAnywhere
    }
    RowLayout {
        visible: !form.sync.signedIn
        Button {
            text: qsTr("Sign in")
            highlighted: true
            enabled: codeField.text.trim().length > 0
            // A pasted invitation link brings the server, the code and the certificate along.
            onClicked: codeField.text.trim().startsWith("ews-companion:")
                       ? form.sync.serverSignIn.startFromLink(codeField.text)
                       : form.sync.serverSignIn.start(serverField.text, codeField.text)
        }
        Button {
            visible: form.fingerprint.length > 0
            //: Button after the fingerprint of a server's certificate was shown
            text: qsTr("Trust this server")
            onClicked: form.sync.serverSignIn.start(serverField.text, codeField.text, form.fingerprint)
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
        Button {
            text: qsTr("Sync now")
            highlighted: true
            enabled: !form.sync.busy
            onClicked: form.sync.syncNow()
        }
        Button {
            text: qsTr("Sign out")
            flat: true
            onClicked: form.sync.signOut()
        }
    }
}
