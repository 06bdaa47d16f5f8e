// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import Ews.Core
import Ews.Ui.Components

// Today's sessions during a module, the running one marked.
Frame {
    id: card

    required property ProgrammeOverview overview
    signal eventChosen(string eventId)


    padding: Theme.margin
    background: Rectangle {
        radius: Theme.radius
        color: "transparent"
        border.color: card.Material.dividerColor
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: Theme.smallSpacing

        HeadingLabel {
            textFormat: Text.PlainText
            Layout.fillWidth: true
            //: Heading of today's sessions; %1 is today's date
            text: qsTr("Today, %1").arg(card.overview.todayText)
            font.bold: true
            wrapMode: Text.Wrap
        }
        Repeater {
            model: card.overview.todayEvents
            delegate: ItemDelegate {
                id: row
                required property var modelData
                Layout.fillWidth: true
                leftPadding: 0
                onClicked: card.eventChosen(modelData.eventId)
                Accessible.onPressAction: row.clicked()
                contentItem: ColumnLayout {
                    spacing: 2
                    Label {
                        textFormat: Text.PlainText
                        Layout.fillWidth: true
                        text: row.modelData.title
                        font.bold: row.modelData.isNow
                        wrapMode: Text.Wrap
                    }
                    Label {
                        textFormat: Text.PlainText
                        Layout.fillWidth: true
                        text: row.modelData.timeText + (row.modelData.isNow ? " · " + qsTr("happening now") : "")
                        color: row.modelData.isNow ? row.Material.accentColor : row.Material.secondaryTextColor
                        font.pixelSize: Theme.fontSize(13)
                        wrapMode: Text.Wrap
                    }
                }
            }
        }
    }
}
