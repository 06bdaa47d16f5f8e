// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import Ews.Core
import Ews.Ui.Components

// "Vor Ort": where the modules take place and how to get there, what is paid and what is
// not, what to bring, the learning platform. Organisers change it here.
Page {
    id: page

    required property VenueDetails venue
    signal editWanted()

    //: Title of the page with what participants need at the venue
    title: qsTr("At the venue")

    ScrollView {
        id: scroll
        anchors.fill: parent
        contentWidth: availableWidth

        ColumnLayout {
            width: Math.min(scroll.availableWidth, Theme.contentMaxWidth)
            spacing: Theme.spacing

            HeadingLabel {
                objectName: "venueName"
                textFormat: Text.PlainText
                Layout.fillWidth: true
                Layout.margins: Theme.margin
                Layout.bottomMargin: 0
                text: page.venue.available ? page.venue.placeName
                                           : qsTr("The organisers have not named a venue yet.")
                font.pixelSize: Theme.fontSize(22)
                font.bold: page.venue.available
                wrapMode: Text.Wrap
            }
            InfoRow {
                //: Label of the venue's postal address
                label: qsTr("Address")
                value: page.venue.address
                visible: value.length > 0
            }
            WrappingButton {
                objectName: "planRoute"
                Layout.leftMargin: Theme.margin
                visible: page.venue.address.length > 0
                highlighted: true
                //: Opens a route planner with the way to the venue
                text: qsTr("Plan the route")
                onClicked: Qt.openUrlExternally(page.venue.routeUrl)
            }

            SectionHeading {
                //: Heading: how to get to the venue
                text: qsTr("Getting there")
                visible: page.venue.directions.length > 0
            }
            Label {
                objectName: "venueDirections"
                textFormat: Text.PlainText
                Layout.fillWidth: true
                Layout.leftMargin: Theme.margin
                Layout.rightMargin: Theme.margin
                visible: text.length > 0
                text: page.venue.directions
                wrapMode: Text.Wrap
            }

            SectionHeading {
                //: Heading: what is paid for and what participants pay themselves
                text: qsTr("Costs")
                visible: page.venue.costs.length > 0
            }
            Label {
                objectName: "venueCosts"
                textFormat: Text.PlainText
                Layout.fillWidth: true
                Layout.leftMargin: Theme.margin
                Layout.rightMargin: Theme.margin
                visible: text.length > 0
                text: page.venue.costs
                wrapMode: Text.Wrap
            }

            SectionHeading {
                //: Heading: what participants bring to a module
                text: qsTr("What to bring")
                visible: page.venue.bring.length > 0
            }
            Label {
                objectName: "venueBring"
                textFormat: Text.PlainText
                Layout.fillWidth: true
                Layout.leftMargin: Theme.margin
                Layout.rightMargin: Theme.margin
                visible: text.length > 0
                text: page.venue.bring
                wrapMode: Text.Wrap
            }

            SectionHeading {
                //: Heading: the programme's website for learning between the modules
                text: qsTr("Learning platform")
            }
            Label {
                objectName: "learningPlatformHint"
                textFormat: Text.PlainText
                Layout.fillWidth: true
                Layout.leftMargin: Theme.margin
                Layout.rightMargin: Theme.margin
                text: page.venue.learningPlatformUrl.length > 0
                      ? qsTr("Between the modules you learn and share material on the learning platform.")
                      : qsTr("The organisers will give its address here as soon as it is set.")
                wrapMode: Text.Wrap
                color: Material.secondaryTextColor
            }
            WrappingButton {
                objectName: "openLearningPlatform"
                Layout.leftMargin: Theme.margin
                visible: page.venue.learningPlatformUrl.length > 0
                //: Opens the learning platform in the browser
                text: qsTr("Open the learning platform")
                onClicked: Qt.openUrlExternally(page.venue.learningPlatformUrl)
            }

            WrappingButton {
                objectName: "editVenue"
                Layout.leftMargin: Theme.margin
                Layout.topMargin: Theme.spacing
                visible: page.venue.canEdit && page.venue.available
                //: Button for organisers: change what participants read on this page
                text: qsTr("Change these details")
                onClicked: page.editWanted()
            }
            Item { Layout.preferredHeight: Theme.margin }
        }
    }
}
