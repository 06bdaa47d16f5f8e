// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import Ews.Core
import Ews.Sync
import Ews.Ui.Components

// One date: time, place, topics, the video link of a digital meeting, the tentative mark.
Page {
    id: page

    required property ProgrammeModel programme
    required property string eventId
    required property CalendarExport calendar
    required property Reminders reminders
    required property DateNotes notes
    // Photos and files on one's note.
    property AttachmentDesk attachments: null
    // What participants need at the venue, offered on a date that takes place there.
    property VenueDetails venue: null
    signal venueWanted()
    // The device is an organiser's: the date can be changed (in the draft).
    property bool organiser: false
    signal editWanted(string eventId)
    // The date was handed to the calendar, or could not be: the message says which.
    signal saved(string message)
    // Re-read when the language changes.
    readonly property var event: programme.count >= 0 && language.tick >= 0 ? programme.get(eventId) : ({})

    readonly property bool cancelled: event.cancelled ?? false

    title: event.title ?? ""
    // Seen once the page is left: the mark stays while it is being read.
    StackView.onRemoved: page.programme.markSeen(page.eventId)

    QtObject {
        id: language
        property int tick: 0
    }
    Connections {
        target: page.programme
        function onDataChanged() { language.tick++ }
        function onModelReset() { language.tick++ }
    }

    // Scrolls to the own note (for the screenshots' tour).
    function showNote() {
        const view = scroll.contentItem as Flickable
        view.contentY = Math.max(0, Math.min(noteForm.y, view.contentHeight - view.height))
    }

    ScrollView {
        id: scroll
        anchors.fill: parent
        contentWidth: availableWidth

        ColumnLayout {
            width: Math.min(parent.width, Theme.contentMaxWidth)
            spacing: Theme.spacing

            HeadingLabel {
                textFormat: Text.PlainText
                Layout.fillWidth: true
                Layout.margins: Theme.margin
                Layout.bottomMargin: 0
                text: page.event.title ?? ""
                font.pixelSize: Theme.fontSize(22)
                font.bold: true
                wrapMode: Text.Wrap
            }
            TentativeMark {
                Layout.leftMargin: Theme.margin
                visible: (page.event.tentative ?? false) && !page.cancelled
            }
            Label {
                textFormat: Text.PlainText
                Layout.fillWidth: true
                Layout.leftMargin: Theme.margin
                Layout.rightMargin: Theme.margin
                visible: (page.event.changeText ?? "").length > 0 && page.event.changeKind !== "cancelled"
                text: page.event.changeText ?? ""
                color: Theme.tentative
                font.bold: true
                wrapMode: Text.Wrap
            }
            Label {
                objectName: "cancelledMark"
                textFormat: Text.PlainText
                Layout.fillWidth: true
                Layout.leftMargin: Theme.margin
                Layout.rightMargin: Theme.margin
                visible: page.cancelled
                text: (page.event.cancelReason ?? "").length > 0
                      //: A cancelled date with the organisers' reason (%1)
                      ? qsTr("Cancelled: %1").arg(page.event.cancelReason)
                      : qsTr("This date is cancelled.")
                color: Theme.overdue
                font.bold: true
                wrapMode: Text.Wrap
            }
            Label {
                textFormat: Text.PlainText
                Layout.fillWidth: true
                Layout.leftMargin: Theme.margin
                Layout.rightMargin: Theme.margin
                visible: (page.event.tentative ?? false) && !page.cancelled
                text: qsTr("This date depends on the state budget for 2027. The organisers will confirm it.")
                wrapMode: Text.Wrap
                color: Theme.tentative
            }
            InfoRow {
                //: Label of the date of an event
                label: qsTr("Date")
                value: page.event.longDateText ?? ""
            }
            InfoRow {
                //: Label of the time of an event
                label: qsTr("Time")
                value: (page.event.timeText ?? "") + (page.event.zoneHint ? "\n" + page.event.zoneHint : "")
            }
            InfoRow {
                //: Label of the place of an event (room, place and address below it)
                label: qsTr("Place")
                value: page.event.locationText ?? ""
                visible: value.length > 0
            }
            WrappingButton {
                objectName: "showOnMap"
                Layout.leftMargin: Theme.margin
                visible: (page.event.address ?? "").length > 0
                //: Opens the place's address in a map or route planner
                text: qsTr("Show on a map")
                flat: true
                highlighted: true
                onClicked: Qt.openUrlExternally(page.event.mapUrl)
            }
            WrappingButton {
                objectName: "venueOfDate"
                Layout.leftMargin: Theme.margin
                visible: page.venue !== null && page.venue.available
                         && page.venue.placeId === (page.event.placeId ?? "")
                flat: true
                highlighted: true
                //: Button on a date at the venue: opens route, costs and what to bring
                text: qsTr("Route, costs, what to bring")
                onClicked: page.venueWanted()
            }
            WrappingButton {
                Layout.leftMargin: Theme.margin
                visible: (page.event.videoUrl ?? "").length > 0 && !page.cancelled
                text: qsTr("Join the video meeting")
                highlighted: true
                onClicked: Qt.openUrlExternally(page.event.videoUrl)
            }
            WrappingButton {
                objectName: "editDate"
                Layout.leftMargin: Theme.margin
                visible: page.organiser
                //: Button for organisers: change this date in the draft of the programme
                text: qsTr("Change this date")
                onClicked: page.editWanted(page.eventId)
            }
            WrappingButton {
                objectName: "saveEventForCalendar"
                Layout.leftMargin: Theme.margin
                visible: !page.cancelled
                //: Hands this date to the calendar program
                text: qsTr("Add to your calendar")
                onClicked: page.saved(page.calendar.addToCalendar(page.eventId))
            }
            SwitchRow {
                objectName: "remindOfEvent"
                Layout.leftMargin: Theme.margin
                Layout.rightMargin: Theme.margin
                // Dates that have begun or are cancelled have nothing to remind of.
                visible: page.reminders.enabled && !page.cancelled
                         && !(page.event.hasBegun ?? true)
                text: qsTr("Remind me of this date")
                checked: page.reminders.count >= 0 && page.reminders.isWanted(page.eventId)
                onToggled: page.reminders.setWanted(page.eventId, checked)
            }
            Label {
                textFormat: Text.PlainText
                Layout.fillWidth: true
                Layout.leftMargin: Theme.margin
                Layout.rightMargin: Theme.margin
                visible: (page.event.online ?? false) && (page.event.videoUrl ?? "").length === 0
                text: qsTr("The link to the video meeting is not here yet. The organisers send it before the meeting.")
                wrapMode: Text.Wrap
                color: Material.secondaryTextColor
            }
            Label {
                textFormat: Text.PlainText
                Layout.fillWidth: true
                Layout.leftMargin: Theme.margin
                Layout.rightMargin: Theme.margin
                visible: (page.event.note ?? "").length > 0
                text: page.event.note ?? ""
                wrapMode: Text.Wrap
            }
            HeadingLabel {
                textFormat: Text.PlainText
                Layout.leftMargin: Theme.margin
                Layout.topMargin: Theme.spacing
                visible: (page.event.topics ?? []).length > 0
                //: Heading of the topics of a module
                text: qsTr("Topics")
                font.bold: true
            }
            Repeater {
                model: page.event.topics ?? []
                delegate: Label {
                    required property string modelData
                    Layout.fillWidth: true
                    Layout.leftMargin: Theme.margin
                    Layout.rightMargin: Theme.margin
                    text: "•  " + modelData
                    wrapMode: Text.Wrap
                }
            }
            DateNoteForm {
                id: noteForm
                notes: page.notes
                attachments: page.attachments
                eventId: page.eventId
                onSaved: message => page.saved(message)
            }
            Item { Layout.preferredHeight: Theme.margin }
        }
    }
}
