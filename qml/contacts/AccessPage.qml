// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import Ews.Sync
import Ews.Ui.Components

// The organisers' desk for people: invitations not used yet, who signs in on which device;
// inviting, adding a municipality, ending an invitation, signing out, moving a participant.
// Everything here is asked of the server, so it needs a connection.
Page {
    id: page

    required property AccessDesk desk
    // A new invitation is ready: the page with its QR code and letter is wanted.
    signal invitationMade()
    readonly property var invitation: desk.invitation

    //: Title of the page where organisers invite people and sign devices out
    title: qsTr("Invitations and devices")

    Component.onCompleted: if (page.desk.available) page.desk.refresh()

    Connections {
        target: page.desk
        function onInvitationChanged() {
            if (page.invitation.code !== undefined)
                page.invitationMade()
        }
    }

    ScrollView {
        anchors.fill: parent
        contentWidth: availableWidth

        ColumnLayout {
            width: Math.min(parent.width, Theme.contentMaxWidth)
            spacing: Theme.smallSpacing

            Label {
                textFormat: Text.PlainText
                Layout.fillWidth: true
                Layout.margins: Theme.margin
                Layout.bottomMargin: 0
                text: page.desk.available
                      ? qsTr("An invitation is a link with a QR code, or a code to type, that signs one person in once. Inviting and signing out need a connection to the server.")
                      : qsTr("Connect this device to the server as an organiser first (Settings).")
                wrapMode: Text.Wrap
            }
            Label {
                objectName: "accessMessage"
                textFormat: Text.PlainText
                Layout.fillWidth: true
                Layout.leftMargin: Theme.margin
                Layout.rightMargin: Theme.margin
                visible: text.length > 0
                text: page.desk.message
                font.bold: true
                wrapMode: Text.Wrap
                Accessible.role: Accessible.AlertMessage
            }
            Flow {
                Layout.fillWidth: true
                Layout.leftMargin: Theme.margin - 4
                Layout.rightMargin: Theme.margin
                spacing: Theme.smallSpacing
                enabled: page.desk.available && !page.desk.busy
                WrappingButton {
                    objectName: "inviteButton"
                    highlighted: true
                    //: Button: an organiser invites a participant or an organiser
                    text: qsTr("Invite someone")
                    onClicked: inviteDialog.open()
                }
                WrappingButton {
                    objectName: "addMunicipalityButton"
                    flat: true
                    highlighted: true
                    text: qsTr("Add a municipality")
                    onClicked: municipalityDialog.open()
                }
                WrappingButton {
                    flat: true
                    //: Button: load the lists again from the server
                    text: qsTr("Update")
                    onClicked: page.desk.refresh()
                }
            }
            BusyIndicator {
                Layout.alignment: Qt.AlignHCenter
                visible: page.desk.busy
                running: visible
            }

            SectionHeading {
                visible: page.desk.invitations.length > 0
                //: Heading: invitations whose code nobody has used yet
                text: qsTr("Not used yet")
            }
            Repeater {
                model: page.desk.invitations
                delegate: Frame {
                    id: open
                    required property var modelData
                    Layout.fillWidth: true
                    Layout.leftMargin: Theme.margin
                    Layout.rightMargin: Theme.margin
                    ColumnLayout {
                        width: parent.width
                        Label {
                            textFormat: Text.PlainText
                            Layout.fillWidth: true
                            text: open.modelData.name
                            font.bold: true
                            wrapMode: Text.Wrap
                        }
                        Label {
                            textFormat: Text.PlainText
                            Layout.fillWidth: true
                            text: [open.modelData.roleText, open.modelData.municipality, open.modelData.until]
                                  .filter(part => part.length > 0).join(" · ")
                            color: open.modelData.expired ? Theme.overdue : open.Material.secondaryTextColor
                            wrapMode: Text.Wrap
                        }
                        WrappingButton {
                            flat: true
                            enabled: !page.desk.busy
                            //: Button: the invitation's code can no longer be used
                            text: qsTr("End invitation")
                            onClicked: page.desk.endInvitation(open.modelData.id)
                        }
                    }
                }
            }

            SectionHeading {
                visible: page.desk.people.length > 0
                //: Heading: people who can sign in, with their devices
                text: qsTr("People and their devices")
            }
            Repeater {
                model: page.desk.people
                delegate: Frame {
                    id: person
                    required property var modelData
                    Layout.fillWidth: true
                    Layout.leftMargin: Theme.margin
                    Layout.rightMargin: Theme.margin
                    ColumnLayout {
                        width: parent.width
                        spacing: 2
                        Label {
                            textFormat: Text.PlainText
                            Layout.fillWidth: true
                            text: person.modelData.name
                            font.bold: true
                            wrapMode: Text.Wrap
                        }
                        Label {
                            textFormat: Text.PlainText
                            Layout.fillWidth: true
                            text: [person.modelData.roleText, person.modelData.municipality]
                                  .filter(part => part.length > 0).join(" · ")
                            color: person.Material.secondaryTextColor
                            wrapMode: Text.Wrap
                        }
                        Label {
                            textFormat: Text.PlainText
                            Layout.fillWidth: true
                            visible: person.modelData.devices.length === 0
                            text: qsTr("No device signed in.")
                            color: person.Material.secondaryTextColor
                        }
                        Repeater {
                            model: person.modelData.devices
                            delegate: RowLayout {
                                id: device
                                required property var modelData
                                Layout.fillWidth: true
                                Label {
                                    textFormat: Text.PlainText
                                    Layout.fillWidth: true
                                    text: device.modelData.name + (device.modelData.since.length > 0 ? " · " + device.modelData.since : "")
                                    wrapMode: Text.Wrap
                                }
                                WrappingButton {
                                    flat: true
                                    enabled: !page.desk.busy
                                    //: Button: one device (a lost phone) can no longer sync
                                    text: qsTr("Sign out")
                                    onClicked: {
                                        confirm.deviceId = device.modelData.id
                                        confirm.personId = ""
                                        //: %1 is a device, %2 a person's name
                                        confirm.text = qsTr("Sign out “%1” of %2? It can no longer exchange anything with the server; what was sent from it stays.")
                                                       .arg(device.modelData.name).arg(person.modelData.name)
                                        confirm.open()
                                    }
                                }
                            }
                        }
                        Flow {
                            Layout.fillWidth: true
                            spacing: Theme.smallSpacing
                            enabled: !page.desk.busy
                            WrappingButton {
                                flat: true
                                //: Button: an invitation for another device of this person (an office PC)
                                text: qsTr("Further device")
                                onClicked: page.desk.inviteDevice(person.modelData.id)
                            }
                            WrappingButton {
                                flat: true
                                visible: person.modelData.role === "participant"
                                //: Button: the participant changes to another municipality
                                text: qsTr("Move")
                                onClicked: moveDialog.openFor(person.modelData)
                            }
                            WrappingButton {
                                flat: true
                                Material.foreground: Theme.overdue
                                //: Button: the person can no longer sign in on any device
                                text: qsTr("Sign out everywhere")
                                onClicked: {
                                    confirm.deviceId = ""
                                    confirm.personId = person.modelData.id
                                    //: %1 is a person's name
                                    confirm.text = qsTr("Sign %1 out on every device? Their codes not used yet end too. What they wrote stays.")
                                                   .arg(person.modelData.name)
                                    confirm.open()
                                }
                            }
                            WrappingButton {
                                flat: true
                                Material.foreground: Theme.overdue
                                //: Button: everything stored about the person is deleted for good
                                text: qsTr("Erase data")
                                onClicked: page.askErase(person.modelData)
                            }
                        }
                    }
                }
            }
            // The end of the programme: after it, its personal data is erased by the server.
            SectionHeading {
                //: Heading: closing the programme and erasing its data afterwards
                text: qsTr("End of the programme")
            }
            Label {
                objectName: "erasesOn"
                textFormat: Text.PlainText
                Layout.fillWidth: true
                Layout.leftMargin: Theme.margin
                Layout.rightMargin: Theme.margin
                wrapMode: Text.Wrap
                font.bold: page.desk.erasesOn.length > 0
                color: page.desk.erasesOn.length > 0 ? Theme.overdue : Material.foreground
                text: page.desk.erasesOn.length > 0
                      //: %1 is a date
                      ? qsTr("The programme is closed. On %1 the server erases everyone's data: names, contact details, devices and notes. What was written in the practice projects stays, without names.").arg(page.desk.erasesOn)
                      : qsTr("When the programme is over, close it here. The server then erases everyone's data after the period its operator set (six months unless said otherwise).")
            }
            WrappingButton {
                Layout.leftMargin: Theme.margin - 4
                flat: true
                enabled: page.desk.available && !page.desk.busy
                Material.foreground: page.desk.erasesOn.length > 0 ? Material.accentColor : Theme.overdue
                text: page.desk.erasesOn.length > 0
                      //: Button: the programme goes on; nothing is erased
                      ? qsTr("Open the programme again")
                      //: Button: the programme is over; its data is erased later
                      : qsTr("Close the programme")
                onClicked: page.desk.closeProgramme(page.desk.erasesOn.length === 0)
            }
            Item { Layout.preferredHeight: Theme.margin }
        }
    }

    // Asks before a person is erased for good, with the choice about what they wrote.
    function askErase(person) {
        eraseDialog.personId = person.id
        //: %1 is a person's name
        eraseDialog.text = qsTr("Erase everything stored about %1 for good? Their sign-in, devices, contact details and own notes are deleted, on every device too. What they wrote in the practice project stays, shown as by a “former participant”.")
                           .arg(person.name)
        removeWritings.checked = false
        eraseDialog.open()
    }

    ConfirmDialog {
        id: eraseDialog
        objectName: "eraseDialog"
        property string personId
        //: Title of the question before a person's data is erased
        title: qsTr("Erase the data for good?")
        //: Button: erase a person's data, cannot be undone
        confirmText: qsTr("Erase for good")
        extra: RowLayout {
            Layout.fillWidth: true
            CheckBox {
                id: removeWritings
                Accessible.name: removeWritingsText.text
                Accessible.onToggleAction: removeWritings.toggle()
                Accessible.onPressAction: removeWritings.toggle()
            }
            Label {
                id: removeWritingsText
                Layout.fillWidth: true
                textFormat: Text.PlainText
                wrapMode: Text.Wrap
                text: qsTr("Also delete what they wrote in the practice project")
                TapHandler { onTapped: removeWritings.toggle() }
            }
        }
        onAccepted: page.desk.forgetPerson(eraseDialog.personId, removeWritings.checked)
    }

    // Signs out the device, or else the person, asked about.
    ConfirmDialog {
        id: confirm
        property string deviceId
        property string personId
        //: Title of the question before a device or a person is signed out
        title: qsTr("Sign out?")
        confirmText: qsTr("Sign out")
        onAccepted: confirm.deviceId.length > 0 ? page.desk.signOutDevice(confirm.deviceId)
                                                : page.desk.signOutPerson(confirm.personId)
    }

    FormDialog {
        id: inviteDialog
        objectName: "inviteDialog"
        //: Title of the form that makes an invitation
        title: qsTr("Invite someone")
        onAboutToShow: {
            nameField.text = ""
            roleChoice.currentIndex = 0
        }
        function save(): string {
            if (nameField.text.trim().length === 0)
                return qsTr("Please enter the name.")
            if (roleChoice.currentValue === "participant" && municipalityChoice.currentIndex < 0)
                return qsTr("Please choose the municipality.")
            page.desk.invite(roleChoice.currentValue,
                             roleChoice.currentValue === "participant" ? municipalityChoice.currentValue : "",
                             nameField.text)
            return ""
        }
        FieldLabel { text: qsTr("Name") }
        TextField {
            id: nameField
            objectName: "inviteName"
            Layout.fillWidth: true
            maximumLength: 100
            Accessible.name: qsTr("Name")
        }
        FieldLabel { text: qsTr("As") }
        ChoiceBox {
            id: roleChoice
            objectName: "inviteRole"
            Layout.fillWidth: true
            textRole: "text"
            valueRole: "value"
            model: [
                { value: "participant", text: qsTr("Participant of a municipality") },
                //: An organiser belongs to no municipality
                { value: "organiser", text: qsTr("Organiser") }
            ]
            Accessible.name: qsTr("As")
        }
        Label {
            visible: roleChoice.currentValue === "participant"
            text: qsTr("Municipality")
        }
        ChoiceBox {
            id: municipalityChoice
            objectName: "inviteMunicipality"
            Layout.fillWidth: true
            visible: roleChoice.currentValue === "participant"
            model: page.desk.municipalities
            textRole: "name"
            valueRole: "id"
            placeholderText: qsTr("Choose …")
            Accessible.name: qsTr("Municipality")
        }
        Label {
            Layout.fillWidth: true
            textFormat: Text.PlainText
            text: qsTr("The code is valid once, for 30 days. You can show the invitation on screen or print it as a letter.")
            wrapMode: Text.Wrap
            color: inviteDialog.Material.secondaryTextColor
        }
    }

    FormDialog {
        id: municipalityDialog
        title: qsTr("Add a municipality")
        onAboutToShow: municipalityName.text = ""
        function save(): string {
            if (municipalityName.text.trim().length === 0)
                return qsTr("Please enter the name.")
            page.desk.addMunicipality(municipalityName.text)
            return ""
        }
        FieldLabel { text: qsTr("Name of the municipality") }
        TextField {
            id: municipalityName
            objectName: "municipalityName"
            Layout.fillWidth: true
            maximumLength: 100
            placeholderText: qsTr("e.g. Kreis Lippe")
            Accessible.name: qsTr("Name of the municipality")
        }
    }

    FormDialog {
        id: moveDialog
        property var person: ({})
        function openFor(who) {
            person = who
            open()
        }
        //: %1 is a person's name
        title: qsTr("Move %1").arg(moveDialog.person.name ?? "")
        function save(): string {
            if (moveTarget.currentIndex < 0)
                return qsTr("Please choose the municipality.")
            page.desk.movePerson(moveDialog.person.id, moveTarget.currentValue)
            return ""
        }
        Label {
            Layout.fillWidth: true
            textFormat: Text.PlainText
            text: qsTr("From now on they write in the practice project of the municipality chosen. What they wrote so far stays where it is.")
            wrapMode: Text.Wrap
        }
        ChoiceBox {
            id: moveTarget
            Layout.fillWidth: true
            model: page.desk.municipalities
            textRole: "name"
            valueRole: "id"
            placeholderText: qsTr("Choose …")
            Accessible.name: qsTr("Municipality")
        }
    }
}
