// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import Ews.Core
import Ews.Sync
import Ews.Ui.Components

// One material: what it is, its module and topic, who posted it; open it, keep it on this
// device for offline use; change or remove it (one's own; organisers any).
Page {
    id: page

    required property MaterialsModel materials
    required property MaterialDesk desk
    required property string materialId
    property bool organiser: false
    property int revision: 0
    readonly property var material: (revision, materials.get(materialId))
    readonly property bool exists: material.materialId !== undefined
    readonly property bool isLink: exists && material.url.length > 0
    property string message: ""
    signal saved(string message)
    signal removed()

    title: exists ? material.title : qsTr("Material")

    Connections {
        target: page.materials
        function onModelReset() { page.revision++ }
    }
    MaterialDialog {
        id: changeDialog
        desk: page.desk
        onSaved: page.saved(qsTr("Saved."))
    }
    ConfirmDialog {
        id: removeDialog
        title: qsTr("Remove this material?")
        text: qsTr("It goes for everyone in the programme.")
        confirmText: qsTr("Remove")
        rejectText: qsTr("Keep")
        onAccepted: {
            page.message = page.desk.remove(page.materialId)
            if (page.message.length === 0)
                page.removed()
        }
    }

    Flickable {
        anchors.fill: parent
        contentHeight: column.implicitHeight + 2 * Theme.margin
        clip: true
        ScrollIndicator.vertical: ScrollIndicator {}

        ColumnLayout {
            id: column
            y: Theme.margin
            width: parent.width
            spacing: Theme.smallSpacing

            Label {
                Layout.leftMargin: Theme.margin
                Layout.rightMargin: Theme.margin
                Layout.fillWidth: true
                visible: !page.exists
                text: qsTr("This material was removed.")
                wrapMode: Text.Wrap
            }
            HeadingLabel {
                Layout.leftMargin: Theme.margin
                Layout.rightMargin: Theme.margin
                Layout.fillWidth: true
                visible: page.exists
                text: page.exists ? page.material.title : ""
                wrapMode: Text.Wrap
                font.pixelSize: Theme.fontSize(20)
                font.bold: true
            }
            InfoRow {
                visible: page.exists
                label: qsTr("Module")
                value: page.exists ? (page.material.moduleNumber > 0
                                      ? qsTr("Module %1").arg(page.material.moduleNumber)
                                      : qsTr("No module")) : ""
            }
            InfoRow {
                visible: page.exists && page.material.topic.length > 0
                label: qsTr("Topic")
                value: page.exists ? page.material.topic : ""
            }
            InfoRow {
                visible: page.exists && page.material.authorName.length > 0
                //: Who put the material into the pool
                label: qsTr("Posted by")
                value: page.exists ? page.material.authorName : ""
            }
            InfoRow {
                visible: page.exists
                label: page.isLink ? qsTr("Link") : qsTr("File")
                value: page.exists ? (page.isLink ? page.material.url : page.material.fileName) : ""
            }
            Label {
                Layout.leftMargin: Theme.margin
                Layout.rightMargin: Theme.margin
                Layout.fillWidth: true
                visible: page.exists && page.material.description.length > 0
                text: page.exists ? page.material.description : ""
                textFormat: Text.PlainText
                wrapMode: Text.Wrap
            }
            Label {
                Layout.leftMargin: Theme.margin
                Layout.rightMargin: Theme.margin
                Layout.fillWidth: true
                visible: page.exists && page.material.waiting
                text: page.exists && page.material.problem.length > 0
                      ? page.material.problem
                      : qsTr("The file is sent as soon as there is a connection; then everyone sees the material.")
                textFormat: Text.PlainText
                wrapMode: Text.Wrap
                color: page.exists && page.material.problem.length > 0 ? Theme.overdue : Material.secondaryTextColor
            }
            WrappingButton {
                Layout.leftMargin: Theme.margin
                Layout.rightMargin: Theme.margin
                objectName: "openMaterial"
                visible: page.exists
                highlighted: true
                text: page.isLink ? qsTr("Open link") : qsTr("Open file")
                onClicked: {
                    if (page.isLink)
                        Qt.openUrlExternally(page.material.url)
                    else
                        page.message = page.desk.open(page.materialId)
                }
            }
            SwitchRow {
                Layout.leftMargin: Theme.margin
                Layout.rightMargin: Theme.margin
                objectName: "keepMaterialOffline"
                visible: page.exists && !page.isLink && !page.material.waiting
                //: Switch on a material's page: the file stays on the device for use offline
                text: qsTr("Keep on this device")
                checked: page.exists && page.material.keptOffline
                onToggled: page.desk.setKeptOffline(page.materialId, checked)
            }
            Label {
                Layout.leftMargin: Theme.margin
                Layout.rightMargin: Theme.margin
                Layout.fillWidth: true
                visible: page.exists && !page.isLink
                text: page.exists && page.material.onDevice
                      ? qsTr("The file is on this device and opens without internet.")
                      : qsTr("The file is fetched when you open it. The materials of a module are fetched in the days around it.")
                textFormat: Text.PlainText
                wrapMode: Text.Wrap
                font.pixelSize: Theme.fontSize(12)
                color: Material.secondaryTextColor
            }
            Flow {
                Layout.leftMargin: Theme.margin
                Layout.rightMargin: Theme.margin
                Layout.fillWidth: true
                visible: page.exists && (page.material.mine || page.organiser)
                spacing: Theme.smallSpacing
                WrappingButton {
                    objectName: "changeMaterial"
                    flat: true
                    text: qsTr("Change")
                    onClicked: changeDialog.openChange(page.material)
                }
                WrappingButton {
                    objectName: "removeMaterial"
                    flat: true
                    Material.foreground: Theme.overdue
                    text: qsTr("Remove")
                    onClicked: removeDialog.open()
                }
            }
            Label {
                Layout.leftMargin: Theme.margin
                Layout.rightMargin: Theme.margin
                Layout.fillWidth: true
                visible: page.message.length > 0
                text: page.message
                textFormat: Text.PlainText
                wrapMode: Text.Wrap
            }
        }
    }
}
