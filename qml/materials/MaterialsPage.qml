// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import Ews.Core
import Ews.Sync
import Ews.Ui.Components

// The programme's pool of materials ("Materialien", the brochure's Lernquellenpool): slides,
// handouts, templates and links, by module, found by words; one's own to post.
Page {
    id: page

    required property MaterialsModel materials
    required property MaterialDesk desk
    signal materialChosen(string materialId)
    signal saved(string message)

    //: Title of the page with the programme's materials
    title: qsTr("Materials")

    ListSectionHeading {
        id: sectionHeading
    }
    MaterialDialog {
        id: postDialog
        desk: page.desk
        onSaved: page.saved(qsTr("The material is saved; everyone sees it once it is sent."))
    }
    function openNew() {
        postDialog.openNew()
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: 0

        RowLayout {
            Layout.fillWidth: true
            Layout.margins: Theme.margin
            Layout.bottomMargin: 0
            spacing: Theme.smallSpacing
            TextField {
                id: field
                objectName: "materialsSearch"
                Layout.fillWidth: true
                //: Placeholder of the field that searches the materials
                placeholderText: qsTr("Find materials …")
                inputMethodHints: Qt.ImhNoPredictiveText
                text: page.materials.filter
                onTextEdited: page.materials.filter = text
                Accessible.name: qsTr("Find materials")
            }
            ChoiceBox {
                objectName: "moduleFilter"
                Layout.preferredWidth: Theme.fontSize(170)
                //: Filter of the materials: those of every module
                model: [qsTr("All modules"), qsTr("Module 1"), qsTr("Module 2"), qsTr("Module 3"), qsTr("Module 4")]
                wantedIndex: page.materials.module
                onActivated: index => page.materials.module = index
                Accessible.name: qsTr("Module")
            }
        }
        WrappingButton {
            objectName: "postMaterial"
            Layout.leftMargin: Theme.margin
            //: Button: put a material (file or link) into the programme's pool
            text: qsTr("Post a material")
            highlighted: true
            onClicked: page.openNew()
        }
        Label {
            objectName: "materialsHint"
            textFormat: Text.PlainText
            Layout.fillWidth: true
            Layout.margins: Theme.margin
            visible: page.materials.count === 0
            text: page.materials.filter.trim().length > 0
                  ? qsTr("No material found for “%1”.").arg(page.materials.filter.trim())
                  : qsTr("No materials yet. Organisers and participants post slides, handouts, templates and links here for everyone in the programme.")
            wrapMode: Text.Wrap
            color: Material.secondaryTextColor
        }
        ListView {
            objectName: "materialsList"
            Layout.fillWidth: true
            Layout.fillHeight: true
            clip: true
            model: page.materials
            section.property: "sectionTitle"
            section.delegate: sectionHeading.delegate
            delegate: MaterialDelegate {
                id: material
                width: ListView.view.width
                onClicked: page.materialChosen(material.materialId)
            }
            ScrollIndicator.vertical: ScrollIndicator {}
        }
    }
}
