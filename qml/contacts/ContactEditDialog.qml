// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Ews.Core
import Ews.Ui.Components

// An organiser adds or changes a contact of the programme (organisers, facilitators, invited
// speakers) or corrects a participant's name. Saved on the device, sent with the next sync.
FormDialog {
    id: dialog

    required property ContactDesk desk
    property var form: ({})
    readonly property bool nameOnly: form.nameOnly === true
    readonly property var roles: [
        //: What a person is in the programme
        { id: "organiser", name: qsTr("Organiser") },
        //: What a person is in the programme
        { id: "facilitator", name: qsTr("Facilitator") },
        //: What a person is in the programme: invited to give a talk
        { id: "speaker", name: qsTr("Invited speaker") }
    ]

    title: form.isNew ? qsTr("New contact") : nameOnly ? qsTr("Correct the name") : qsTr("Change contact")

    function openFor(contactId: string) {
        load(contactId.length > 0 ? desk.form(contactId) : desk.newContactForm())
        open()
        name.forceActiveFocus()
    }

    function load(values) {
        form = values
        name.text = values.name
        functionDe.text = values.functionDe
        functionEn.text = values.functionEn
        organisation.text = values.organisation
        phone.text = values.phone
        email.text = values.email
        errorText = ""
    }

    function save(): string {
        const values = Object.assign({}, form)
        values.name = name.text
        if (!nameOnly) {
            values.role = role.currentIndex >= 0 ? role.currentValue : values.role
            values.functionDe = functionDe.text
            values.functionEn = functionEn.text
            values.organisation = organisation.text
            values.phone = phone.text
            values.email = email.text
        }
        return desk.save(values)
    }

    FieldLabel { text: qsTr("Name") }
    TextField {
        id: name
        objectName: "contactName"
        Layout.fillWidth: true
        Accessible.name: qsTr("Name")
    }
    Label {
        Layout.fillWidth: true
        visible: dialog.nameOnly
        text: qsTr("Phone, e-mail and what is shared with others are changed only by the participant.")
        wrapMode: Text.Wrap
        font.pixelSize: Theme.fontSize(12)
        opacity: 0.7
    }
    Label {
        visible: !dialog.nameOnly
        //: Label: what a person is in the programme (organiser, facilitator, speaker)
        text: qsTr("Part in the programme")
    }
    ChoiceBox {
        id: role
        objectName: "contactRole"
        visible: !dialog.nameOnly
        Layout.fillWidth: true
        model: dialog.roles
        textRole: "name"
        valueRole: "id"
        wantedIndex: {
            for (let i = 0; i < dialog.roles.length; ++i) {
                if (dialog.roles[i].id === dialog.form.role)
                    return i
            }
            return 1
        }
        Accessible.name: qsTr("Part in the programme")
    }
    Label {
        visible: !dialog.nameOnly
        //: Label of a person's function or job, in German
        text: qsTr("Function (German)")
    }
    TextField {
        id: functionDe
        visible: !dialog.nameOnly
        Layout.fillWidth: true
        placeholderText: qsTr("e.g. Projektleitung")
        Accessible.name: qsTr("Function (German)")
    }
    Label {
        visible: !dialog.nameOnly
        text: qsTr("Function (English, optional)")
    }
    TextField {
        id: functionEn
        visible: !dialog.nameOnly
        Layout.fillWidth: true
        Accessible.name: qsTr("Function (English, optional)")
    }
    Label {
        visible: !dialog.nameOnly
        text: qsTr("Organisation")
    }
    TextField {
        id: organisation
        visible: !dialog.nameOnly
        Layout.fillWidth: true
        Accessible.name: qsTr("Organisation")
    }
    Label {
        visible: !dialog.nameOnly
        text: qsTr("Phone")
    }
    TextField {
        id: phone
        visible: !dialog.nameOnly
        Layout.fillWidth: true
        inputMethodHints: Qt.ImhDialableCharactersOnly
        Accessible.name: qsTr("Phone")
    }
    Label {
        visible: !dialog.nameOnly
        text: qsTr("E-mail")
    }
    TextField {
        id: email
        objectName: "contactEmail"
        visible: !dialog.nameOnly
        Layout.fillWidth: true
        inputMethodHints: Qt.ImhEmailCharactersOnly | Qt.ImhNoAutoUppercase
        Accessible.name: qsTr("E-mail")
    }
}
