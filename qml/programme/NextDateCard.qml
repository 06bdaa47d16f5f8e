// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import Ews.Core
import Ews.Ui.Components

// "What is next": the coming date with its countdown.
ItemDelegate {
    id: card
    // A screen reader's "press" does what a tap does (Qt 6.4 gives a list row no action).
    Accessible.onPressAction: card.clicked()

    required property ProgrammeOverview overview

    padding: Theme.margin
    enabled: overview.hasNext
    Accessible.name: qsTr("Next: %1, %2, %3").arg(overview.nextTitle).arg(overview.nextDateText)
                                          .arg(overview.countdownText)

    background: Rectangle {
        radius: Theme.radius
        color: card.Material.theme === Material.Dark ? "#1f3b38" : "#e0f2f1"
        border.color: Theme.accent
        border.width: 1
    }

    contentItem: ColumnLayout {
        spacing: Theme.smallSpacing

        RowLayout {
            Layout.fillWidth: true
            Label {
                textFormat: Text.PlainText
                Layout.fillWidth: true
                //: Heading of the card that shows the coming date
                text: card.overview.hasNext ? qsTr("Next") : qsTr("The programme is over")
                wrapMode: Text.WordWrap
                font.bold: true
                color: Material.accentColor
            }
            Label {
                textFormat: Text.PlainText
                visible: card.overview.hasNext
                text: card.overview.countdownText
                font.bold: true
                color: Material.accentColor
            }
        }
        Label {
            textFormat: Text.PlainText
            Layout.fillWidth: true
            visible: card.overview.hasNext
            text: card.overview.nextTitle
            font.pixelSize: Theme.fontSize(20)
            font.bold: true
            wrapMode: Text.Wrap
        }
        Label {
            textFormat: Text.PlainText
            Layout.fillWidth: true
            visible: card.overview.hasNext
            text: card.overview.nextDateText + "\n" + card.overview.nextTimeText
                  + (card.overview.nextPlaceName ? " · " + card.overview.nextPlaceName : "")
            wrapMode: Text.Wrap
        }
        TentativeMark {
            visible: card.overview.nextTentative
        }
    }
}
