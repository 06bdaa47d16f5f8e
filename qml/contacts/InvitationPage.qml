// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import Ews.Sync
import Ews.Ui.Components

// An invitation just made: its QR code to scan from the screen, the code in large letters
// with its last day, the link to send, and the letter to print.
Page {
    id: page

    required property AccessDesk desk
    signal saved(string message)
    // The invitation just made: name, code, link, qr, until.
    readonly property var invitation: desk.invitation

    //: Title of the page that shows one invitation
    title: qsTr("Invitation for %1").arg(page.invitation.name ?? "")

    ScrollView {
        anchors.fill: parent
        contentWidth: availableWidth

        ColumnLayout {
            width: Math.min(parent.width, Theme.contentMaxWidth)
            spacing: Theme.smallSpacing

            Label {
                textFormat: Text.PlainText
                Layout.fillWidth: true
                Layout.margins: Theme.margin
                Layout.bottomMargin: 0
                text: qsTr("Hold the phone's camera to this code: the app opens and signs the person in. Nothing to type, no warning.")
                wrapMode: Text.Wrap
            }
            // On white in every theme: a camera needs the contrast and the quiet zone.
            Rectangle {
                Layout.alignment: Qt.AlignHCenter
                Layout.topMargin: Theme.smallSpacing
                implicitWidth: Math.min(page.width - 2 * Theme.margin, 280)
                implicitHeight: implicitWidth
                color: "white"
                Image {
                    objectName: "invitationQr"
                    anchors.fill: parent
                    source: page.invitation.qr ?? ""
                    fillMode: Image.PreserveAspectFit
                    smooth: false
                    Accessible.role: Accessible.Graphic
                    Accessible.name: qsTr("QR code of the invitation")
                }
            }
            Label {
                Layout.alignment: Qt.AlignHCenter
                Layout.topMargin: Theme.spacing
                text: qsTr("Sign-in code")
            }
            Label {
                objectName: "invitationCode"
                textFormat: Text.PlainText
                Layout.alignment: Qt.AlignHCenter
                text: page.invitation.code ?? ""
                font.family: "DejaVu Sans Mono"
                font.pixelSize: Theme.fontSize(30)
                font.bold: true
            }
            Label {
                textFormat: Text.PlainText
                Layout.alignment: Qt.AlignHCenter
                text: page.invitation.until ?? ""
            }
            Label {
                textFormat: Text.PlainText
                Layout.fillWidth: true
                Layout.leftMargin: Theme.margin
                Layout.rightMargin: Theme.margin
                Layout.topMargin: Theme.spacing
                //: Above the invitation link, to send by e-mail or chat
                text: qsTr("Or send this link:")
                wrapMode: Text.Wrap
            }
            TextArea {
                id: link
                objectName: "invitationLink"
                Layout.fillWidth: true
                Layout.leftMargin: Theme.margin
                Layout.rightMargin: Theme.margin
                readOnly: true
                selectByMouse: true
                text: page.invitation.link ?? ""
                wrapMode: TextEdit.WrapAnywhere
                font.pixelSize: Theme.fontSize(13)
                Accessible.name: qsTr("Invitation link")
            }
            WrappingButton {
                Layout.leftMargin: Theme.margin - 4
                flat: true
                //: Button: the invitation link goes to the clipboard
                text: qsTr("Copy link")
                onClicked: {
                    link.selectAll()
                    link.copy()
                    link.deselect()
                    page.saved(qsTr("The link has been copied."))
                }
            }

            SectionHeading {
                //: Heading: the invitation as a letter on paper
                text: qsTr("Letter to print")
            }
            Label {
                textFormat: Text.PlainText
                Layout.fillWidth: true
                Layout.leftMargin: Theme.margin
                Layout.rightMargin: Theme.margin
                text: qsTr("One page in plain German: what the app is, how to get it, the QR code and the code in large letters.")
                wrapMode: Text.Wrap
            }
            Label {
                Layout.leftMargin: Theme.margin
                //: Label of a field: printed in the letter
                text: qsTr("Where to get the app")
            }
            TextField {
                objectName: "whereToGetTheApp"
                Layout.fillWidth: true
                Layout.leftMargin: Theme.margin
                Layout.rightMargin: Theme.margin
                text: page.desk.whereToGetTheApp
                maximumLength: 300
                placeholderText: qsTr("e.g. In the app store under “EWS-Begleiter”")
                onTextEdited: page.desk.whereToGetTheApp = text
                Accessible.name: qsTr("Where to get the app")
            }
            WrappingButton {
                objectName: "saveLetter"
                Layout.leftMargin: Theme.margin - 4
                Layout.bottomMargin: Theme.margin
                highlighted: true
                text: qsTr("Save letter as PDF")
                onClicked: page.saved(page.desk.handLetter())
            }
        }
    }
}
