// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Dialogs
import QtQuick.Layouts
import Ews.Sync
import Ews.Ui.Components

// Post a material — a file or a link — with its title, a short description, its module and
// topic; or change those of one posted before.
FormDialog {
    id: dialog

    required property MaterialDesk desk
    // The material being changed, or empty for a new one.
    property string materialId: ""
    property url chosenFile: ""
    // The chosen file's name, as shown.
    property string chosenName: ""

    title: materialId.length > 0 ? qsTr("Change the material") : qsTr("Post a material")

    function openNew() {
        materialId = ""
        titleField.text = ""
        descriptionField.text = ""
        moduleBox.currentIndex = 0
        topicField.text = ""
        linkField.text = ""
        chosenFile = ""
        chosenName = ""
        fileChoice.checked = true
        open()
        titleField.forceActiveFocus()
    }
    function openChange(material: var) {
        materialId = material.materialId
        titleField.text = material.title
        descriptionField.text = material.description
        moduleBox.currentIndex = material.moduleNumber
        topicField.text = material.topic
        open()
        titleField.forceActiveFocus()
    }
    function save(): string {
        if (materialId.length > 0)
            return desk.change(materialId, titleField.text, descriptionField.text,
                               moduleBox.currentIndex, topicField.text)
        return desk.post(titleField.text, descriptionField.text, moduleBox.currentIndex,
                         topicField.text, linkChoice.checked ? linkField.text : "",
                         fileChoice.checked ? chosenFile : "")
    }

    FieldLabel { text: qsTr("Title") }
    TextField {
        id: titleField
        objectName: "materialTitle"
        Layout.fillWidth: true
        maximumLength: 200
        Accessible.name: qsTr("Title")
    }
    FieldLabel { text: qsTr("Short description (optional)") }
    WritingArea {
        id: descriptionField
        objectName: "materialDescription"
        Layout.fillWidth: true
        Layout.minimumHeight: 80
        wrapMode: TextEdit.Wrap
        example: qsTr("e.g. The slides of the talk on volunteer agencies.")
        Accessible.name: qsTr("Short description")
    }
    FieldLabel { text: qsTr("Module") }
    ChoiceBox {
        id: moduleBox
        objectName: "materialModule"
        Layout.fillWidth: true
        //: The material belongs to no module
        model: [qsTr("No module"), qsTr("Module 1"), qsTr("Module 2"), qsTr("Module 3"), qsTr("Module 4")]
        Accessible.name: qsTr("Module")
    }
    FieldLabel { text: qsTr("Topic (optional)") }
    TextField {
        id: topicField
        objectName: "materialTopic"
        Layout.fillWidth: true
        maximumLength: 100
        placeholderText: qsTr("e.g. Volunteer agencies")
        Accessible.name: qsTr("Topic")
    }
    ColumnLayout {
        Layout.fillWidth: true
        visible: dialog.materialId.length === 0
        spacing: 0
        RadioButton {
            id: fileChoice
            objectName: "materialIsFile"
            checked: true
            //: The material is a file (slides, handout, template)
            text: qsTr("A file")
        }
        RowLayout {
            Layout.fillWidth: true
            visible: fileChoice.checked
            WrappingButton {
                objectName: "chooseMaterialFile"
                text: qsTr("Choose file")
                onClicked: picker.open()
            }
            Label {
                Layout.fillWidth: true
                text: dialog.chosenName.length > 0 ? dialog.chosenName : qsTr("No file chosen")
                textFormat: Text.PlainText
                elide: Text.ElideMiddle
            }
        }
        RadioButton {
            id: linkChoice
            objectName: "materialIsLink"
            //: The material is a link to a web page
            text: qsTr("A link")
        }
        TextField {
            id: linkField
            objectName: "materialLink"
            Layout.fillWidth: true
            visible: linkChoice.checked
            placeholderText: "https://"
            inputMethodHints: Qt.ImhUrlCharactersOnly
            Accessible.name: qsTr("Link")
        }
    }
    Label {
        Layout.fillWidth: true
        visible: dialog.materialId.length === 0
        text: qsTr("Everyone in the programme sees it. Photos, PDFs and office documents up to 25 MB; a photo is made smaller and its location removed.")
        wrapMode: Text.Wrap
        font.pixelSize: Theme.fontSize(12)
        opacity: 0.7
    }
    FileDialog {
        id: picker
        title: qsTr("Choose file")
        nameFilters: [qsTr("Photos and documents (*.jpg *.jpeg *.png *.pdf *.docx *.xlsx *.pptx *.odt *.ods *.odp)")]
        onAccepted: {
            dialog.chosenFile = selectedFile
            const path = "" + selectedFile
            dialog.chosenName = decodeURIComponent(path.substring(path.lastIndexOf("/") + 1))
        }
    }
}
