// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import Ews.Core
import Ews.Ui.Components

// Everything that changed since the person last looked: the programme's changes, and what
// others did in the project. Leaving the page counts as having looked.
Page {
    id: page

    required property NewsModel news
    // Organisers write announcements from here.
    property bool organiser: false
    signal announcementsWanted()
    // A change was chosen: kind is programme, step, log_entry or comment.
    signal changeChosen(string kind, string targetId, string municipalityId)

    //: Title of the page of changes since the person last looked
    title: qsTr("What's new")

    StackView.onRemoved: page.news.markAllSeen()

    ColumnLayout {
        anchors.fill: parent
        spacing: 0

        Label {
            textFormat: Text.PlainText
            objectName: "newsHint"
            Layout.fillWidth: true
            Layout.margins: Theme.margin
            text: page.news.count === 0
                  ? qsTr("Nothing has changed since you last looked.")
                  : qsTr("Changed since you last looked. Once you leave this page, it counts as seen.")
            wrapMode: Text.Wrap
            color: Material.secondaryTextColor
        }
        WrappingButton {
            objectName: "writeAnnouncement"
            Layout.leftMargin: Theme.margin
            visible: page.organiser
            //: Button: organisers write a message to all or some participants
            text: qsTr("Write an announcement")
            onClicked: page.announcementsWanted()
        }
        ListView {
            objectName: "newsList"
            Layout.fillWidth: true
            Layout.fillHeight: true
            clip: true
            model: page.news
            delegate: NewsDelegate {
                id: change
                width: ListView.view.width
                onClicked: page.changeChosen(change.kind, change.targetId, change.municipalityId)
            }
            ScrollIndicator.vertical: ScrollIndicator {}
        }
    }
}
