// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtTest
import Ews.Ui
import Ews.TestSupport

// The window: bottom navigation on a phone, side navigation on a desktop, the same pages.
TestCase {
    id: testCase
    name: "MainWindow"
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

    Component {
        id: servicesComponent
        TestServices {}
    }
    Component {
        id: windowComponent
        Main {}
    }

    function test_languageSwitchKeepsPlaceAndChoices() {
        const services = make(servicesComponent)
        const properties = services.windowProperties
        properties.width = 390
        properties.height = 844
        const window = make(windowComponent, properties)
        const sections = findChild(window.contentItem, "sections")
        window.showPage("settings")
        const language = findChild(window.contentItem, "languageChoice")
        const person = findChild(window.contentItem, "personChoice")
        compare(person.currentText, "Erika Mustermann (Beispiel)")
        language.currentIndex = language.indexOfValue("en")
        language.activated(language.currentIndex)
        compare(services.app.settings.language, "en")
        services.retranslate()
        wait(50)
        compare(sections.currentIndex, 4, "still on the settings after the switch")
        compare(findChild(window.contentItem.parent, "tabBar").currentIndex, 4)
        compare(language.currentValue, "en", "the chosen language stays shown")
        compare(person.currentText, "Erika Mustermann (Beispiel)")
    }

    // Every text a page shows: visible texts, in reading order.
    function shownTexts(item, found) {
        if (!item || !item.visible)
            return found
        if (item instanceof Text && item.text.length > 0)
            found.push(item.text)
        for (let i = 0; i < item.children.length; ++i)
            shownTexts(item.children[i], found)
        return found
    }

    function test_switchingTheLanguageChangesEveryText_data() {
        const rows = []
        for (const page of ["programme", "event", "venue", "contacts", "contact", "project", "settings",
                            "search", "news", "overview"])
            rows.push({ tag: page, page: page })
        return rows
    }

    // Switched from German to English while the page is open, the page shows what a page
    // opened in English shows: no German word left behind.
    function test_switchingTheLanguageChangesEveryText(data) {
        const open = (language) => {
            const services = make(servicesComponent)
            verify(services.useLanguage(language))
            const properties = services.windowProperties
            properties.width = 390
            properties.height = 844
            properties.visible = true
            const window = make(windowComponent, properties)
            window.showPage(data.page)
            tryCompare(window.currentStack, "busy", false)
            wait(50)
            return { services: services, window: window }
        }
        const switched = open("de")
        const german = shownTexts(switched.window.contentItem.parent, [])
        verify(switched.services.useLanguage("en"))
        wait(50)
        const after = shownTexts(switched.window.contentItem.parent, []).sort()
        const english = open("en")
        const fresh = shownTexts(english.window.contentItem.parent, []).sort()
        english.services.useLanguage("en")
        const left = after.filter(text => fresh.indexOf(text) < 0)
        compare(left, [], "still shown after the switch, not in a page opened in English")
        verify(german.join() !== after.join(), "the switch changed the page")
    }

    function createWindow(width, height) {
        const services = make(servicesComponent)
        const properties = services.windowProperties
        properties.width = width
        properties.height = height
        const window = make(windowComponent, properties)
        verify(window)
        return window
    }

    // At first start the privacy notice, read once; the question about sharing phone and
    // e-mail sets both choices and is not asked again.
    function test_privacyNoticeAtFirstStartAndSharingAskedOnce() {
        const services = make(servicesComponent)
        services.asAtFirstStart()
        const properties = services.windowProperties
        properties.width = 390
        properties.height = 844
        const window = make(windowComponent, properties)
        const notice = findChild(window, "privacyDialog")
        tryVerify(() => notice.opened, 2000, "the notice opens by itself")
        notice.accept()
        verify(services.app.settings.privacyNoticeSeen)
        // Not signed in (the demo): nobody else sees anything yet, so nothing is asked.
        wait(50)
        verify(!findChild(window, "sharingDialog").opened)
        window.answerSharing(true)
        verify(services.app.profile.sharePhone && services.app.profile.shareEmail)
        verify(services.app.settings.sharingAsked)
        window.answerSharing(false)
        verify(!services.app.profile.sharePhone && !services.app.profile.shareEmail)
    }

    // The title bar always says where things stand with the server; a tap puts it in words.
    function test_syncStatusInTheTitleBar() {
        const window = createWindow(390, 844)
        const mark = findChild(window, "syncStatusMark")
        verify(mark.visible)
        compare(mark.kind, "off") // the demo is not signed in
        compare(mark.Accessible.name, window.services.sync.statusText)
        verify(mark.Accessible.name.length > 0)
        const notice = findChild(window, "savedNotice")
        verify(!notice.opened)
        mark.clicked()
        tryVerify(() => notice.opened)
        compare(notice.text, window.services.sync.statusText)
    }

    function test_phoneLayout() {
        const window = createWindow(390, 844)
        verify(!window.wide)
        verify(findChild(window.contentItem.parent, "tabBar").visible)
        verify(!findChild(window.contentItem, "sideNavigation").visible)
    }

    function test_desktopLayout() {
        const window = createWindow(1280, 800)
        verify(window.wide)
        verify(findChild(window.contentItem, "sideNavigation").visible)
    }

    function test_showPageSwitchesSections() {
        const window = createWindow(390, 844)
        const sections = findChild(window.contentItem, "sections")
        window.showPage("contacts")
        compare(sections.currentIndex, 1)
        window.showPage("project")
        compare(sections.currentIndex, 2)
        window.showPage("event")
        compare(sections.currentIndex, 0)
        compare(window.currentStack.depth, 2)
        compare(window.currentStack.currentItem.eventId, "ews7-module-2-day-1")
    }

    function test_searchLeadsToWhatWasFound() {
        const window = createWindow(390, 844)
        const sections = findChild(window.contentItem, "sections")
        findChild(window.contentItem.parent, "searchButton").clicked()
        compare(window.currentStack.depth, 2)
        const field = findChild(window.currentStack.currentItem, "searchField")
        field.text = "Hirsch"
        field.textEdited()
        const results = findChild(window.currentStack.currentItem, "searchResults")
        verify(results.count > 0)
        // A person: the contact page, the search gone from the programme's stack.
        window.openResult("contact", "ews7-contact-alina-hirsch", "")
        compare(sections.currentIndex, 1)
        compare(window.currentStack.currentItem.contactId, "ews7-contact-alina-hirsch")
        // A step of another municipality: that municipality's project.
        window.openSearch()
        window.openResult("step", "any", "demo-musterkreis")
        compare(sections.currentIndex, 2)
        compare(window.services.project.shownMunicipalityId, "demo-musterkreis")
    }

    function test_whatChangedShowsTheDemosNewsOnceAndLeadsToTheProject() {
        const window = createWindow(390, 844)
        const sections = findChild(window.contentItem, "sections")
        const button = findChild(window.contentItem.parent, "newsButton")
        compare(window.services.news.count, 2)
        compare(button.text, "New: 2")
        button.clicked()
        compare(window.currentStack.depth, 2)
        verify(!button.visible, "the button goes while its page is shown")
        const list = findChild(window.currentStack.currentItem, "newsList")
        compare(list.count, 2)
        // A step of the own project: the project section; the changes are seen now.
        window.openChange("step", "demo-step-2", "demo-musterstadt")
        compare(sections.currentIndex, 2)
        tryCompare(window.services.news, "count", 0)
        compare(button.text, "New")
        button.clicked()
        compare(findChild(window.currentStack.currentItem, "newsHint").text,
                "Nothing has changed since you last looked.")
    }

    // The delegate of @p list whose @p key is @p value, scrolled into view (or null).
    function delegateOf(list, key, value) {
        for (let row = 0; row < list.count; ++row) {
            list.positionViewAtIndex(row, ListView.Contain)
            const item = list.itemAtIndex(row)
            if (item && item[key] === value)
                return item
        }
        return null
    }

    // A date the organisers cancel keeps its page, with their reason and the person's note:
    // from "Neu", and once that change is seen from the programme and the search.
    function test_aCancelledDateKeepsItsPageAndMyNote() {
        const services = make(servicesComponent)
        const window = make(windowComponent, services.windowProperties)
        const dateId = "ews7-learning-group-4"
        const title = window.services.programme.get(dateId).title
        compare(window.services.notes.save(dateId, "Frage zur Wirkungsmessung stellen", ""), "")
        verify(services.organisersCancel(dateId, "Die Moderatorin ist krank."))
        const showsTheCancelledDate = (page, how) => {
            compare(page.eventId, dateId, how)
            compare(page.title, title, how)
            const mark = findChild(page, "cancelledMark")
            verify(mark.visible, how)
            compare(mark.text, "Cancelled: Die Moderatorin ist krank.", how)
            compare(findChild(page, "noteField").text, "Frage zur Wirkungsmessung stellen", how)
        }

        findChild(window.contentItem.parent, "newsButton").clicked()
        const news = findChild(window.currentStack.currentItem, "newsList")
        waitForRendering(news)
        const change = delegateOf(news, "targetId", dateId)
        verify(change, "the cancellation is under Neu")
        compare(change.detail, "Cancelled")
        mouseClick(change)
        showsTheCancelledDate(window.currentStack.currentItem, "from Neu")
        window.currentStack.pop() // seen now
        tryVerify(() => window.services.programme.get(dateId).changeKind === "")

        window.showPage("programme")
        const list = findChild(window.currentStack.currentItem, "programmeList")
        const listed = delegateOf(list, "eventId", dateId)
        verify(listed, "still in the programme once seen")
        verify(listed.cancelled)
        mouseClick(listed)
        showsTheCancelledDate(window.currentStack.currentItem, "from the programme")
        window.currentStack.pop()

        window.openSearch()
        const field = findChild(window.currentStack.currentItem, "searchField")
        field.text = "Wirkungsmessung"
        field.textEdited()
        const results = findChild(window.currentStack.currentItem, "searchResults")
        tryCompare(results, "count", 1)
        waitForRendering(results)
        mouseClick(results.itemAtIndex(0))
        showsTheCancelledDate(window.currentStack.currentItem, "from the search")
    }

    // What participants need at the venue: from the programme and from a date there; the
    // organisers change it in the app, and the page shows the change at once.
    function test_theVenuePageSaysHowToGetThereAndWhatItCosts() {
        const services = make(servicesComponent)
        const window = make(windowComponent, services.windowProperties)
        const list = findChild(window.currentStack.currentItem, "programmeList")
        waitForRendering(list)
        mouseClick(findChild(list, "venueButton"))
        const page = window.currentStack.currentItem
        compare(page.title, "At the venue")
        // The programme's texts in the person's language (German here), the brochure's words.
        compare(findChild(page, "venueName").text, "DJH Jugendherberge Düsseldorf")
        verify(findChild(page, "venueCosts").text.indexOf("Fahrtkosten zum Tagungshaus werden nicht übernommen") >= 0)
        verify(findChild(page, "planRoute").visible)
        compare(String(window.services.venue.routeUrl), // the route to the address (encoded: tst_programmemodel)
                "https://www.openstreetmap.org/directions?to=Düsseldorfer Straße 1, 40545 Düsseldorf")
        verify(!findChild(page, "openLearningPlatform").visible, "no address given yet")
        verify(!findChild(page, "editVenue").visible, "participants read it")
        window.currentStack.pop()

        // A module day at the venue offers it; an online meeting does not.
        window.openDate("ews7-module-3-day-1")
        verify(findChild(window.currentStack.currentItem, "venueOfDate").visible)
        window.currentStack.pop()
        window.openDate("ews7-learning-group-4")
        verify(!findChild(window.currentStack.currentItem, "venueOfDate").visible)
        window.currentStack.pop()

        services.becomeOrganiser()
        window.openVenue()
        const organisersPage = window.currentStack.currentItem
        const edit = findChild(organisersPage, "editVenue")
        verify(edit.visible)
        edit.clicked()
        const dialog = findChild(window, "venueEditDialog")
        tryCompare(dialog, "opened", true)
        findChild(dialog, "venueLearningPlatform").text = "lernen.example.org"
        dialog.trySave()
        verify(dialog.errorText.indexOf("https://") >= 0, dialog.errorText)
        findChild(dialog, "venueLearningPlatform").text = "https://lernen.example.org/ews7"
        findChild(dialog, "venueBringDe").text = "Laptop und Projektunterlagen"
        dialog.trySave()
        compare(dialog.errorText, "")
        verify(findChild(organisersPage, "openLearningPlatform").visible)
        compare(window.services.venue.learningPlatformUrl, "https://lernen.example.org/ews7")
        compare(findChild(organisersPage, "venueBring").text, "Laptop und Projektunterlagen")
        verify(window.services.pendingChanges.count > 0, "sent with the next sync")
    }

    function test_overviewLeadsToAProjectAndOrganisersComment() {
        const services = make(servicesComponent)
        const properties = services.windowProperties
        properties.width = 1280
        properties.height = 800
        const window = make(windowComponent, properties)
        window.showPage("project")
        const stack = window.currentStack
        verify(!findChild(stack.currentItem, "commentButton").visible, "participants do not comment")
        findChild(stack.currentItem, "overviewButton").clicked()
        compare(stack.depth, 2)
        const list = findChild(stack.currentItem, "cohortList")
        compare(list.count, 3)
        compare(window.services.projectsOverview.openQuestionCount, 1)
        // The municipality with the open question: its project, back on the project page.
        window.openProjectOf("demo-musterkreis")
        compare(stack.depth, 1)
        compare(window.services.project.shownMunicipalityId, "demo-musterkreis")

        // An organiser answers it; the question counts as answered.
        services.becomeOrganiser()
        const page = stack.currentItem
        const button = findChild(page, "commentButton")
        verify(button.visible)
        page.openNewComment()
        const form = findChild(page, "commentDialog")
        compare(findChild(form, "commentStep").count, 3, "the whole project, or one of its two steps")
        findChild(form, "commentText").text = "Fragen Sie den Kreis Beispielhausen."
        form.trySave()
        compare(form.errorText, "")
        compare(window.services.project.organiserNotes.items.length, 1)
        window.services.projectsOverview.reload()
        compare(window.services.projectsOverview.openQuestionCount, 0)
    }

    function test_aNoteShowsWithTheStepItPointsTo() {
        const window = createWindow(390, 844)
        compare(window.services.notes.save("ews7-module-3-day-1", "Flipchart mitbringen", "demo-step-2"), "")
        window.showPage("step") // the second step: the talk with the mayor
        const dialog = findChild(window.currentStack.currentItem, "stepDialog")
        compare(dialog.stepId, "demo-step-2")
        const notes = findChild(dialog, "notesOnStep")
        compare(notes.count, 1)
        compare(notes.itemAt(0).modelData.text, "Flipchart mitbringen")
    }
}
