// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import Ews.Sync
import Ews.Ui.Components

// Privacy: the notice, and the person's own data from the server to download.
ColumnLayout {
    id: form

    required property PersonalDataExport personalData
    required property SyncController sync

    Layout.fillWidth: true
    Layout.leftMargin: Theme.margin
    Layout.rightMargin: Theme.margin
    spacing: Theme.smallSpacing

    PrivacyNotice {
        Layout.fillWidth: true
        server: form.sync.signedIn ? form.sync.server : ""
    }
    WrappingButton {
        objectName: "downloadMyData"
        visible: form.personalData.available
        enabled: !form.personalData.busy
        //: Button: everything the server stores about the person, as PDF and JSON
        text: qsTr("Download my data")
        onClicked: form.personalData.download()
    }
    Label {
        Layout.fillWidth: true
        visible: form.personalData.message.length > 0
        textFormat: Text.PlainText
        wrapMode: Text.Wrap
        text: form.personalData.message
        color: Material.secondaryTextColor
    }
}
