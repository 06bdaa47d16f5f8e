// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import Ews.Ui.Components

// A form in a dialog. save() returns an empty string when saved, otherwise a message that
// stays on screen with everything typed kept.
Dialog {
    id: dialog

    default property alias fields: form.data
    property string errorText: ""
    // The message stands beside the field it concerns, not above the form.
    property bool errorAtField: false
    signal saved()

    function save(): string { return "" }

    parent: Overlay.overlay
    anchors.centerIn: parent
    width: Math.min(parent ? parent.width - 2 * Theme.margin : 400, 520)
    height: Math.min(implicitHeight, parent ? parent.height - 2 * Theme.margin : 600)
    modal: true
    focus: true
    closePolicy: Popup.CloseOnEscape
    // Closed, the focus goes back to what had it (the button that opened the form), so that
    // the keyboard and a screen reader carry on from there.
    property Item focusBefore: null
    onAboutToShow: {
        focusBefore = Window.activeFocusItem
        // Read as seen: the form, then its buttons (Qt 6.4 puts the buttons first).
        ReadingOrder.placeBefore(contentItem, footer)
        ReadingOrder.placeBefore(header, contentItem)
    }
    onClosed: {
        errorText = ""
        if (focusBefore !== null && focusBefore.visible)
            focusBefore.forceActiveFocus(Qt.PopupFocusReason)
        focusBefore = null
    }
    header: DialogHeading { text: dialog.title }

    // Saves and closes, or keeps the form open with the message.
    function trySave() {
        const message = save()
        errorText = message
        if (message.length > 0)
            return
        close()
        saved()
    }

    footer: RowLayout {
        spacing: Theme.smallSpacing
        Item { Layout.fillWidth: true }
        WrappingButton {
            //: Button: close a form without saving
            text: qsTr("Cancel")
            flat: true
            onClicked: dialog.close()
        }
        WrappingButton {
            Layout.rightMargin: Theme.margin
            //: Button: save a form
            text: qsTr("Save")
            highlighted: true
            onClicked: dialog.trySave()
        }
    }

    ScrollView {
        id: scroll
        anchors.fill: parent
        contentWidth: availableWidth

        ColumnLayout {
            width: scroll.availableWidth
            spacing: Theme.smallSpacing

            Label {
                Layout.fillWidth: true
                visible: dialog.errorText.length > 0 && !dialog.errorAtField
                text: dialog.errorText
                color: Theme.overdue
                font.bold: true
                wrapMode: Text.Wrap
                Accessible.role: Accessible.AlertMessage
            }
            ColumnLayout {
                id: form
                Layout.fillWidth: true
                spacing: Theme.smallSpacing
            }
        }
    }
}
