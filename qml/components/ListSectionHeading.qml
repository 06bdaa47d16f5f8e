// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import Ews.Ui.Components

// The heading over each group of a list, for a ListView's section.delegate:
//     ListSectionHeading { id: sectionHeading }
//     ListView { section.delegate: sectionHeading.delegate }
// Made in this file, which has no "pragma ComponentBehavior: Bound": Qt 6.4 cannot create a
// bound section delegate ("Component is not ready"), and so the pages that show one can be bound.
QtObject {
    readonly property Component delegate: HeadingLabel {
        id: heading
        required property string section

        // A ListView makes a group's heading after the group's first row, so a screen reader
        // and the Tab key met the row first. The heading moves before the row it stands over,
        // among the list's items (each time the list places or reuses it).
        function standBeforeItsRow() {
            const rows = heading.parent ? heading.parent.children : []
            let below = null
            for (let i = 0; i < rows.length; ++i) {
                const row = rows[i]
                if (row !== heading && row.y >= heading.y + heading.height - 1
                        && (below === null || row.y < below.y))
                    below = row
            }
            if (below !== null)
                ReadingOrder.placeBefore(heading, below)
        }
        onYChanged: ordering.restart()
        onSectionChanged: ordering.restart()
        Component.onCompleted: ordering.restart()
        Timer {
            id: ordering
            interval: 0 // once the list has placed its rows
            onTriggered: heading.standBeforeItsRow()
        }

        width: ListView.view.width
        padding: Theme.margin
        topPadding: Theme.spacing * 2
        bottomPadding: Theme.smallSpacing
        text: section
        font.bold: true
        color: Material.accentColor
        wrapMode: Text.Wrap
    }
}
