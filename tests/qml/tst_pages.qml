// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtTest
import Ews.Ui.Contacts
import Ews.Ui.Programme
import Ews.Ui.Settings
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
        id: contactComponent
        ContactPage { width: 390; height: 844 }
    }
    Component {
        id: eventComponent
        DatePage { width: 390; height: 844 }
    }

    function test_programmeShowsEveryDateAndWhatIsNext() {
        const services = make(servicesComponent)
        const page = make(programmeComponent, { programme: services.app.programme, overview: services.app.overview, calendar: services.app.calendar })
        const list = findChild(page, "programmeList")
        // It opens at what is still to come; the ten dates that are over fold out on a tap.
        compare(list.count, 10)
        const past = findChild(page, "pastDatesButton")
        verify(past.visible)
        verify(past.text.indexOf("10") >= 0, past.text)
        past.clicked()
        compare(list.count, 20)
        past.clicked()
        compare(list.count, 10)
        const card = findChild(page, "nextEventCard")
        verify(card.enabled)
        compare(services.app.overview.nextEventId, "ews7-module-2-day-1")
        let chosen = ""
        page.eventChosen.connect(id => chosen = id)
        mouseClick(card)
        compare(chosen, "ews7-module-2-day-1")
    }

    function test_pullingTheListDownAsksForWhatIsNew() {
        const services = make(servicesComponent)
        const page = make(programmeComponent, { programme: services.app.programme, overview: services.app.overview, calendar: services.app.calendar })
        const list = findChild(page, "programmeList")
        let wanted = 0
        page.refreshWanted.connect(() => wanted += 1)
        // A short pull does nothing.
        mousePress(list, 200, 200)
        for (let y = 200; y <= 230; y += 10)
            mouseMove(list, 200, y)
        mouseRelease(list, 200, 230)
        tryCompare(list, "verticalOvershoot", 0)
        compare(wanted, 0)
        // Pulled far enough and let go: the page asks once.
        mousePress(list, 200, 200)
        for (let y = 200; y <= 500; y += 20)
            mouseMove(list, 200, y)
        verify(list.verticalOvershoot < -72, "pulled past the top: " + list.verticalOvershoot)
        mouseRelease(list, 200, 500)
        compare(wanted, 1)
    }

    function test_eventPageShowsTentativeModule() {
        const services = make(servicesComponent)
        const page = make(eventComponent, { programme: services.app.programme, calendar: services.app.calendar, reminders: services.app.reminders, notes: services.app.notes, eventId: "ews7-module-4-day-1" })
        compare(page.event.tentative, true)
        compare(page.event.topics.length, 3)
        compare(page.title, "4. Präsenzmodul, 1. Tag")
    }

    function test_eventPageChoosesItsReminder() {
        const services = make(servicesComponent)
        const reminders = services.app.reminders
        // The second day of module 2 is not reminded of by default; the person wants it.
        const page = make(eventComponent, { programme: services.app.programme, calendar: services.app.calendar, reminders: reminders, notes: services.app.notes, eventId: "ews7-module-2-day-2" })
        const row = findChild(page, "remindOfEvent")
        verify(row.visible)
        verify(!row.checked)
        const before = reminders.count
        mouseClick(row)
        verify(row.checked)
        verify(reminders.isWanted("ews7-module-2-day-2"))
        compare(reminders.count, before + 1)
        mouseClick(row)
        verify(!reminders.isWanted("ews7-module-2-day-2"))
        compare(reminders.count, before)
        // A date that is over has nothing to remind of.
        const past = make(eventComponent, { programme: services.app.programme, calendar: services.app.calendar, reminders: reminders, notes: services.app.notes, eventId: "ews7-learning-group-2" })
        verify(!findChild(past, "remindOfEvent").visible)
    }

    function test_aPhotoGoesOnMyNoteAndKeepsIt() {
        const services = make(servicesComponent)
        const notes = services.app.notes
        const eventId = "ews7-module-3-day-2"
        const page = make(eventComponent, { programme: services.app.programme, calendar: services.app.calendar, reminders: services.app.reminders, notes: notes, attachments: services.app.attachments, eventId: eventId })
        const strip = findChild(page, "noteFiles")
        verify(strip.visible)
        compare(strip.items.length, 0)
        verify(findChild(strip, "attachFile").visible)
        compare(notes.noteId(eventId), "", "no note yet")
        // A photo picked with nothing typed: the note is saved for it, the photo waits to go.
        strip.add(services.examplePhoto())
        compare(strip.message, "")
        verify(notes.noteId(eventId).length > 0)
        compare(strip.items.length, 1)
        compare(strip.items[0].state, "waiting")
        verify(strip.items[0].mine)
        // A photo the camera took (there is no camera here: its signal is given as the camera
        // gives it) goes the same way.
        findChild(strip, "photoCapture").photoTaken(services.examplePhoto())
        compare(strip.message, "")
        compare(strip.items.length, 2)
        // The note with a photo stays when its text is emptied: there is nothing to remove.
        const field = findChild(page, "noteField")
        field.text = "Tafelbild"
        mouseClick(findChild(page, "saveNote"))
        field.text = ""
        compare(findChild(page, "saveNote").text, "Save note") // not "Remove note"
    }

    function test_eventPageKeepsMyNoteLinkedToAStep() {
        const services = make(servicesComponent)
        const notes = services.app.notes
        const properties = { programme: services.app.programme, calendar: services.app.calendar, reminders: services.app.reminders, notes: notes, eventId: "ews7-module-3-day-1" }
        const page = make(eventComponent, properties)
        const field = findChild(page, "noteField")
        const steps = findChild(page, "noteStep")
        const save = findChild(page, "saveNote")
        compare(field.text, "")
        verify(!save.enabled, "nothing to save yet")
        compare(steps.count, 5, "no step, and the project's four")
        waitForRendering(page) // laid out: the button is where the person sees it
        field.text = "Raum 204"
        steps.currentIndex = 3
        verify(save.enabled)
        mouseClick(save)
        compare(findChild(page, "noteError").text, "")
        compare(notes.text("ews7-module-3-day-1"), "Raum 204")
        compare(notes.stepId("ews7-module-3-day-1"), "demo-step-3")
        verify(!save.enabled, "saved: nothing left to save")
        // Opened again: the note and its step are there.
        const again = make(eventComponent, properties)
        compare(findChild(again, "noteField").text, "Raum 204")
        compare(findChild(again, "noteStep").currentValue, "demo-step-3")
        // Too long: refused with a reason, the text stays in the field.
        const tooLong = "x".repeat(4001)
        field.text = tooLong
        save.clicked() // far below the long text
        verify(findChild(page, "noteError").text.indexOf("4.001") >= 0, findChild(page, "noteError").text)
        compare(field.text, tooLong)
        compare(notes.text("ews7-module-3-day-1"), "Raum 204")
        // Emptied: the button removes it.
        field.text = ""
        compare(save.text, "Remove note")
        save.clicked()
        compare(notes.text("ews7-module-3-day-1"), "")
    }

    function test_settingsSwitchRemindersAndChooseTheLeadTime() {
        const services = make(servicesComponent)
        const reminders = services.app.reminders
        const page = make(settingsComponent, {
            settings: services.app.settings, profile: services.app.profile,
            municipalities: services.app.municipalities, pendingChanges: services.app.pendingChanges, sync: services.app.sync,
            subscription: services.app.subscription, personalData: services.app.personalData, reminders: reminders
        })
        const lead = findChild(page, "reminderLead")
        const next = findChild(page, "nextReminder")
        compare(lead.currentValue, 1440, "one day before unless chosen otherwise")
        verify(next.visible)
        verify(next.text.length > 0)
        lead.currentIndex = 1
        lead.activated(1)
        compare(reminders.leadMinutes, 60)
        mouseClick(findChild(page, "remindersSwitch"))
        verify(!reminders.enabled)
        compare(reminders.count, 0)
        verify(!lead.enabled)
        verify(!next.visible)
        mouseClick(findChild(page, "remindersSwitch"))
        verify(reminders.enabled)
        verify(reminders.count > 0)
        // Whether this device can show them is always said.
        compare(findChild(page, "reminderAvailability").text, reminders.availabilityText)
    }

    function test_contactSearch() {
        const services = make(servicesComponent)
        const page = make(contactsComponent, { contacts: services.app.contacts, contactsExport: services.app.contactsExport })
        const search = findChild(page, "contactSearch")
        const noMatch = findChild(page, "noMatch")
        verify(!noMatch.visible)
        search.forceActiveFocus()
        keyClick("z"); keyClick("z"); keyClick("z")
        compare(services.app.contacts.filter, "zzz")
        compare(services.app.contacts.count, 0)
        verify(noMatch.visible)
        search.selectAll()
        keyClick(Qt.Key_Backspace)
        compare(services.app.contacts.count, 6)
    }

    function test_settingsAddMunicipality() {
        const services = make(servicesComponent)
        const page = make(settingsComponent, {
            settings: services.app.settings, profile: services.app.profile,
            municipalities: services.app.municipalities, pendingChanges: services.app.pendingChanges, sync: services.app.sync,
            subscription: services.app.subscription, personalData: services.app.personalData, reminders: services.app.reminders
        })
        const row = findChild(page, "addMunicipality")
        // Scrolled into view, as the person scrolls down to it.
        let flickable = row.parent
        while (flickable.contentY === undefined)
            flickable = flickable.parent
        flickable.contentY = row.mapToItem(flickable.contentItem, 0, 0).y - 100
        waitForRendering(page)

        const field = findChild(row, "nameField")
        const button = findChild(row, "addButton")
        const error = findChild(row, "addError")
        verify(!button.enabled, "nothing to add yet")
        field.text = "X"
        mouseClick(button)
        verify(error.text.indexOf("two letters") >= 0, error.text)
        compare(field.text, "X", "the refused name stays for correcting")
        compare(services.app.municipalities.count, 3)
        field.text = "Neustadt"
        mouseClick(button)
        compare(error.text, "")
        compare(field.text, "")
        compare(services.app.municipalities.count, 4)
        compare(services.app.profile.municipalityName, "Neustadt")
        compare(services.app.profile.contactId, "", "a new municipality has nobody chosen yet")
    }

    function test_settingsOfAnOrganiserShowNoParticipantChoices() {
        const services = make(servicesComponent)
        const page = make(settingsComponent, {
            settings: services.app.settings, profile: services.app.profile,
            municipalities: services.app.municipalities, pendingChanges: services.app.pendingChanges, sync: services.app.sync,
            subscription: services.app.subscription, personalData: services.app.personalData, reminders: services.app.reminders
        })
        verify(findChild(page, "addMunicipality").visible, "a participant's device chooses its municipality")
        verify(!findChild(page, "organiserDevice").visible)
        services.becomeOrganiser()
        verify(!findChild(page, "addMunicipality").visible, "an organiser belongs to no municipality")
        verify(!findChild(page, "personChoice").visible)
        verify(!findChild(page, "ownDetails").visible, "sharing is a participant's choice")
        verify(findChild(page, "organiserDevice").visible)
    }

    function test_contactWithoutPhoneHasNoCallButton() {
        const services = make(servicesComponent)
        const page = make(contactComponent, { contacts: services.app.contacts, contactsExport: services.app.contactsExport, contactId: "ews7-contact-sylvia-asmussen" })
        compare(page.title, "Sylvia Asmussen")
        verify(!findChild(findChild(page, "phoneAction"), "actions").visible)
        const withPhone = make(contactComponent, { contacts: services.app.contacts, contactsExport: services.app.contactsExport, contactId: "ews7-contact-alina-hirsch" })
        verify(findChild(findChild(withPhone, "phoneAction"), "actions").visible)
    }

    function test_settingsChooseLanguage() {
        const services = make(servicesComponent)
        const page = make(settingsComponent, {
            settings: services.app.settings, profile: services.app.profile,
            municipalities: services.app.municipalities, pendingChanges: services.app.pendingChanges, sync: services.app.sync,
            subscription: services.app.subscription, personalData: services.app.personalData, reminders: services.app.reminders
        })
        verify(page)
        services.app.settings.language = "en"
        compare(services.app.settings.effectiveLanguage, "en")
        services.app.settings.language = "fr"
        compare(services.app.settings.language, "", "an unknown language falls back to the device's")
    }

    // A choice box's list: every entry with its words, the chosen one marked for screen
    // readers, and choosing by a tap on an entry.
    function test_aChoiceBoxListsItsEntriesAndMarksTheChosenOne() {
        const services = make(servicesComponent)
        const page = make(settingsComponent, {
            settings: services.app.settings, profile: services.app.profile,
            municipalities: services.app.municipalities, pendingChanges: services.app.pendingChanges, sync: services.app.sync,
            subscription: services.app.subscription, personalData: services.app.personalData, reminders: services.app.reminders
        })
        services.app.settings.language = "de"
        const box = findChild(page, "languageChoice")
        compare(box.displayText, "Deutsch")
        box.popup.open()
        tryCompare(box.popup, "opened", true)
        const list = box.popup.contentItem as ListView
        const entries = []
        for (let row = 0; row < list.count; ++row)
            entries.push(list.itemAtIndex(row).text)
        compare(entries, ["As on this device", "Deutsch", "English"])
        verify(list.itemAtIndex(1).Accessible.selected, "the chosen language is marked")
        verify(!list.itemAtIndex(2).Accessible.selected)
        mouseClick(list.itemAtIndex(2))
        compare(services.app.settings.language, "en")
        tryCompare(box.popup, "visible", false)
        compare(box.displayText, "English")
    }
}
