// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material

// A field for a few lines of text with an example shown while it is empty. Unlike a
// placeholder, the example wraps over as many lines as it needs at any text size, and the
// field is tall enough for it.
TextArea {
    id: area

    property string example

    wrapMode: TextEdit.Wrap
    implicitHeight: Math.max(contentHeight, exampleText.visible ? exampleText.implicitHeight : 0)
                    + topPadding + bottomPadding
    // Tab moves on to the next field, as in every other field; a tab is never wanted here.
    Keys.onTabPressed: event => { area.nextItemInFocusChain(true)?.forceActiveFocus(Qt.TabFocusReason) }
    Keys.onBacktabPressed: event => { area.nextItemInFocusChain(false)?.forceActiveFocus(Qt.BacktabFocusReason) }

    Label {
        id: exampleText
        x: area.leftPadding
        y: area.topPadding
        width: area.width - area.leftPadding - area.rightPadding
        visible: area.length === 0 && area.preeditText.length === 0
        text: area.example
        textFormat: Text.PlainText
        wrapMode: Text.WordWrap
        font: area.font
        color: area.placeholderTextColor
        Accessible.ignored: true
    }
}
