// SPDX-License-Identifier: GPL-3.0-or-later

import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Ews.Core
import Ews.Ui.Components

// Every date of the programme, grouped by module, with what is next and today on top.
// Not "pragma ComponentBehavior: Bound": Qt 6.4 cannot create a bound ListView header
// ("Component is not ready"), and the header needs the page. Without the pragma qmllint cannot
// tell what "page" and "list" are inside the header and the delegate, so its "unqualified"
// warning is turned off there (and only there).
Page {
    id: page

    required property ProgrammeModel programme
    required property ProgrammeOverview overview
    required property CalendarExport calendar
    // An organiser's desk, or null on a participant's device.
    property ProgrammeDesk desk: null
    signal eventChosen(string eventId)
    // An organiser wants the draft of the programme.
    signal draftWanted()
    // The person wants what they need at the venue.
    signal venueWanted()
    // The dates were handed to the calendar, or could not be: the message says which.
    signal saved(string message)
    // The list was pulled down: the person wants what is new from the server.
    signal refreshWanted()

    title: qsTr("Programme")

    ListSectionHeading {
        id: sectionHeading
    }

    // The dates still to come; the past ones folded away until asked for.
    PastDatesFilter {
        id: upcoming
        sourceModel: page.programme
    }

    // Every date to the calendar program (saved as a file in the downloads folder).
    function addToCalendar() {
        page.saved(page.calendar.addToCalendar())
    }

    ListView {
        id: list
        objectName: "programmeList"
        anchors.fill: parent
        model: upcoming
        clip: true
        bottomMargin: Theme.margin

        // qmllint disable unqualified
        header: ColumnLayout {
            width: list.width
            spacing: Theme.spacing

            // A ListView header's first item gets no top margin in Qt 6.4: keep a gap by hand.
            Item {
                implicitHeight: Theme.smallSpacing
            }
            WrappingButton {
                objectName: "openDraft"
                Layout.leftMargin: Theme.margin
                visible: page.desk !== null
                highlighted: page.desk !== null && page.desk.draftChanges.length > 0
                text: page.desk === null || page.desk.draftChanges.length === 0
                      //: Button for organisers: change the programme (in a draft first)
                      ? qsTr("Change the programme")
                      //: Button for organisers; %n is how many dates the draft changes
                      : qsTr("Draft: %n date(s) changed", "", page.desk.draftChanges.length)
                onClicked: page.draftWanted()
            }
            NextDateCard {
                objectName: "nextEventCard"
                Layout.fillWidth: true
                Layout.leftMargin: Theme.margin
                Layout.rightMargin: Theme.margin
                overview: page.overview
                onClicked: page.eventChosen(page.overview.nextEventId)
            }
            TodayCard {
                Layout.fillWidth: true
                Layout.leftMargin: Theme.margin
                Layout.rightMargin: Theme.margin
                visible: page.overview.todayEvents.length > 0
                overview: page.overview
                onEventChosen: eventId => page.eventChosen(eventId)
            }
            WrappingButton {
                objectName: "venueButton"
                Layout.leftMargin: Theme.margin - 4
                flat: true
                highlighted: true
                //: Button: opens what participants need at the venue
                text: qsTr("At the venue: route, costs, what to bring")
                onClicked: page.venueWanted()
            }
            HeadingLabel {
                textFormat: Text.PlainText
                Layout.leftMargin: Theme.margin
                Layout.topMargin: Theme.spacing
                text: qsTr("All dates")
                font.bold: true
                font.pixelSize: Theme.fontSize(18)
            }
            WrappingButton {
                objectName: "saveProgrammeForCalendar"
                Layout.leftMargin: Theme.margin - 4
                flat: true
                highlighted: true
                //: Hands every date of the programme to the calendar program
                text: qsTr("Add all dates to your calendar")
                onClicked: page.addToCalendar()
            }
            WrappingButton {
                objectName: "pastDatesButton"
                Layout.leftMargin: Theme.margin - 4
                visible: upcoming.pastCount > 0
                flat: true
                text: upcoming.showPast
                      //: Button: the dates that are over leave the list again
                      ? qsTr("Hide past dates")
                      //: Button: shows the dates that are over; %n how many
                      : qsTr("Show %n past date(s)", "", upcoming.pastCount)
                onClicked: upcoming.showPast = !upcoming.showPast
            }
        }
        // qmllint enable unqualified

        section.property: "sectionTitle"
        section.delegate: sectionHeading.delegate

        delegate: DateDelegate {
            id: eventRow
            width: ListView.view.width
            // qmllint disable unqualified
            onClicked: page.eventChosen(eventRow.eventId)
            // qmllint enable unqualified
        }

        ScrollIndicator.vertical: ScrollIndicator {}
    }

    PullToSync {
        flickable: list
        onWanted: page.refreshWanted()
    }
}
