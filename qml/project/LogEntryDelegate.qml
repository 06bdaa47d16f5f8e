// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import Ews.Sync
import Ews.Ui.Attachments
import Ews.Ui.Components

// One entry of the progress log: when, who, what; whether and when its writer corrected or
// withdrew it, with what it said before.
ColumnLayout {
    id: entry

    required property string entryId
    required property string dateText
    required property string authorName
    required property string text
    required property bool question
    required property bool mine
    required property bool withdrawn
    required property string correctionText
    required property var earlierTexts
    property bool showEarlier: false
    // Its photos and files (none shown without); canAttach: the person may add some.
    property AttachmentDesk attachments: null
    property bool canAttach: false
    // The person wants to correct their own entry.
    signal correctWanted(string entryId, string text, bool question, string dateText)

    Layout.leftMargin: Theme.margin
    Layout.rightMargin: Theme.margin
    spacing: 2

    Label {
        textFormat: Text.PlainText
        Layout.fillWidth: true
        text: entry.dateText + (entry.authorName.length > 0 ? " · " + entry.authorName : "")
              + (entry.correctionText.length > 0 ? " · " + entry.correctionText : "")
        wrapMode: Text.Wrap
        color: entry.Material.secondaryTextColor
        font.pixelSize: Theme.fontSize(13)
    }
    Label {
        textFormat: Text.PlainText
        visible: entry.question
        Layout.fillWidth: true
        wrapMode: Text.Wrap
        //: Mark of a log entry that asks the organisers something
        text: qsTr("Question to the organisers")
        color: Theme.tentative
        font.bold: true
        font.pixelSize: Theme.fontSize(13)
    }
    Label {
        objectName: "logEntryText"
        Layout.fillWidth: true
        text: entry.text
        wrapMode: Text.Wrap
        textFormat: Text.PlainText
        // A withdrawn entry stays readable, struck through.
        font.strikeout: entry.withdrawn
        color: entry.withdrawn ? entry.Material.secondaryTextColor : entry.Material.foreground
    }
    Repeater {
        model: entry.showEarlier ? entry.earlierTexts : []
        delegate: Label {
            required property string modelData
            Layout.fillWidth: true
            Layout.leftMargin: Theme.spacing
            textFormat: Text.PlainText
            //: An earlier wording of a corrected log entry; %1 the text
            text: qsTr("Before: “%1”").arg(modelData)
            wrapMode: Text.Wrap
            color: entry.Material.secondaryTextColor
            font.pixelSize: Theme.fontSize(13)
        }
    }
    AttachmentStrip {
        Layout.fillWidth: true
        visible: entry.attachments !== null && (items.length > 0 || canAdd)
        desk: entry.attachments
        parentId: entry.entryId
        canAdd: entry.canAttach && !entry.withdrawn
    }
    Flow {
        Layout.fillWidth: true
        Layout.bottomMargin: Theme.smallSpacing
        visible: entry.mine || entry.earlierTexts.length > 0
        spacing: Theme.smallSpacing
        WrappingButton {
            objectName: "correctLogEntry"
            width: Math.min(implicitWidth, parent.width)
            visible: entry.mine
            flat: true
            //: Button under one's own log entry: change its text or withdraw it
            text: qsTr("Correct")
            Accessible.name: qsTr("Correct the entry of %1").arg(entry.dateText)
            onClicked: entry.correctWanted(entry.entryId, entry.text, entry.question, entry.dateText)
        }
        WrappingButton {
            objectName: "showEarlierTexts"
            width: Math.min(implicitWidth, parent.width)
            visible: entry.earlierTexts.length > 0
            flat: true
            text: entry.showEarlier
                  //: Button: hide what a corrected log entry said before
                  ? qsTr("Hide earlier wording")
                  //: Button: show what a corrected log entry said before
                  : qsTr("Show earlier wording")
            onClicked: entry.showEarlier = !entry.showEarlier
        }
    }
}
