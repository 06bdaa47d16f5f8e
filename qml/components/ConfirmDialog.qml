// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import Ews.Ui.Components

// Asks before something that cannot be undone on this device.
Dialog {
    id: dialog

    property alias text: message.text
    property alias confirmText: confirmButton.text
    property alias rejectText: rejectButton.text
    /// The confirming button's colour: a warning unless said otherwise.
    property color confirmColor: Theme.overdue
    /// Items shown below the question (a choice that goes with it).
    property alias extra: extraItems.data

    parent: Overlay.overlay
    anchors.centerIn: parent
    width: Math.min(parent ? parent.width - 2 * Theme.margin : 400, 420)
    modal: true
    focus: true
    header: DialogHeading { text: dialog.title }
    // Read as seen: the question, then its buttons (Qt 6.4 puts the buttons first).
    onAboutToShow: {
        ReadingOrder.placeBefore(contentItem, footer)
        ReadingOrder.placeBefore(header, contentItem)
    }

    ColumnLayout {
        width: dialog.availableWidth
        spacing: Theme.smallSpacing
        Label {
            id: message
            Layout.fillWidth: true
            textFormat: Text.PlainText
            wrapMode: Text.Wrap
        }
        ColumnLayout {
            id: extraItems
            Layout.fillWidth: true
        }
    }

    footer: RowLayout {
        spacing: Theme.smallSpacing
        Item { Layout.fillWidth: true }
        WrappingButton {
            id: rejectButton
            //: Button: do not do what was asked about
            text: qsTr("Cancel")
            flat: true
            onClicked: dialog.reject()
        }
        WrappingButton {
            id: confirmButton
            Layout.rightMargin: Theme.margin
            Material.foreground: dialog.confirmColor
            flat: true
            onClicked: dialog.accept()
        }
    }
}
