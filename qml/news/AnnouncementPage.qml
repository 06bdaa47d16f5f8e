// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import Ews.Core
import Ews.Ui.Components

// The organisers write to everyone or to one municipality ("Raum geändert", "Zoom-Link für
// morgen"); participants see it under "Neu" and as a notification. Below, what was sent, each
// to take back.
Page {
    id: page

    required property AnnouncementDesk desk
    signal saved(string message)

    //: Title of the page where organisers write to the participants
    title: qsTr("Announcements")

    ScrollView {
        anchors.fill: parent
        contentWidth: availableWidth

        ColumnLayout {
            width: Math.min(parent.width, Theme.contentMaxWidth)
            spacing: Theme.spacing

            Label {
                textFormat: Text.PlainText
                Layout.fillWidth: true
                Layout.margins: Theme.margin
                Layout.bottomMargin: 0
                text: qsTr("Participants see an announcement under “What's new” and, where their device can show one, as a notification.")
                wrapMode: Text.Wrap
            }
            Label {
                Layout.leftMargin: Theme.margin
                //: Label: whom an announcement goes to
                text: qsTr("To")
            }
            ChoiceBox {
                id: recipient
                objectName: "announcementRecipient"
                Layout.fillWidth: true
                Layout.leftMargin: Theme.margin
                Layout.rightMargin: Theme.margin
                model: page.desk.recipients
                textRole: "name"
                valueRole: "id"
                wantedIndex: 0
                Accessible.name: qsTr("To")
            }
            WritingArea {
                id: message
                objectName: "announcementText"
                Layout.fillWidth: true
                Layout.leftMargin: Theme.margin
                Layout.rightMargin: Theme.margin
                Layout.minimumHeight: 100
                wrapMode: TextEdit.Wrap
                example: qsTr("e.g. Tomorrow we meet in seminar room 3, not in the hall.")
                Accessible.name: qsTr("Announcement")
            }
            Label {
                id: problem
                Layout.fillWidth: true
                Layout.leftMargin: Theme.margin
                Layout.rightMargin: Theme.margin
                visible: text.length > 0
                color: Theme.overdue
                wrapMode: Text.Wrap
            }
            WrappingButton {
                objectName: "sendAnnouncement"
                Layout.leftMargin: Theme.margin
                highlighted: true
                //: Button: the announcement goes to the participants chosen
                text: qsTr("Send")
                onClicked: {
                    problem.text = page.desk.write(message.text, recipient.currentIndex >= 0 ? recipient.currentValue : "")
                    if (problem.text.length === 0) {
                        message.text = ""
                        page.saved(qsTr("Saved. It goes out with the next connection."))
                    }
                }
            }
            SectionHeading {
                visible: page.desk.announcements.length > 0
                text: qsTr("Sent")
            }
            Repeater {
                model: page.desk.announcements
                delegate: Frame {
                    id: sent
                    required property var modelData
                    Layout.fillWidth: true
                    Layout.leftMargin: Theme.margin
                    Layout.rightMargin: Theme.margin
                    ColumnLayout {
                        width: parent.width
                        Label {
                            textFormat: Text.PlainText
                            Layout.fillWidth: true
                            text: sent.modelData.toText + " · " + sent.modelData.whenText
                            color: sent.modelData.waiting ? Theme.tentative : Material.secondaryTextColor
                            wrapMode: Text.Wrap
                        }
                        Label {
                            textFormat: Text.PlainText
                            Layout.fillWidth: true
                            text: sent.modelData.text
                            wrapMode: Text.Wrap
                        }
                        WrappingButton {
                            flat: true
                            //: Button: the announcement disappears from every device
                            text: qsTr("Take back")
                            onClicked: page.desk.withdraw(sent.modelData.id)
                        }
                    }
                }
            }
        }
    }
}
