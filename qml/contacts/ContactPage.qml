// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import Ews.Core
import Ews.Ui.Components

// One person: call, write an e-mail, copy.
Page {
    id: page

    required property ContactsModel contacts
    required property ContactsExport contactsExport
    required property string contactId
    // Organisers change contacts and correct participants' names.
    property bool organiser: false
    signal editWanted(string contactId)
    // The person was handed to the address book, or could not be: the message says which.
    signal saved(string message)
    // Re-read when the list is reloaded or re-labelled (language switch, own details saved).
    property int revision: 0
    readonly property var person: revision >= 0 ? contacts.get(contactId) : ({})

    title: person.name ?? ""

    function copy(text: string) {
        clipboardHelper.text = text
        clipboardHelper.selectAll()
        clipboardHelper.copy()
        copiedNotice.open()
    }

    Connections {
        target: page.contacts
        function onDataChanged() { page.revision++ }
        function onModelReset() { page.revision++ }
    }

    // Qt Quick has no clipboard type; a hidden text field does the copying.
    TextEdit {
        id: clipboardHelper
        visible: false
    }

    ScrollView {
        anchors.fill: parent
        contentWidth: availableWidth

        ColumnLayout {
            width: Math.min(parent.width, Theme.contentMaxWidth)
            spacing: Theme.spacing

            RowLayout {
                Layout.margins: Theme.margin
                spacing: Theme.spacing
                Avatar {
                    initials: page.person.initials ?? ""
                    size: 56
                }
                ColumnLayout {
                    Layout.fillWidth: true
                    HeadingLabel {
                        textFormat: Text.PlainText
                        Layout.fillWidth: true
                        text: page.person.name ?? ""
                        font.pixelSize: Theme.fontSize(22)
                        font.bold: true
                        wrapMode: Text.WordWrap
                    }
                    Label {
                        textFormat: Text.PlainText
                        Layout.fillWidth: true
                        text: page.person.roleTitle ?? ""
                        color: Material.secondaryTextColor
                        wrapMode: Text.WordWrap
                    }
                }
            }
            InfoRow {
                //: Label of a person's function or job
                label: qsTr("Role")
                value: page.person.jobFunction ?? ""
                visible: value.length > 0
            }
            InfoRow {
                label: qsTr("Organisation")
                value: page.person.organisation ?? ""
                visible: value.length > 0
            }
            ContactAction {
                objectName: "phoneAction"
                //: Label of a phone number
                label: qsTr("Phone")
                value: page.person.phone ?? ""
                //: Button: call this phone number
                actionText: qsTr("Call")
                emptyText: qsTr("No phone number given.")
                onTriggered: Qt.openUrlExternally("tel:" + value.replace(/[^0-9+]/g, ""))
                onCopyWanted: page.copy(value)
            }
            ContactAction {
                label: qsTr("E-mail")
                value: page.person.email ?? ""
                //: Button: write an e-mail to this address
                actionText: qsTr("Write e-mail")
                emptyText: qsTr("No e-mail address given.")
                onTriggered: Qt.openUrlExternally("mailto:" + value)
                onCopyWanted: page.copy(value)
            }
            WrappingButton {
                objectName: "addToContacts"
                Layout.leftMargin: Theme.margin
                //: Hands this person to the phone's or computer's address book
                text: qsTr("Add to your contacts")
                onClicked: page.saved(page.contactsExport.addToContacts(page.contactId))
            }
            WrappingButton {
                objectName: "editContact"
                Layout.leftMargin: Theme.margin
                visible: page.organiser
                flat: true
                text: page.person.role === "participant"
                      //: Button: an organiser corrects how a participant's name is written
                      ? qsTr("Correct the name")
                      //: Button: an organiser changes a contact of the programme
                      : qsTr("Change contact")
                onClicked: page.editWanted(page.contactId)
            }
        }
    }

    SavedNotice {
        id: copiedNotice
        text: qsTr("Copied")
    }
}
