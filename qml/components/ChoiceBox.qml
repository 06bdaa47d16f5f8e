// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls

// A ComboBox that keeps showing the chosen entry when its model is rebuilt (after a language
// switch or a reload), which by itself would jump to the first entry.
ComboBox {
    id: box

    // The index the choice belongs at; -1 shows placeholderText.
    property int wantedIndex: -1
    property string placeholderText

    displayText: currentIndex < 0 ? placeholderText : currentText
    Component.onCompleted: follow()
    onWantedIndexChanged: follow()
    // Qt 6.4 declares Qt.callLater as a QJSValue property, not as a method, so qmllint cannot
    // tell that it can be called.
    // qmllint disable type
    onModelChanged: Qt.callLater(box.follow)
    onCountChanged: Qt.callLater(box.follow)
    // qmllint enable type

    function follow() {
        if (currentIndex !== wantedIndex)
            currentIndex = wantedIndex
    }
}
