// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material

// A ComboBox that keeps showing the chosen entry when its model is rebuilt (after a language
// switch or a reload), which by itself would jump to the first entry.
ComboBox {
    id: box

    // The index the choice belongs at; -1 shows placeholderText. Left unset, the box keeps
    // whatever currentIndex it is given, as a plain ComboBox does.
    property var wantedIndex: undefined
    property string placeholderText

    displayText: currentIndex < 0 ? placeholderText : currentText

    // The chosen entry as plain text: the style's own is a disabled text field, which screen
    // readers announce as an editable box without a name, and which cuts a long entry off.
    // A long entry at a large text size gets smaller instead.
    contentItem: Label {
        leftPadding: 12
        rightPadding: box.indicator.width + box.spacing
        text: box.displayText
        textFormat: Text.PlainText
        font: box.font
        verticalAlignment: Text.AlignVCenter
        fontSizeMode: Text.HorizontalFit
        minimumPixelSize: 10
        Accessible.ignored: true
    }
    // Each choice says whether it is the chosen one, and a screen reader's "press" chooses it.
    delegate: MenuItem {
        id: choice
        required property int index
        required property var model
        width: ListView.view.width
        // As the style's own entries read their text: from a list of objects or of texts, or
        // from a model's role.
        text: box.textRole.length === 0 ? String(choice.model.modelData)
              : Array.isArray(box.model) ? box.model[choice.index][box.textRole]
              : choice.model[box.textRole]
        highlighted: box.highlightedIndex === choice.index
        Material.foreground: box.currentIndex === choice.index ? box.Material.accentColor : box.Material.foreground
        Accessible.role: Accessible.ListItem
        Accessible.name: choice.text
        Accessible.selectable: true
        Accessible.selected: box.currentIndex === choice.index
        Accessible.onPressAction: choice.clicked()
    }
    Component.onCompleted: follow()
    onWantedIndexChanged: follow()
    // Qt 6.4 declares Qt.callLater as a QJSValue property, not as a method, so qmllint cannot
    // tell that it can be called.
    // qmllint disable type
    onModelChanged: Qt.callLater(box.follow)
    onCountChanged: Qt.callLater(box.follow)
    // qmllint enable type

    function follow() {
        if (wantedIndex !== undefined && currentIndex !== wantedIndex)
            currentIndex = wantedIndex
    }
}
