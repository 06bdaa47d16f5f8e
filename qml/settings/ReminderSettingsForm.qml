// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import Ews.Core
import Ews.Ui.Components

// Reminders before the dates: on or off, how long before, and whether this device can show
// them at all.
ColumnLayout {
    id: form

    required property Reminders reminders

    Layout.fillWidth: true
    Layout.leftMargin: Theme.margin
    Layout.rightMargin: Theme.margin
    spacing: Theme.smallSpacing

    SwitchRow {
        objectName: "remindersSwitch"
        text: qsTr("Remind me before my dates")
        checked: form.reminders.enabled
        onToggled: form.reminders.enabled = checked
    }
    ChoiceBox {
        objectName: "reminderLead"
        Layout.fillWidth: true
        enabled: form.reminders.enabled
        textRole: "text"
        valueRole: "value"
        model: [
            { value: 15, text: qsTr("15 minutes before") },
            { value: 60, text: qsTr("1 hour before") },
            { value: 180, text: qsTr("3 hours before") },
            { value: 1440, text: qsTr("1 day before") },
            { value: 2880, text: qsTr("2 days before") }
        ]
        wantedIndex: model.findIndex(choice => choice.value === form.reminders.leadMinutes)
        onActivated: form.reminders.leadMinutes = currentValue
        //: Label of the choice how long before a date its reminder comes
        Accessible.name: qsTr("When to remind")
    }
    Label {
        textFormat: Text.PlainText
        Layout.fillWidth: true
        wrapMode: Text.Wrap
        color: Material.secondaryTextColor
        text: qsTr("Without a choice of your own: the first day of each module, the learning groups and the deadlines. On each date's page you can change that.")
    }
    Label {
        objectName: "reminderAvailability"
        textFormat: Text.PlainText
        Layout.fillWidth: true
        wrapMode: Text.Wrap
        text: form.reminders.availabilityText
        color: form.reminders.availability === "always" || form.reminders.availability === "whileRunning"
               ? Material.foreground : Theme.overdue
    }
    WrappingButton {
        visible: form.reminders.availability === "notAllowed"
        //: Button: asks the device to let the app show reminders
        text: qsTr("Allow reminders")
        onClicked: form.reminders.requestPermission()
    }
    Label {
        objectName: "nextReminder"
        textFormat: Text.PlainText
        Layout.fillWidth: true
        wrapMode: Text.Wrap
        visible: form.reminders.enabled
        text: form.reminders.nextText
        color: Material.secondaryTextColor
    }
}
