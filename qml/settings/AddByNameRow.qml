// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Ews.Ui.Components

// A text field with a button that hands the name on; shows the answer if it was refused.
ColumnLayout {
    id: row

    required property string placeholder
    required property string buttonText
    // Returns an empty string when the name was taken, otherwise why not.
    property var submit: function(name) { return "" }

    Layout.fillWidth: true
    Layout.leftMargin: Theme.margin
    Layout.rightMargin: Theme.margin
    spacing: 2

    // The question above the field: as a placeholder it would be cut at a large text size.
    Label {
        Layout.fillWidth: true
        text: row.placeholder
        textFormat: Text.PlainText
        wrapMode: Text.WordWrap
        font.pixelSize: Theme.fontSize(13)
    }
    RowLayout {
        Layout.fillWidth: true
        TextField {
            id: nameField
            objectName: "nameField"
            Layout.fillWidth: true
            Accessible.name: row.placeholder
            onAccepted: addButton.clicked()
        }
        Button {
            Accessible.onPressAction: clicked() // Qt 6.4's own press does nothing
            id: addButton
            objectName: "addButton"
            text: row.buttonText
            font.capitalization: Font.MixedCase
            enabled: nameField.text.trim().length > 0
            onClicked: {
                const message = row.submit(nameField.text)
                error.text = message
                if (message.length === 0)
                    nameField.clear()
            }
        }
    }
    Label {
        id: error
        objectName: "addError"
        textFormat: Text.PlainText
        Layout.fillWidth: true
        visible: text.length > 0
        color: Theme.overdue
        wrapMode: Text.Wrap
    }
}
