// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts

// A month to pick a day from, in the app's language, Monday first; the arrows go a month back
// and on. picked() gives the day as numbers (month 1–12), never as a Date with a time zone.
Popup {
    id: popup

    property int year: 2026
    property int month: 0 ///< 0–11, as MonthGrid counts
    property date chosen
    signal picked(int year, int month, int day)

    // Opens at the month of @p day, which is marked.
    function openAt(day: date) {
        chosen = day
        year = day.getFullYear()
        month = day.getMonth()
        open()
        grid.forceActiveFocus()
    }
    function step(months: int) {
        const next = new Date(year, month + months, 1)
        year = next.getFullYear()
        month = next.getMonth()
    }

    // Month and day names in the app's language, whatever the device's locale.
    //: The locale the calendar names months and days in: de_DE in German
    readonly property var language: Qt.locale(qsTr("en_GB"))

    parent: Overlay.overlay
    anchors.centerIn: parent
    width: Math.min(parent ? parent.width - 2 * Theme.margin : 360, 400)
    modal: true
    focus: true
    padding: Theme.spacing

    ColumnLayout {
        anchors.fill: parent
        spacing: Theme.smallSpacing
        RowLayout {
            Layout.fillWidth: true
            ToolButton {
                Accessible.onPressAction: clicked() // Qt 6.4's own press does nothing
                text: "‹"
                font.pixelSize: Theme.fontSize(22)
                //: Calendar: to the month before
                Accessible.name: qsTr("Month before")
                onClicked: popup.step(-1)
            }
            HeadingLabel {
                Layout.fillWidth: true
                horizontalAlignment: Text.AlignHCenter
                textFormat: Text.PlainText
                wrapMode: Text.WordWrap
                text: popup.language.standaloneMonthName(popup.month) + " " + popup.year
                font.bold: true
            }
            ToolButton {
                Accessible.onPressAction: clicked() // Qt 6.4's own press does nothing
                text: "›"
                font.pixelSize: Theme.fontSize(22)
                //: Calendar: to the month after
                Accessible.name: qsTr("Month after")
                onClicked: popup.step(1)
            }
        }
        // Qt 6.4's type description of these two lacks QLocale, so qmllint cannot check the
        // assignment of their locale.
        // qmllint disable type
        DayOfWeekRow {
            Layout.fillWidth: true
            locale: popup.language
            // In the theme's text colour (the default delegate stays black in dark mode).
            delegate: Label {
                required property string shortName
                horizontalAlignment: Text.AlignHCenter
                verticalAlignment: Text.AlignVCenter
                text: shortName
                textFormat: Text.PlainText
                font.bold: true
                color: popup.Material.foreground
            }
        }
        MonthGrid {
            id: grid
            Layout.fillWidth: true
            year: popup.year
            month: popup.month
            locale: popup.language
            // qmllint enable type
            delegate: Label {
                required property var model
                horizontalAlignment: Text.AlignHCenter
                verticalAlignment: Text.AlignVCenter
                text: model.day
                textFormat: Text.PlainText
                opacity: model.month === popup.month ? 1 : 0.4
                font.bold: model.today
                color: model.year === popup.chosen.getFullYear()
                       && model.month === popup.chosen.getMonth()
                       && model.day === popup.chosen.getDate() ? Material.accentColor
                                                               : Material.foreground
                Accessible.role: Accessible.Button
                Accessible.name: model.date.toLocaleDateString(popup.language, Locale.LongFormat)
                Accessible.onPressAction: popup.choose(model.year, model.month, model.day)
            }
            onClicked: day => popup.choose(day.getFullYear(), day.getMonth(), day.getDate())
        }
    }
    function choose(year: int, month: int, day: int) {
        close()
        picked(year, month + 1, day)
    }
}
