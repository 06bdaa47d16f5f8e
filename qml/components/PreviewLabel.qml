// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls

// The beginning of a text that is shown whole one tap further (a list row's detail, a folded
// box's heading). It may end in "…" on purpose: the text-size tests let it, and nothing else.
Label {
    textFormat: Text.PlainText
    wrapMode: Text.Wrap
    maximumLineCount: 2
    elide: Text.ElideRight
}
