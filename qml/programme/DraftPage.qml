// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import Ews.Core
import Ews.Ui.Components

// The organisers' draft of the next release: what it changes, date by date; texts another
// organiser's edit replaced; a note for everyone, and publishing it all at once.
Page {
    id: page

    required property ProgrammeDesk desk
    // A date of the draft is to be changed.
    signal editWanted(string dateId)
    // The organiser wants to paste the brochure's table of dates.
    signal brochureWanted()
    signal saved(string message)

    title: qsTr("Draft of the programme")

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
                text: page.desk.draftChanges.length === 0
                      ? qsTr("The draft is empty. Open a date and change it, or add a date: the participants see nothing of it until you publish.")
                      : qsTr("Participants do not see these changes yet. Publish them together with a note.")
                wrapMode: Text.Wrap
            }
            Flow {
                Layout.fillWidth: true
                Layout.leftMargin: Theme.margin
                Layout.rightMargin: Theme.margin
                spacing: Theme.smallSpacing
                WrappingButton {
                    objectName: "addDate"
                    //: Button: a new date in the draft of the programme
                    text: qsTr("Add a date")
                    onClicked: page.editWanted("")
                }
                WrappingButton {
                    objectName: "pasteBrochureTable"
                    //: Button: paste the table of dates from the printed brochure
                    text: qsTr("Dates from the brochure")
                    onClicked: page.brochureWanted()
                }
            }
            Repeater {
                model: page.desk.draftChanges
                delegate: Frame {
                    id: change
                    required property var modelData
                    Layout.fillWidth: true
                    Layout.leftMargin: Theme.margin
                    Layout.rightMargin: Theme.margin
                    ColumnLayout {
                        width: parent.width
                        Label {
                            textFormat: Text.PlainText
                            Layout.fillWidth: true
                            text: change.modelData.title
                            font.bold: true
                            wrapMode: Text.Wrap
                        }
                        Label {
                            textFormat: Text.PlainText
                            Layout.fillWidth: true
                            text: change.modelData.whenText
                            color: Material.secondaryTextColor
                            wrapMode: Text.Wrap
                        }
                        Label {
                            textFormat: Text.PlainText
                            Layout.fillWidth: true
                            text: change.modelData.changeText
                            color: Theme.tentative
                            wrapMode: Text.Wrap
                        }
                        Flow {
                            Layout.fillWidth: true
                            spacing: Theme.smallSpacing
                            WrappingButton {
                                flat: true
                                //: Button: change a date of the draft
                                text: qsTr("Change")
                                onClicked: page.editWanted(change.modelData.dateId)
                            }
                            WrappingButton {
                                flat: true
                                //: Button: the date goes back to how it is published
                                text: qsTr("Discard change")
                                onClicked: page.desk.discard(change.modelData.dateId)
                            }
                        }
                    }
                }
            }
            Repeater {
                model: page.desk.keptTexts
                delegate: KeptTextBox {
                    id: kept
                    required property var modelData
                    heading: qsTr("Entered at the same time: %1").arg(kept.modelData.dateTitle)
                    reason: qsTr("Another organiser changed this text at the same time. Your text is in the draft; this one was replaced.")
                    text: kept.modelData.text
                    dismissText: qsTr("Hide")
                    onDismissWanted: page.desk.dismissKeptText(kept.modelData.id)
                }
            }
            Label {
                Layout.leftMargin: Theme.margin
                Layout.topMargin: Theme.spacing
                visible: page.desk.draftChanges.length > 0
                text: qsTr("Note to everyone")
                font.bold: true
            }
            WritingArea {
                id: note
                objectName: "releaseNote"
                visible: page.desk.draftChanges.length > 0
                Layout.fillWidth: true
                Layout.leftMargin: Theme.margin
                Layout.rightMargin: Theme.margin
                Layout.minimumHeight: 90
                wrapMode: TextEdit.Wrap
                example: qsTr("e.g. Learning group 3 moves by a week; module 3 is confirmed.")
                Accessible.name: qsTr("Note to everyone")
            }
            Label {
                id: problem
                objectName: "publishProblem"
                Layout.fillWidth: true
                Layout.leftMargin: Theme.margin
                Layout.rightMargin: Theme.margin
                visible: text.length > 0
                color: Theme.overdue
                wrapMode: Text.Wrap
            }
            WrappingButton {
                objectName: "publishDraft"
                Layout.leftMargin: Theme.margin
                visible: page.desk.draftChanges.length > 0
                enabled: !page.desk.publishing
                highlighted: true
                //: Button: the draft reaches every participant, with the note
                text: qsTr("Publish for everyone")
                onClicked: {
                    problem.text = page.desk.publish(note.text)
                    if (problem.text.length === 0) {
                        note.text = ""
                        page.saved(qsTr("Published. The participants get it with their next connection."))
                    }
                }
            }
            Label {
                Layout.fillWidth: true
                Layout.margins: Theme.margin
                visible: page.desk.publishing
                text: qsTr("Waiting for a connection to the server to publish.")
                wrapMode: Text.Wrap
                color: Theme.tentative
            }
        }
    }
}
