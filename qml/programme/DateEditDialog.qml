// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Ews.Core
import Ews.Ui.Components

// An organiser changes a date, adds one, confirms or cancels one. Saved in the draft: the
// participants see it only once the draft is published.
FormDialog {
    id: dialog

    required property ProgrammeDesk desk
    property var form: ({})

    title: form.published ? qsTr("Change date") : qsTr("New date")

    function openFor(dateId: string) {
        load(dateId.length > 0 ? desk.form(dateId) : desk.newDateForm())
        open()
        titleDe.forceActiveFocus()
    }

    function load(values) {
        form = values
        titleDe.text = values.titleDe
        titleEn.text = values.titleEn
        day.text = values.day
        start.text = values.start
        end.text = values.end
        room.text = values.room
        videoUrl.text = values.videoUrl
        note.text = values.noteDe
        tentative.checked = values.tentative
        cancelled.checked = values.cancelled
        reason.text = values.cancelReason
        errorText = ""
    }

    function save(): string {
        const values = Object.assign({}, form)
        values.titleDe = titleDe.text
        values.titleEn = titleEn.text
        values.day = day.text
        values.start = start.text
        values.end = end.text
        values.placeId = place.currentIndex >= 0 ? place.currentValue : ""
        values.room = room.text
        values.videoUrl = videoUrl.text
        values.noteDe = note.text
        values.tentative = tentative.checked
        values.cancelled = cancelled.checked
        values.cancelReason = reason.text
        return desk.save(values)
    }

    FieldLabel { text: qsTr("Title (German)") }
    TextField {
        id: titleDe
        objectName: "dateTitleDe"
        Layout.fillWidth: true
        Accessible.name: qsTr("Title (German)")
    }
    FieldLabel { text: qsTr("Title (English, optional)") }
    TextField {
        id: titleEn
        Layout.fillWidth: true
        Accessible.name: qsTr("Title (English, optional)")
    }
    FieldLabel { text: qsTr("Day") }
    TextField {
        id: day
        objectName: "dateDay"
        Layout.fillWidth: true
        inputMethodHints: Qt.ImhPreferNumbers
        //: Example of a day as it is typed
        placeholderText: qsTr("e.g. 26.11.2026")
        Accessible.name: qsTr("Day")
    }
    RowLayout {
        Layout.fillWidth: true
        spacing: Theme.smallSpacing
        ColumnLayout {
            Layout.fillWidth: true
            FieldLabel { text: qsTr("From") }
            TextField {
                id: start
                objectName: "dateStart"
                Layout.fillWidth: true
                inputMethodHints: Qt.ImhPreferNumbers
                placeholderText: "10:00"
                Accessible.name: qsTr("From")
            }
        }
        ColumnLayout {
            Layout.fillWidth: true
            FieldLabel { text: qsTr("Until") }
            TextField {
                id: end
                Layout.fillWidth: true
                inputMethodHints: Qt.ImhPreferNumbers
                placeholderText: "16:00"
                Accessible.name: qsTr("Until")
            }
        }
    }
    Label {
        Layout.fillWidth: true
        text: qsTr("Leave both times empty for a whole day, such as a deadline.")
        wrapMode: Text.Wrap
        font.pixelSize: Theme.fontSize(12)
        opacity: 0.7
    }
    FieldLabel { text: qsTr("Place") }
    ChoiceBox {
        id: place
        Layout.fillWidth: true
        model: dialog.desk.places
        textRole: "name"
        valueRole: "id"
        wantedIndex: {
            const places = dialog.desk.places
            for (let i = 0; i < places.length; ++i) {
                if (places[i].id === dialog.form.placeId)
                    return i
            }
            return -1
        }
        placeholderText: qsTr("No place")
        Accessible.name: qsTr("Place")
    }
    FieldLabel { text: qsTr("Room (optional)") }
    TextField {
        id: room
        Layout.fillWidth: true
        placeholderText: qsTr("e.g. Seminar room 2")
        Accessible.name: qsTr("Room (optional)")
    }
    FieldLabel { text: qsTr("Video link (optional)") }
    TextField {
        id: videoUrl
        objectName: "dateVideoUrl"
        Layout.fillWidth: true
        inputMethodHints: Qt.ImhUrlCharactersOnly | Qt.ImhNoAutoUppercase
        placeholderText: "https://…"
        Accessible.name: qsTr("Video link (optional)")
    }
    FieldLabel { text: qsTr("Note for the participants (optional)") }
    WritingArea {
        id: note
        Layout.fillWidth: true
        Layout.minimumHeight: 80
        Accessible.name: qsTr("Note for the participants (optional)")
    }
    SwitchRow {
        id: tentative
        text: qsTr("Subject to budget approval")
    }
    SwitchRow {
        id: cancelled
        objectName: "dateCancelled"
        text: qsTr("Cancelled")
    }
    Label {
        visible: cancelled.checked
        text: qsTr("Reason participants see")
    }
    TextField {
        id: reason
        objectName: "dateCancelReason"
        visible: cancelled.checked
        Layout.fillWidth: true
        placeholderText: qsTr("e.g. The facilitator is ill.")
        Accessible.name: qsTr("Reason participants see")
    }
    Label {
        Layout.fillWidth: true
        text: qsTr("Saved in the draft. Participants see the change once you publish the draft.")
        wrapMode: Text.Wrap
        font.pixelSize: Theme.fontSize(12)
        opacity: 0.7
    }
}
