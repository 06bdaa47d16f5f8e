// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import Ews.Core
import Ews.Ui.Components

// A participant's own phone and e-mail, and which of them the cohort sees.
ColumnLayout {
    id: form
    objectName: "ownDetails"

    required property OwnProfile profile
    signal saved()

    Layout.fillWidth: true
    Layout.leftMargin: Theme.margin
    Layout.rightMargin: Theme.margin
    spacing: Theme.smallSpacing

    Connections {
        target: form.profile
        function onChanged() { form.load() }
    }
    Component.onCompleted: load()

    function load() {
        phoneField.text = profile.phone
        emailField.text = profile.email
        sharePhone.checked = profile.sharePhone
        shareEmail.checked = profile.shareEmail
    }

    HeadingLabel {
        Layout.topMargin: Theme.spacing
        Layout.fillWidth: true
        wrapMode: Text.Wrap
        text: qsTr("Your details for the group")
        font.bold: true
        font.pixelSize: Theme.fontSize(18)
    }
    TextField {
        id: phoneField
        Layout.fillWidth: true
        placeholderText: qsTr("Your phone number")
        inputMethodHints: Qt.ImhDialableCharactersOnly
        Accessible.name: qsTr("Your phone number")
    }
    SwitchRow {
        id: sharePhone
        text: qsTr("Other participants may see my phone number")
    }
    TextField {
        id: emailField
        Layout.fillWidth: true
        placeholderText: qsTr("Your e-mail address")
        inputMethodHints: Qt.ImhEmailCharactersOnly
        Accessible.name: qsTr("Your e-mail address")
    }
    SwitchRow {
        id: shareEmail
        text: qsTr("Other participants may see my e-mail address")
    }
    Label {
        id: error
        Layout.fillWidth: true
        visible: text.length > 0
        color: Theme.overdue
        wrapMode: Text.Wrap
    }
    WrappingButton {
        text: qsTr("Save my details")
        highlighted: true
        onClicked: {
            error.text = form.profile.saveDetails(phoneField.text, emailField.text,
                                                  sharePhone.checked, shareEmail.checked)
            if (error.text.length === 0)
                form.saved()
        }
    }
}
