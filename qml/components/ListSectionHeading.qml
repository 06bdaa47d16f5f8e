// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material

// The heading over each group of a list, for a ListView's section.delegate:
//     ListSectionHeading { id: sectionHeading }
//     ListView { section.delegate: sectionHeading.delegate }
// Made in this file, which has no "pragma ComponentBehavior: Bound": Qt 6.4 cannot create a
// bound section delegate ("Component is not ready"), and so the pages that show one can be bound.
QtObject {
    readonly property Component delegate: Label {
        required property string section
        textFormat: Text.PlainText
        width: ListView.view.width
        padding: Theme.margin
        topPadding: Theme.spacing * 2
        bottomPadding: Theme.smallSpacing
        text: section
        font.bold: true
        color: Material.accentColor
        wrapMode: Text.Wrap
        Accessible.role: Accessible.Heading
    }
}
