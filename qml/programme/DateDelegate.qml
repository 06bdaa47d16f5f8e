// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import Ews.Ui.Components

// One date in the programme list.
ItemDelegate {
    id: row
    // A screen reader's "press" does what a tap does (Qt 6.4 gives a list row no action).
    Accessible.onPressAction: row.clicked()

    // Reached with Tab on a desktop, opened with Space.
    focusPolicy: Qt.StrongFocus

    required property string eventId
    required property string title
    required property string dateText
    required property string timeText
    required property string placeName
    required property bool tentative
    required property bool isPast
    required property bool isToday
    required property string changeKind
    required property string changeText
    required property bool cancelled

    leftPadding: Theme.margin
    rightPadding: Theme.margin
    opacity: isPast ? 0.6 : 1.0
    Accessible.name: (changeText.length > 0 ? changeText + ", " : cancelled ? qsTr("Cancelled") + ", " : "") + title + ", " + dateText + ", " + timeText + ", " + placeName
                     + (tentative ? ", " + qsTr("subject to budget approval") : "")

    contentItem: RowLayout {
        spacing: Theme.spacing

        Rectangle {
            Layout.preferredWidth: 4
            Layout.fillHeight: true
            radius: 2
            color: row.isToday ? Theme.accent : "transparent"
        }
        ColumnLayout {
            Layout.fillWidth: true
            spacing: 2

            Label {
                textFormat: Text.PlainText
                Layout.fillWidth: true
                text: row.title
                font.bold: row.isToday || row.changeKind.length > 0
                font.strikeout: row.cancelled
                wrapMode: Text.Wrap
            }
            Label {
                textFormat: Text.PlainText
                Layout.fillWidth: true
                visible: text.length > 0
                //: Mark of a date the organisers cancelled
                text: row.changeText.length > 0 ? row.changeText : row.cancelled ? qsTr("Cancelled") : ""
                color: row.cancelled ? Theme.overdue : Theme.tentative
                font.bold: true
                font.pixelSize: Theme.fontSize(13)
                wrapMode: Text.Wrap
            }
            Label {
                textFormat: Text.PlainText
                Layout.fillWidth: true
                text: row.dateText + " · " + row.timeText
                color: row.Material.secondaryTextColor
                font.pixelSize: Theme.fontSize(13)
                wrapMode: Text.Wrap
            }
            Label {
                textFormat: Text.PlainText
                Layout.fillWidth: true
                visible: row.placeName.length > 0
                text: row.placeName
                color: row.Material.secondaryTextColor
                font.pixelSize: Theme.fontSize(13)
                wrapMode: Text.Wrap
            }
            TentativeMark {
                // At large text it wraps rather than widen the row beyond the window.
                Layout.maximumWidth: row.availableWidth - 4 - Theme.spacing
                wrapMode: Text.Wrap
                visible: row.tentative && !row.cancelled
            }
        }
    }
}
