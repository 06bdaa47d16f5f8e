// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls

// A dialog's title, as its header: it wraps instead of ending in "…" at a large text size,
// and screen readers announce it as a heading.
//     header: DialogHeading { text: dialog.title }
HeadingLabel {
    visible: text.length > 0
    wrapMode: Text.WordWrap
    padding: 24
    bottomPadding: 0
    font.bold: true
    font.pixelSize: Theme.fontSize(16)
}
