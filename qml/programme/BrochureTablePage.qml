// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import Ews.Core
import Ews.Ui.Components

// The table "Alle Termine und Orte im Überblick" from the organisers' brochure, pasted: what it
// would change in the programme, date by date, and every doubt about it, before anything goes
// into the draft.
Page {
    id: page

    required property ProgrammeDesk desk
    // The table was taken into the draft.
    signal taken()

    // The result of the last check: { rows, doubts, changes }.
    property var check: ({ rows: [], doubts: [], changes: 0 })
    property bool checked: false

    //: Title of the page where the brochure's table of dates is pasted
    title: qsTr("From the brochure")

    // Puts @p text into the field and checks it (as pasting and pressing "Check" would).
    function pasteAndCheck(text: string) {
        table.text = text
        check = desk.checkBrochureTable(text)
        checked = true
    }

    ScrollView {
        anchors.fill: parent
        contentWidth: availableWidth

        ColumnLayout {
            width: Math.min(parent.width, Theme.contentMaxWidth)
            spacing: Theme.spacing

            Label {
                textFormat: Text.PlainText
                Layout.fillWidth: true
                Layout.margins: Theme.margin
                Layout.bottomMargin: 0
                text: qsTr("Copy the table “Alle Termine und Orte im Überblick” from the brochure and paste it here. You will see what it changes before anything goes into the draft.")
                wrapMode: Text.Wrap
            }
            // Tab moves on (the table's own tabs come with pasting it).
            WritingArea {
                id: table
                objectName: "brochureTable"
                Layout.fillWidth: true
                Layout.leftMargin: Theme.margin
                Layout.rightMargin: Theme.margin
                Layout.minimumHeight: 120
                wrapMode: TextEdit.NoWrap
                example: qsTr("Paste the table here")
                Accessible.name: qsTr("Table of dates from the brochure")
                onTextChanged: page.checked = false
            }
            WrappingButton {
                objectName: "checkBrochureTable"
                Layout.leftMargin: Theme.margin
                enabled: table.text.trim().length > 0
                //: Button: read the pasted table and show what it changes
                text: qsTr("Check")
                onClicked: page.pasteAndCheck(table.text)
            }
            Label {
                Layout.fillWidth: true
                Layout.leftMargin: Theme.margin
                Layout.rightMargin: Theme.margin
                visible: page.checked && page.check.doubts.length > 0
                text: qsTr("Please check before you continue:")
                font.bold: true
                wrapMode: Text.Wrap
            }
            Repeater {
                model: page.checked ? page.check.doubts : []
                delegate: NoticeBox {
                    required property string modelData
                    text: modelData
                }
            }
            Label {
                Layout.fillWidth: true
                Layout.leftMargin: Theme.margin
                Layout.rightMargin: Theme.margin
                visible: page.checked
                text: page.check.rows.length === 0
                      ? qsTr("No dates could be read. Copy the whole table, with its columns.")
                      : qsTr("%n date(s) read, %1 of them change the programme.", "", page.check.rows.length).arg(page.check.changes)
                font.bold: true
                wrapMode: Text.Wrap
            }
            Repeater {
                model: page.checked ? page.check.rows : []
                delegate: ColumnLayout {
                    id: row
                    required property var modelData
                    Layout.fillWidth: true
                    Layout.leftMargin: Theme.margin
                    Layout.rightMargin: Theme.margin
                    spacing: 0
                    Label {
                        textFormat: Text.PlainText
                        Layout.fillWidth: true
                        text: row.modelData.title
                        font.bold: row.modelData.status !== "same"
                        wrapMode: Text.Wrap
                    }
                    Label {
                        textFormat: Text.PlainText
                        Layout.fillWidth: true
                        text: row.modelData.whenText
                        color: Material.secondaryTextColor
                        wrapMode: Text.Wrap
                    }
                    Label {
                        textFormat: Text.PlainText
                        Layout.fillWidth: true
                        text: row.modelData.changeText
                        color: row.modelData.status === "same" ? Material.secondaryTextColor : Theme.tentative
                        wrapMode: Text.Wrap
                    }
                }
            }
            Label {
                id: problem
                Layout.fillWidth: true
                Layout.leftMargin: Theme.margin
                Layout.rightMargin: Theme.margin
                visible: text.length > 0
                color: Theme.overdue
                wrapMode: Text.Wrap
            }
            WrappingButton {
                objectName: "takeBrochureTable"
                Layout.leftMargin: Theme.margin
                Layout.bottomMargin: Theme.margin
                visible: page.checked && page.check.changes > 0
                highlighted: true
                //: Button: the changes of the pasted table go into the draft (not yet published)
                text: qsTr("Take into the draft")
                onClicked: {
                    problem.text = page.desk.takeBrochureTable(table.text)
                    if (problem.text.length === 0)
                        page.taken()
                }
            }
        }
    }
}
