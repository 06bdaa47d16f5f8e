// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Controls.Material.impl

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
    // The opened list: a dialog titled like the box, so that a screen reader says which list
    // it is (Qt 6.4 leaves the style's own list without a name); it looks and moves as that.
    popup: Dialog {
        title: box.Accessible.name
        header: Item { implicitHeight: 0 }
        width: box.width
        height: Math.min(implicitHeight, box.Window.height - topMargin - bottomMargin)
        topMargin: 12
        bottomMargin: 12
        padding: 0
        topPadding: 0
        bottomPadding: 0
        transformOrigin: Item.Top
        Material.theme: box.Material.theme
        Material.accent: box.Material.accent
        Material.primary: box.Material.primary
        enter: Transition {
            NumberAnimation { property: "scale"; from: 0.9; to: 1.0; easing.type: Easing.OutQuint; duration: 220 }
            NumberAnimation { property: "opacity"; from: 0.0; to: 1.0; easing.type: Easing.OutCubic; duration: 150 }
        }
        exit: Transition {
            NumberAnimation { property: "scale"; from: 1.0; to: 0.9; easing.type: Easing.OutQuint; duration: 220 }
            NumberAnimation { property: "opacity"; from: 1.0; to: 0.0; easing.type: Easing.OutCubic; duration: 150 }
        }
        contentItem: ListView {
            clip: true
            implicitHeight: contentHeight
            // Qt 6.4 does not declare the type of a ComboBox's delegateModel to qmllint.
            // qmllint disable type
            model: box.delegateModel
            // qmllint enable type
            currentIndex: box.highlightedIndex
            highlightMoveDuration: 0
            ScrollIndicator.vertical: ScrollIndicator {}
        }
        background: Rectangle {
            radius: 2
            color: box.Material.dialogColor
            layer.enabled: box.enabled
            layer.effect: ElevationEffect { elevation: 8 }
        }
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
