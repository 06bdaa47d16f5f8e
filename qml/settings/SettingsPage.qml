// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import Ews.Core
import Ews.Sync
import Ews.Ui.Components

// Language, who this device belongs to, what the cohort sees of you, and about the app.
Page {
    id: page

    required property AppSettings settings
    required property OwnProfile profile
    required property MunicipalitiesModel municipalities
    required property PendingChanges pendingChanges
    required property SyncController sync
    required property CalendarSubscription subscription
    required property PersonalDataExport personalData
    required property Reminders reminders
    // Room for photos and files on this device (none shown without).
    property DeviceStorage storage: null
    function atMost(megabytes: int): string {
        //: A choice of room for photos and files; %1 a number of megabytes
        return qsTr("At most %1 MB").arg(Number(megabytes).toLocaleString(Qt.locale(), "f", 0))
    }
    signal saved(string message)

    title: qsTr("Settings")

    // Scrolls to the sign-in (an invitation link was opened, or the programme page's hint
    // to sign in was followed).
    function showServer() {
        const flickable = scroll.contentItem as Flickable
        flickable.contentY = Math.max(0, Math.min(serverHeading.y - Theme.spacing,
                                                  flickable.contentHeight - flickable.height))
    }

    ScrollView {
        id: scroll
        anchors.fill: parent
        contentWidth: availableWidth

        ColumnLayout {
            width: Math.min(scroll.availableWidth, Theme.contentMaxWidth)
            spacing: Theme.smallSpacing

            SectionHeading { text: qsTr("Language") }
            ChoiceBox {
                id: languageChoice
                objectName: "languageChoice"
                Layout.fillWidth: true
                Layout.leftMargin: Theme.margin
                Layout.rightMargin: Theme.margin
                textRole: "text"
                valueRole: "value"
                model: [
                    { value: "", text: qsTr("As on this device") },
                    { value: "de", text: "Deutsch" },
                    { value: "en", text: "English" }
                ]
                wantedIndex: model.findIndex(choice => choice.value === page.settings.language)
                onActivated: page.settings.language = currentValue
                Accessible.name: qsTr("Language")
            }

            SectionHeading {
                //: Heading: how large text is shown
                text: qsTr("Text size")
            }
            ChoiceBox {
                objectName: "textSizeChoice"
                Layout.fillWidth: true
                Layout.leftMargin: Theme.margin
                Layout.rightMargin: Theme.margin
                textRole: "text"
                valueRole: "value"
                model: [
                    { value: "", text: qsTr("As on this device") },
                    { value: "large", text: qsTr("Larger") },
                    { value: "larger", text: qsTr("Much larger") }
                ]
                wantedIndex: model.findIndex(choice => choice.value === page.settings.textSize)
                onActivated: page.settings.textSize = currentValue
                Accessible.name: qsTr("Text size")
            }

            SectionHeading {
                visible: page.storage !== null
                //: Heading: how much room photos and files may take on the device
                text: qsTr("Photos and files on this device")
            }
            Label {
                objectName: "storageUsed"
                visible: page.storage !== null
                Layout.fillWidth: true
                Layout.leftMargin: Theme.margin
                Layout.rightMargin: Theme.margin
                //: %1: how much room they take now, e.g. "120 MB"
                text: page.storage ? qsTr("They take %1 now. Above the room chosen here, the ones unused longest go; they are fetched again when needed. What is not sent yet and what you keep on this device always stays.").arg(page.storage.usedText) : ""
                textFormat: Text.PlainText
                wrapMode: Text.Wrap
            }
            ChoiceBox {
                objectName: "storageChoice"
                visible: page.storage !== null
                Layout.fillWidth: true
                Layout.leftMargin: Theme.margin
                Layout.rightMargin: Theme.margin
                textRole: "text"
                valueRole: "value"
                model: [
                    { value: 100, text: page.atMost(100) },
                    { value: 250, text: page.atMost(250) },
                    { value: 500, text: page.atMost(500) },
                    { value: 1000, text: page.atMost(1000) },
                    { value: 2000, text: page.atMost(2000) },
                    { value: 5000, text: page.atMost(5000) }
                ]
                wantedIndex: page.storage ? model.findIndex(choice => choice.value === page.storage.limitMegabytes) : -1
                onActivated: page.storage.limitMegabytes = currentValue
                Accessible.name: qsTr("Room for photos and files")
            }

            SectionHeading {
                //: Heading: reminders before the programme's dates
                text: qsTr("Reminders")
            }
            ReminderSettingsForm {
                reminders: page.reminders
            }

            SectionHeading {
                id: serverHeading
                text: qsTr("Server")
            }
            ServerSignInForm {
                sync: page.sync
            }

            SectionHeading {
                visible: page.subscription.available
                //: Heading: the programme in the person's own calendar program, kept up to date
                text: qsTr("Calendar subscription")
            }
            CalendarSubscriptionForm {
                visible: page.subscription.available
                subscription: page.subscription
                onSaved: message => page.saved(message)
            }

            SectionHeading { text: qsTr("Whose device is this?") }
            // Organisers belong to no municipality and share nothing as participants do: their
            // contact is changed under Contacts, like every contact of the programme.
            Label {
                objectName: "organiserDevice"
                textFormat: Text.PlainText
                Layout.fillWidth: true
                Layout.leftMargin: Theme.margin
                Layout.rightMargin: Theme.margin
                visible: page.settings.organiser
                text: qsTr("This device belongs to the organisers. Your own phone number and e-mail address are changed under Contacts, on your contact's page.")
                wrapMode: Text.Wrap
            }
            Label {
                visible: !page.settings.organiser
                textFormat: Text.PlainText
                Layout.fillWidth: true
                Layout.leftMargin: Theme.margin
                Layout.rightMargin: Theme.margin
                text: page.sync.signedIn
                      ? qsTr("Set by your sign-in. It decides which project you can change.")
                      : qsTr("Until you sign in, this choice stays on this device. It decides which project you can change.")
                wrapMode: Text.Wrap
                color: Material.secondaryTextColor
                font.pixelSize: Theme.fontSize(13)
            }
            ChoiceBox {
                id: municipalityChoice
                visible: !page.settings.organiser
                Layout.fillWidth: true
                Layout.leftMargin: Theme.margin
                Layout.rightMargin: Theme.margin
                model: page.municipalities
                textRole: "name"
                valueRole: "municipalityId"
                wantedIndex: page.municipalities.count >= 0 ? page.municipalities.indexOf(page.profile.municipalityId) : -1
                placeholderText: qsTr("Choose your municipality")
                enabled: !page.sync.signedIn
                onActivated: page.profile.chooseMunicipality(currentValue)
                Accessible.name: qsTr("Your municipality")
            }
            AddByNameRow {
                objectName: "addMunicipality"
                visible: !page.sync.signedIn && !page.settings.organiser
                placeholder: qsTr("Municipality not in the list? Enter its name")
                buttonText: qsTr("Add")
                submit: name => {
                    const message = page.profile.addMunicipality(name)
                    if (message.length === 0) {
                        page.municipalities.reload()
                        page.saved(qsTr("Saved on this device"))
                    }
                    return message
                }
            }
            ChoiceBox {
                id: personChoice
                objectName: "personChoice"
                Layout.fillWidth: true
                Layout.leftMargin: Theme.margin
                Layout.rightMargin: Theme.margin
                Layout.topMargin: Theme.spacing
                visible: page.profile.municipalityId.length > 0 && !page.settings.organiser
                model: page.profile.participantChoices
                textRole: "name"
                valueRole: "contactId"
                wantedIndex: page.profile.contactIndex
                placeholderText: qsTr("Who are you?")
                enabled: !page.sync.signedIn
                onActivated: page.profile.chooseContact(currentValue)
                Accessible.name: qsTr("Who are you?")
            }
            AddByNameRow {
                visible: page.profile.municipalityId.length > 0 && !page.sync.signedIn
                         && !page.settings.organiser
                placeholder: qsTr("Not in the list? Enter your name")
                buttonText: qsTr("Add")
                submit: name => {
                    const message = page.profile.addContact(name)
                    if (message.length === 0)
                        page.saved(qsTr("Saved on this device"))
                    return message
                }
            }

            OwnDetailsForm {
                visible: page.profile.contactId.length > 0 && !page.settings.organiser
                profile: page.profile
                onSaved: page.saved(qsTr("Saved on this device"))
            }

            SectionHeading {
                //: Heading: what is stored about the person, who sees it, and their rights
                text: qsTr("Privacy and my data")
            }
            PersonalDataForm {
                personalData: page.personalData
                sync: page.sync
            }

            SectionHeading { text: qsTr("About this app") }
            InfoRow {
                label: qsTr("Version")
                value: page.settings.version
            }
            InfoRow {
                label: qsTr("Changes")
                value: page.pendingChanges.statusText
            }
            InfoRow {
                label: qsTr("Programme")
                value: qsTr("Dates and places from the EWS 7 brochure of the ISI Institut für soziale Innovation. All times are German time (Düsseldorf).")
            }
            Item { Layout.preferredHeight: Theme.margin }
        }
    }
}
