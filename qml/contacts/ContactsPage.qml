// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Ews.Core
import Ews.Ui.Components

// The people of the programme, searchable, grouped by role.
Page {
    id: page

    required property ContactsModel contacts
    required property ContactsExport contactsExport
    signal contactChosen(string contactId)
    // Organisers add the programme's organisers, facilitators and speakers.
    property bool organiser: false
    signal addWanted()
    // Organisers invite people and sign devices out.
    signal accessWanted()
    // Everyone was handed to the address book, or could not be: the message says which.
    signal saved(string message)
    // The list was pulled down: the person wants what is new from the server.
    signal refreshWanted()

    title: qsTr("Contacts")

    ListSectionHeading {
        id: sectionHeading
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: 0

        TextField {
            id: search
            objectName: "contactSearch"
            Layout.fillWidth: true
            Layout.margins: Theme.margin
            Layout.bottomMargin: 0
            placeholderText: qsTr("Name or municipality")
            inputMethodHints: Qt.ImhNoPredictiveText
            text: page.contacts.filter
            onTextEdited: page.contacts.filter = text
            Accessible.name: qsTr("Search contacts")
        }
        WrappingButton {
            objectName: "addEveryoneToContacts"
            Layout.leftMargin: Theme.margin - 4
            flat: true
            highlighted: true
            //: Hands every person of the programme to the phone's or computer's address book
            text: qsTr("Add everyone to your contacts")
            onClicked: page.saved(page.contactsExport.addToContacts())
        }
        WrappingButton {
            objectName: "addContact"
            Layout.leftMargin: Theme.margin - 4
            visible: page.organiser
            flat: true
            highlighted: true
            //: Button: an organiser adds an organiser, facilitator or speaker
            text: qsTr("Add a contact")
            onClicked: page.addWanted()
        }
        WrappingButton {
            objectName: "openAccess"
            Layout.leftMargin: Theme.margin - 4
            Layout.topMargin: -Theme.smallSpacing
            visible: page.organiser
            flat: true
            highlighted: true
            //: Button: to the page where organisers invite people and sign devices out
            text: qsTr("Invitations and devices")
            onClicked: page.accessWanted()
        }
        Label {
            textFormat: Text.PlainText
            objectName: "noMatch"
            Layout.fillWidth: true
            Layout.margins: Theme.margin
            visible: page.contacts.count === 0
            text: qsTr("Nobody matches “%1”.").arg(search.text)
            wrapMode: Text.Wrap
        }
        ListView {
            id: contactList
            Layout.fillWidth: true
            Layout.fillHeight: true
            clip: true
            model: page.contacts
            section.property: "sectionTitle"
            section.delegate: sectionHeading.delegate
            delegate: ContactDelegate {
                id: contactRow
                width: ListView.view.width
                onClicked: page.contactChosen(contactRow.contactId)
            }
            ScrollIndicator.vertical: ScrollIndicator {}
        }
    }

    PullToSync {
        flickable: contactList
        onWanted: page.refreshWanted()
    }
}
