// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Controls.impl
import QtQuick.Templates as T
import QtTest
import Ews.Ui
import Ews.Ui.Components
import Ews.TestSupport

// Everyone can use it: every control on every page, dialogs included, has a name a screen
// reader can say; text colours stand out from the background in the light and the dark theme.
TestCase {
    id: testCase
    name: "Accessibility"
    when: windowShown
    visible: true

    property var made: []
    function make(component, properties) {
        const object = component.createObject(testCase, properties ?? {})
        verify(object, "created")
        made.push(object)
        return object
    }
    function cleanup() {
        while (made.length > 0)
            made.pop().destroy()
        wait(0)
    }

    Component {
        id: servicesComponent
        TestServices {}
    }
    Component {
        id: windowComponent
        Main {}
    }

    function describe(item) {
        let where = item.objectName || item.toString()
        for (let up = item.parent; up && !item.objectName; up = up.parent) {
            if (up.objectName) {
                where += " in " + up.objectName
                break
            }
        }
        return where + (item.text ? " \"" + item.text + "\"" : "")
    }

    // What a screen reader says for a control: its accessible name; for a button or a list
    // row without one, its text (as Qt Quick Controls do); for a text field, its placeholder.
    // Undefined for an item that is no control.
    function spokenName(item) {
        const explicit = (item.Accessible.name ?? "").trim()
        if (item instanceof T.AbstractButton)
            return explicit || (item.text ?? "").trim()
        if (item instanceof T.TextField || item instanceof T.TextArea)
            return explicit || (item.placeholderText ?? "").trim()
        if (item instanceof T.ComboBox || item instanceof T.Slider || item instanceof T.SpinBox)
            return explicit
        return undefined
    }

    // Every visible control below item: all in seen, those without a name in found.
    function unnamed(item, found, seen, visited) {
        visited = visited ?? []
        if (!item || !item.visible || visited.indexOf(item) >= 0)
            return found
        visited.push(item)
        // A combo box shows its choice in a text field of its own: part of the box, not a
        // control of its own.
        if (item instanceof T.ComboBox && item.contentItem)
            visited.push(item.contentItem)
        const name = spokenName(item)
        if (name !== undefined) {
            seen.push(describe(item))
            if (name.length === 0)
                found.push(describe(item))
        }
        for (let i = 0; i < item.children.length; ++i)
            unnamed(item.children[i], found, seen, visited)
        // Flickables and controls keep their content in contentItem.
        if (item.contentItem && item.contentItem !== item)
            unnamed(item.contentItem, found, seen, visited)
        return found
    }

    Component {
        id: namelessButton
        Button { objectName: "nameless" }
    }

    function test_aControlWithoutANameIsFound() {
        const services = make(servicesComponent)
        const properties = services.windowProperties
        properties.visible = true
        const window = make(windowComponent, properties)
        make(namelessButton, {}).parent = window.contentItem
        const seen = []
        const found = unnamed(window.contentItem.parent, [], seen)
        compare(found.length, 1)
        verify(found[0].startsWith("nameless"))
    }

    function test_everyControlHasAName_data() {
        const rows = []
        for (const size of [[390, 844], [1280, 800]]) {
            for (const page of ["programme", "event", "venue", "edit-venue", "contacts", "contact", "project", "step",
                                "remove-step", "log", "settings", "search", "news", "overview", "comment"])
                rows.push({ tag: page + "-" + size[0], page: page, width: size[0], height: size[1] })
        }
        return rows
    }

    function test_everyControlHasAName(data) {
        const services = make(servicesComponent)
        const properties = services.windowProperties
        properties.width = data.width
        properties.height = data.height
        properties.visible = true
        const window = make(windowComponent, properties)
        window.showPage(data.page)
        wait(50)
        const seen = []
        const found = unnamed(window.contentItem.parent, [], seen)
        unnamed(window.overlay, found, seen)
        // The navigation alone has four controls: the walk reaches them.
        verify(seen.length >= 5, "controls seen: " + seen.join(", "))
        compare(found.length, 0, "without a name: " + found.join(", "))
    }

    // WCAG 2.1 contrast of two colours.
    function luminance(c) {
        const channel = v => v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4)
        return 0.2126 * channel(c.r) + 0.7152 * channel(c.g) + 0.0722 * channel(c.b)
    }
    function contrast(a, b) {
        const la = luminance(a), lb = luminance(b)
        return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05)
    }

    // The colour a text stands on: the nearest opaque background behind it (a button's, a
    // card's, the title bar's), else the window's.
    function backgroundOf(item, window) {
        for (let up = item.parent; up; up = up.parent) {
            const panel = up instanceof T.Control ? up.background : (up instanceof Rectangle ? up : null)
            if (panel && panel.visible && panel.color !== undefined && panel.color.a > 0.9
                    && panel.width > 0 && panel.height > 0)
                return panel.color
        }
        return window.color
    }

    // Visible, enabled text below item whose colour stands out less than 4.5:1 (WCAG AA)
    // from what it stands on.
    function lowContrast(item, window, found) {
        if (!item || !item.visible || item.opacity < 0.99)
            return found
        if (item instanceof Text && item.text.length > 0 && item.width > 0 && item.enabled
                && !(item instanceof PlaceholderText)) {
            const ratio = contrast(item.color, backgroundOf(item, window))
            if (ratio < 4.5)
                found.push(describe(item) + " " + ratio.toFixed(2) + ":1")
        }
        for (let i = 0; i < item.children.length; ++i)
            lowContrast(item.children[i], window, found)
        return found
    }

    function test_everyTextStandsOutOnItsBackground_data() {
        const rows = []
        for (const theme of ["light", "dark"]) {
            for (const page of ["programme", "event", "venue", "edit-venue", "contacts", "contact", "project", "step",
                                "log", "settings", "search", "news", "overview", "comment"])
                rows.push({ tag: page + "-" + theme, page: page, dark: theme === "dark" })
        }
        return rows
    }

    // Every text on its own background — buttons, chips, marks, the title bar — in both themes.
    function test_everyTextStandsOutOnItsBackground(data) {
        const services = make(servicesComponent)
        const properties = services.windowProperties
        properties.visible = true
        const window = make(windowComponent, properties)
        window.Material.theme = data.dark ? Material.Dark : Material.Light
        window.showPage(data.page)
        tryCompare(window.currentStack, "busy", false)
        wait(50)
        const found = lowContrast(window.contentItem.parent, window, [])
        lowContrast(window.overlay, window, found)
        compare(found.length, 0, "too faint: " + found.join("; "))
    }

    function test_textColoursStandOut_data() {
        return [
            // The Material style's window backgrounds.
            { tag: "light", dark: false, background: "#fafafa" },
            { tag: "dark", dark: true, background: "#303030" }
        ]
    }

    function test_textColoursStandOut(data) {
        const wasDark = Theme.dark
        Theme.dark = data.dark
        for (const name of ["tentative", "overdue", "done", "inProgress", "open"]) {
            const ratio = contrast(Theme[name], Qt.color(data.background))
            verify(ratio >= 4.5, name + " has a contrast of " + ratio.toFixed(2) + ":1")
        }
        // White text on the accent colour (the tool bar, the avatars).
        verify(contrast(Theme.accent, Qt.color("white")) >= 4.5)
        Theme.dark = wasDark
    }
}
