// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtTest
import Ews.Ui
import Ews.Ui.Components
import Ews.TestSupport

// Text follows the device's font size and the person's choice, and nothing is cut off: every
// page and dialog at phone and desktop size, with text up to twice its usual size, has no
// text wider than its place and none shortened to "…".
TestCase {
    id: testCase
    name: "TextScale"
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
    Component {
        id: clippedText
        Label { objectName: "clipped"; width: 40; text: "Ein viel zu langer Text" }
    }
    Component {
        id: elidedText
        Label { objectName: "elided"; width: 40; elide: Text.ElideRight; text: "Ein viel zu langer Text" }
    }

    // Visible text below item that is wider than its box and neither wraps nor elides, or
    // whose box reaches past the right edge of the window.
    function clipped(item, found, visited, window) {
        visited = visited ?? []
        if (!item || !item.visible || visited.indexOf(item) >= 0)
            return found
        visited.push(item)
        const name = () => (item.objectName || item.toString()) + " \"" + item.text + "\" "
        if (item instanceof Text && item.text.length > 0 && item.width > 0
                && item.wrapMode === Text.NoWrap && item.elide === Text.ElideNone
                && item.contentWidth > item.width + 1)
            found.push(name() + Math.round(item.contentWidth) + " > " + Math.round(item.width))
        // Ending in "…" hides words as well: a tab reading "Progra…" is cut.
        if (item instanceof Text && item.text.length > 0 && item.truncated
                && !(item instanceof PreviewLabel))
            found.push(name() + "ends in …")
        if (window && item instanceof Text && item.text.length > 0 && item.width > 0) {
            const right = item.mapToItem(window.contentItem, item.width, 0).x
            const shown = Math.min(item.width, item.contentWidth)
            const left = item.mapToItem(window.contentItem, 0, 0).x
            if (left + shown > window.width + 1)
                found.push(name() + "ends at " + Math.round(left + shown) + " in a window of "
                           + window.width)
        }
        for (let i = 0; i < item.children.length; ++i)
            clipped(item.children[i], found, visited, window)
        if (item.contentItem && item.contentItem !== item)
            clipped(item.contentItem, found, visited, window)
        return found
    }

    function test_textFollowsTheDeviceAndTheChoice() {
        const services = make(servicesComponent)
        const window = make(windowComponent, services.windowProperties)
        const heading = findChild(window.contentItem.parent, "tabBar")
        const before = window.font.pixelSize
        services.setSystemTextScale(1.3)
        compare(window.font.pixelSize, Math.round(before * 1.3))
        services.app.settings.textSize = "larger"
        compare(services.app.settings.textScale, 1.3 * 1.5)
        services.setSystemTextScale(5) // beyond what the screens are made for
        compare(services.app.settings.textScale, 2 * 1.5)
        services.app.settings.textSize = ""
        services.setSystemTextScale(1)
        compare(window.font.pixelSize, before)
    }

    function test_aClippedTextIsFound() {
        const services = make(servicesComponent)
        const window = make(windowComponent, services.windowProperties)
        make(clippedText, {}).parent = window.contentItem
        const found = clipped(window.contentItem, [])
        compare(found.length, 1)
        verify(found[0].startsWith("clipped"))
    }

    function test_anElidedTextIsFound() {
        const services = make(servicesComponent)
        const window = make(windowComponent, services.windowProperties)
        make(elidedText, {}).parent = window.contentItem
        wait(0)
        const found = clipped(window.contentItem, [])
        compare(found.length, 1)
        verify(found[0].startsWith("elided"))
    }

    function test_nothingIsCutOff_data() {
        const rows = []
        // German, the programme's language, has the longer words; English at every size.
        for (const language of ["en", "de"]) {
            for (const scale of language === "de" ? [1.5, 2] : [1, 1.5, 2]) {
                for (const size of [[390, 844], [1280, 800]]) {
                    for (const page of ["programme", "event", "venue", "edit-venue", "contacts", "contact", "project",
                                        "step", "log", "settings", "search", "news", "overview",
                                        "comment"])
                        rows.push({ tag: page + "-" + size[0] + "-" + scale + "-" + language,
                                    page: page, scale: scale, language: language,
                                    width: size[0], height: size[1] })
                }
            }
        }
        return rows
    }

    function test_nothingIsCutOff(data) {
        const services = make(servicesComponent)
        services.setSystemTextScale(data.scale)
        if (data.language === "de")
            verify(services.useLanguage("de"), "German translation loaded")
        const properties = services.windowProperties
        properties.width = data.width
        properties.height = data.height
        properties.visible = true
        const window = make(windowComponent, properties)
        window.showPage(data.page)
        tryCompare(window.currentStack, "busy", false) // pages slide in from the side
        wait(50)
        const found = clipped(window.contentItem.parent, [], [], window)
        clipped(window.overlay, found, [], window)
        compare(found.length, 0, "cut off: " + found.join("; "))
        if (data.language === "de")
            services.useLanguage("en")
    }
}
