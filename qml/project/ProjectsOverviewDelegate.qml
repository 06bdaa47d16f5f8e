// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import Ews.Ui.Components

// One municipality in the overview: its project, its steps, its last activity and the
// questions to the organisers still open.
ItemDelegate {
    id: row
    // A screen reader's "press" does what a tap does (Qt 6.4 gives a list row no action).
    Accessible.onPressAction: row.clicked()

    // Reached with Tab on a desktop, opened with Space.
    focusPolicy: Qt.StrongFocus

    required property string municipalityId
    required property string name
    required property string projectTitle
    required property string summary
    required property string lastActivity
    required property int overdueCount
    required property var openQuestions
    required property bool quiet
    required property string quietText

    leftPadding: Theme.margin
    rightPadding: Theme.margin
    Accessible.name: [row.name, row.projectTitle, row.summary, row.lastActivity]
                     .concat(row.openQuestions.length > 0 ? [qsTr("Open questions: %1").arg(row.openQuestions.length)] : [])
                     .filter(part => part.length > 0).join(", ")

    contentItem: ColumnLayout {
        spacing: 2
        Label {
            textFormat: Text.PlainText
            Layout.fillWidth: true
            text: row.name
            font.bold: true
            wrapMode: Text.Wrap
        }
        Label {
            textFormat: Text.PlainText
            Layout.fillWidth: true
            visible: row.projectTitle.length > 0
            text: row.projectTitle
            wrapMode: Text.Wrap
        }
        Label {
            textFormat: Text.PlainText
            Layout.fillWidth: true
            text: row.summary
            color: row.overdueCount > 0 ? Theme.overdue : row.Material.foreground
            wrapMode: Text.Wrap
        }
        Label {
            textFormat: Text.PlainText
            Layout.fillWidth: true
            text: row.lastActivity + (row.quiet ? " · " + row.quietText : "")
            color: row.quiet ? Theme.tentative : row.Material.secondaryTextColor
            font.pixelSize: Theme.fontSize(13)
            wrapMode: Text.Wrap
        }
        Repeater {
            model: row.openQuestions
            delegate: PreviewLabel {
                required property string modelData
                Layout.fillWidth: true
                Layout.topMargin: Theme.smallSpacing
                //: An open question to the organisers, quoted; %1 is its text
                text: qsTr("Question: “%1”").arg(modelData)
                color: Theme.tentative
                maximumLineCount: 4
            }
        }
    }
}
