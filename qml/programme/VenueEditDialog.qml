// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Ews.Core
import Ews.Ui.Components

// An organiser changes what participants read under "At the venue". Sent with the next sync;
// everyone sees it after theirs.
FormDialog {
    id: dialog

    required property VenueDetails venue

    //: Title of the organisers' form for the venue page
    title: qsTr("Change the venue details")

    function openForm() {
        fill(venue.form())
        open()
        directionsDe.forceActiveFocus()
    }

    function fill(values) {
        directionsDe.text = values.directionsDe
        directionsEn.text = values.directionsEn
        costsDe.text = values.costsDe
        costsEn.text = values.costsEn
        bringDe.text = values.bringDe
        bringEn.text = values.bringEn
        learningPlatform.text = values.learningPlatformUrl
        errorText = ""
    }

    function save(): string {
        return venue.save({
            directionsDe: directionsDe.text, directionsEn: directionsEn.text,
            costsDe: costsDe.text, costsEn: costsEn.text,
            bringDe: bringDe.text, bringEn: bringEn.text,
            learningPlatformUrl: learningPlatform.text
        })
    }

    FieldLabel { text: qsTr("Getting there (German)") }
    WritingArea {
        id: directionsDe
        objectName: "venueDirectionsDe"
        Layout.fillWidth: true
        example: qsTr("e.g. From the main station by tram to the stop …, then a five-minute walk.")
        Accessible.name: qsTr("Getting there (German)")
    }
    FieldLabel { text: qsTr("Getting there (English, optional)") }
    WritingArea {
        id: directionsEn
        Layout.fillWidth: true
        Accessible.name: qsTr("Getting there (English, optional)")
    }
    FieldLabel { text: qsTr("Costs (German)") }
    WritingArea {
        id: costsDe
        objectName: "venueCostsDe"
        Layout.fillWidth: true
        Accessible.name: qsTr("Costs (German)")
    }
    FieldLabel { text: qsTr("Costs (English, optional)") }
    WritingArea {
        id: costsEn
        Layout.fillWidth: true
        Accessible.name: qsTr("Costs (English, optional)")
    }
    FieldLabel { text: qsTr("What to bring (German)") }
    WritingArea {
        id: bringDe
        objectName: "venueBringDe"
        Layout.fillWidth: true
        Accessible.name: qsTr("What to bring (German)")
    }
    FieldLabel { text: qsTr("What to bring (English, optional)") }
    WritingArea {
        id: bringEn
        Layout.fillWidth: true
        Accessible.name: qsTr("What to bring (English, optional)")
    }
    FieldLabel { text: qsTr("Address of the learning platform (optional)") }
    TextField {
        id: learningPlatform
        objectName: "venueLearningPlatform"
        Layout.fillWidth: true
        inputMethodHints: Qt.ImhUrlCharactersOnly | Qt.ImhNoAutoUppercase
        placeholderText: "https://…"
        Accessible.name: qsTr("Address of the learning platform (optional)")
    }
    Label {
        Layout.fillWidth: true
        text: qsTr("Participants see the change after their next sync.")
        wrapMode: Text.Wrap
        font.pixelSize: Theme.fontSize(12)
        opacity: 0.7
    }
}
