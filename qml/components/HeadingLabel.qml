// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls

// A heading that screen readers announce as a heading. Qt 6.4 makes every Label "static text"
// whatever its Accessible.role says, so the Label stays out of the accessibility tree and an
// item over it carries the role and the text (it takes the focus a page gives its heading).
Label {
    id: heading

    // Gives the heading the keyboard focus, so that a screen reader reads it (after a page opens).
    function takeFocus() {
        mark.forceActiveFocus(Qt.OtherFocusReason)
    }

    textFormat: Text.PlainText
    Accessible.ignored: true

    Item {
        id: mark
        objectName: "headingMark"
        anchors.fill: parent
        Accessible.role: Accessible.Heading
        Accessible.name: heading.text
    }
}
