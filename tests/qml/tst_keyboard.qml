// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtTest
import Ews.Ui
import Ews.TestSupport

// On the desktop everything can be reached and used with the keyboard alone: Tab walks
// through the navigation, the title bar and the page's controls; Space presses what has focus.
TestCase {
    id: testCase
    name: "Keyboard"
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

    function desktopWindow() {
        const services = make(servicesComponent)
        const properties = services.windowProperties
        properties.width = 1280
        properties.height = 800
        properties.visible = true
        const window = make(windowComponent, properties)
        window.requestActivate()
        tryVerify(() => window.active)
        return window
    }

    // The controls Tab reaches, in order, once round.
    function tabRound(window, presses) {
        const reached = []
        for (let i = 0; i < presses; ++i) {
            keyClick(Qt.Key_Tab)
            const item = window.activeFocusItem
            if (item && reached.indexOf(item) < 0)
                reached.push(item)
        }
        return reached
    }

    function test_tabReachesNavigationTitleBarAndPage_data() {
        return [
            { tag: "programme", page: "programme", wanted: "saveProgrammeForCalendar",
              row: "eventId" },
            { tag: "contacts", page: "contacts", wanted: "contactSearch", row: "contactId" },
            { tag: "settings", page: "settings", wanted: "languageChoice" },
        ]
    }

    function test_tabReachesNavigationTitleBarAndPage(data) {
        const window = desktopWindow()
        window.showPage(data.page)
        const reached = tabRound(window, 40)
        const names = reached.map(item => item.objectName || item.text || "")
        verify(reached.some(item => item.objectName === "searchButton"), names.join(", "))
        verify(reached.some(item => item.objectName === data.wanted), names.join(", "))
        // The rows of a list: a date, a person.
        if (data.row)
            verify(reached.some(item => item[data.row] !== undefined), names.join(", "))
        // All five sections of the navigation.
        for (const section of ["Programme", "Contacts", "Project", "Materials", "Settings"])
            verify(names.indexOf(section) >= 0, section + " not reached: " + names.join(", "))
    }

    function test_spacePressesTheFocusedControl() {
        const window = desktopWindow()
        const sections = findChild(window.contentItem, "sections")
        window.showPage("programme")
        // Tab to the navigation's "Contacts" and press it.
        for (let i = 0; i < 40; ++i) {
            keyClick(Qt.Key_Tab)
            if (window.activeFocusItem && window.activeFocusItem.text === "Contacts")
                break
        }
        compare(window.activeFocusItem.text, "Contacts")
        keyClick(Qt.Key_Space)
        compare(sections.currentIndex, 1)
    }

    // Tab goes on through a list longer than the window: each date it reaches is scrolled
    // into view, and it reaches dates the list had not made when it opened.
    function test_tabScrollsToWhatItReaches() {
        const window = desktopWindow()
        window.showPage("programme")
        const list = findChild(window.currentStack.currentItem, "programmeList")
        const reachedDates = []
        for (let i = 0; i < 120 && reachedDates.indexOf("ews7-learning-group-6") < 0; ++i) {
            keyClick(Qt.Key_Tab)
            const item = window.activeFocusItem
            if (!item || item.eventId === undefined)
                continue
            wait(0) // the scroll follows once the focus has moved
            const top = item.mapToItem(list, 0, 0).y
            verify(top >= 0 && top + item.height <= list.height,
                   item.title + " reached off screen at " + top)
            if (reachedDates.indexOf(item.eventId) < 0)
                reachedDates.push(item.eventId)
        }
        // Every date still to come, down to the last one.
        verify(reachedDates.indexOf("ews7-learning-group-6") >= 0,
               "dates reached: " + reachedDates.join(", "))
        verify(reachedDates.length >= 10, "dates reached: " + reachedDates.join(", "))
        verify(list.contentY > 0, "the list scrolled")
    }
}
