// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Ews.Ui.Components

// The privacy notice in plain words: what is stored, who sees what, where it is, and how to
// get or erase one's data. Shown at first start and in the settings.
ColumnLayout {
    id: notice

    /// The server signed in to ("" while there is none).
    property string server

    spacing: Theme.smallSpacing

    component Paragraph: Label {
        Layout.fillWidth: true
        textFormat: Text.PlainText
        wrapMode: Text.Wrap
    }

    Paragraph {
        text: qsTr("What is stored: your name and municipality; your phone and e-mail if you enter them; your notes on dates; what you write in your municipality's practice project.")
    }
    Paragraph {
        text: qsTr("Who sees what: your notes only you. Your practice project the participants of your municipality and the organisers. Your phone and e-mail the organisers, and other participants only if you allow it.")
    }
    Paragraph {
        text: notice.server.length > 0
              //: %1 is the server's address
              ? qsTr("Where: on this device and on the server %1, run by the organisers of the programme or on their behalf. Nothing goes anywhere else.").arg(notice.server)
              : qsTr("Where: on this device only, until you sign in to the programme's server.")
    }
    Paragraph {
        text: qsTr("Your rights: with “Download my data” you get everything the server stores about you. The organisers erase your data on request; it then disappears from every device too.")
    }
}
