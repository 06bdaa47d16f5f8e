// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts

// A heading inside a page.
HeadingLabel {
    Layout.fillWidth: true
    Layout.leftMargin: Theme.margin
    Layout.rightMargin: Theme.margin
    Layout.topMargin: Theme.spacing
    font.bold: true
    font.pixelSize: Theme.fontSize(18)
    wrapMode: Text.Wrap
}
