// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import Ews.Core
import Ews.Ui.Components

// One search over dates, people and practice projects, on the device.
Page {
    id: page

    required property SearchModel search
    // A result was chosen: kind is event, contact, project, step or log.
    signal resultChosen(string kind, string itemId, string municipalityId)

    //: Title of the search page
    title: qsTr("Search")

    ListSectionHeading {
        id: sectionHeading
    }

    Component.onCompleted: {
        page.search.refresh()
        field.forceActiveFocus()
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: 0

        TextField {
            id: field
            objectName: "searchField"
            Layout.fillWidth: true
            Layout.margins: Theme.margin
            Layout.bottomMargin: 0
            //: Placeholder of the search field
            placeholderText: qsTr("Dates, people, projects …")
            inputMethodHints: Qt.ImhNoPredictiveText
            text: page.search.query
            onTextEdited: page.search.query = text
            Accessible.name: qsTr("Search")
        }
        Label {
            textFormat: Text.PlainText
            objectName: "searchHint"
            Layout.fillWidth: true
            Layout.margins: Theme.margin
            visible: page.search.count === 0
            text: field.text.trim().length === 0
                  ? qsTr("Type a word to search the programme, the people and every municipality's practice project. This works without internet.")
                  : qsTr("Nothing found for “%1”.").arg(field.text.trim())
            wrapMode: Text.Wrap
            color: Material.secondaryTextColor
        }
        ListView {
            id: results
            objectName: "searchResults"
            Layout.fillWidth: true
            Layout.fillHeight: true
            clip: true
            model: page.search
            section.property: "sectionTitle"
            section.delegate: sectionHeading.delegate
            delegate: SearchResultDelegate {
                id: result
                width: ListView.view.width
                onClicked: page.resultChosen(result.kind, result.itemId, result.municipalityId)
            }
            ScrollIndicator.vertical: ScrollIndicator {}
        }
    }
}
