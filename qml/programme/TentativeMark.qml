// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import Ews.Ui.Components

// The mark of a date under budget reservation.
Label {
    //: Mark of a date that depends on the state budget being approved
    text: qsTr("subject to budget approval")
    color: Theme.tentative
    font.pixelSize: Theme.fontSize(12)
    font.bold: true
    leftPadding: 6
    rightPadding: 6
    topPadding: 2
    bottomPadding: 2
    background: Rectangle {
        radius: 4
        color: Theme.tentativeBackground
    }
}
