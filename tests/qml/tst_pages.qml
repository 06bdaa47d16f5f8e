// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtTest
import Ews.Ui
import Ews.TestSupport

// The programme, contacts and settings pages.
TestCase {
    id: testCase
    name: "Pages"
    when: windowShown
    visible: true

    // Objects made by a test, destroyed newest first so that pages go before their services.
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
    width: 390
    height: 844

    Component {
        id: servicesComponent
        TestServices {}
    }
    Component {
        id: programmeComponent
        ProgrammePage { width: 390; height: 844 }
    }
    Component {
        id: contactsComponent
        ContactsPage { width: 390; height: 844 }
    }
    Component {
        id: settingsComponent
        SettingsPage { width: 390; height: 844 }
    }
    Component {
        id: eventComponent
        EventPage { width: 390; height: 844 }
    }

    function test_programmeShowsEveryDateAndWhatIsNext() {
        const services = make(servicesComponent)
        const page = make(programmeComponent, { programme: services.programme, overview: services.overview })
        const list = findChild(page, "programmeList")
        compare(list.count, 20)
        const card = findChild(page, "nextEventCard")
        verify(card.enabled)
        compare(services.overview.nextEventId, "ews7-module-2-day-1")
        let chosen = ""
        page.eventChosen.connect(id => chosen = id)
        mouseClick(card)
        compare(chosen, "ews7-module-2-day-1")
    }

    function test_eventPageShowsTentativeModule() {
        const services = make(servicesComponent)
        const page = make(eventComponent, { programme: services.programme, eventId: "ews7-module-4-day-1" })
        compare(page.event.tentative, true)
        compare(page.event.topics.length, 3)
        compare(page.title, "4. Präsenzmodul, 1. Tag")
    }

    function test_contactSearch() {
        const services = make(servicesComponent)
        const page = make(contactsComponent, { contacts: services.contacts })
        const search = findChild(page, "contactSearch")
        const noMatch = findChild(page, "noMatch")
        verify(!noMatch.visible)
        search.forceActiveFocus()
        keyClick("z"); keyClick("z"); keyClick("z")
        compare(services.contacts.filter, "zzz")
        compare(services.contacts.count, 0)
        verify(noMatch.visible)
        search.selectAll()
        keyClick(Qt.Key_Backspace)
        compare(services.contacts.count, 6)
    }

    function test_settingsChooseLanguage() {
        const services = make(servicesComponent)
        const page = make(settingsComponent, {
            settings: services.settings, profile: services.profile,
            municipalities: services.municipalities, pendingChanges: services.pendingChanges
        })
        verify(page)
        services.settings.language = "en"
        compare(services.settings.effectiveLanguage, "en")
        services.settings.language = "fr"
        compare(services.settings.language, "", "an unknown language falls back to the device's")
    }
}
