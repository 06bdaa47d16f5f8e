// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import Ews.Sync
import Ews.Ui.Components

// The calendar subscription: an address the person's calendar program follows, so that
// every change by the organisers appears there by itself.
ColumnLayout {
    id: form

    required property CalendarSubscription subscription
    signal saved(string message)

    Layout.fillWidth: true
    Layout.leftMargin: Theme.margin
    Layout.rightMargin: Theme.margin
    spacing: Theme.smallSpacing

    // Qt Quick has no clipboard type; a hidden text field does the copying.
    TextEdit {
        id: clipboardHelper
        visible: false
    }

    Label {
        textFormat: Text.PlainText
        Layout.fillWidth: true
        wrapMode: Text.Wrap
        text: form.subscription.address.length > 0
              ? qsTr("Your calendar program can follow the programme under this address. Keep it to yourself: anyone with it can read the programme.")
              : qsTr("Your calendar program can follow the programme: new, moved and cancelled dates then appear there by themselves.")
    }
    TextField {
        objectName: "calendarAddress"
        Layout.fillWidth: true
        visible: form.subscription.address.length > 0
        text: form.subscription.address
        readOnly: true
        selectByMouse: true
        // The start of the address in view (a field shows its end after the text is set).
        onTextChanged: cursorPosition = 0
        //: Label of the field showing the calendar subscription's address
        Accessible.name: qsTr("Subscription address")
    }
    Flow {
        Layout.fillWidth: true
        spacing: Theme.smallSpacing

        WrappingButton {
            objectName: "subscribeButton"
            visible: form.subscription.address.length === 0
            enabled: !form.subscription.busy
            highlighted: true
            //: Button: make a calendar subscription address
            text: qsTr("Set up a calendar subscription")
            onClicked: form.subscription.subscribe()
        }
        WrappingButton {
            visible: form.subscription.address.length > 0
            highlighted: true
            //: Button: open the subscription in the calendar program
            text: qsTr("Open in your calendar")
            onClicked: if (!Qt.openUrlExternally(form.subscription.webcalAddress))
                           form.saved(qsTr("No calendar program took the address. Copy it and add it in your calendar program as a subscription."))
        }
        WrappingButton {
            visible: form.subscription.address.length > 0
            flat: true
            //: Button: copy the subscription's address
            text: qsTr("Copy address")
            onClicked: {
                clipboardHelper.text = form.subscription.address
                clipboardHelper.selectAll()
                clipboardHelper.copy()
                form.saved(qsTr("Address copied."))
            }
        }
        WrappingButton {
            objectName: "unsubscribeButton"
            visible: form.subscription.address.length > 0
            enabled: !form.subscription.busy
            flat: true
            //: Button: end the calendar subscription (its address stops working)
            text: qsTr("End subscription")
            onClicked: form.subscription.unsubscribe()
        }
    }
    Label {
        objectName: "subscriptionMessage"
        textFormat: Text.PlainText
        Layout.fillWidth: true
        visible: text.length > 0
        text: form.subscription.message
        wrapMode: Text.Wrap
        color: Material.secondaryTextColor
    }
}
