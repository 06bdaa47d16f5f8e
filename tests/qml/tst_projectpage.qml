// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtTest
import Ews.Core
import Ews.Ui.Project
import Ews.TestSupport

// The practice project page: adding steps and log entries, refusing bad input, read-only for
// other municipalities.
TestCase {
    id: testCase
    name: "ProjectPage"
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
        id: pageComponent
        ProjectPage {
            width: 390
            height: 844
        }
    }

    function createPage() {
        const services = make(servicesComponent)
        const page = make(pageComponent, {
            project: services.app.project, report: services.app.report,
            municipalities: services.app.municipalities,
            sync: services.app.sync
        })
        verify(page)
        return { services: services, page: page }
    }

    function test_addStep() {
        const t = createPage()
        const dialog = findChild(t.page, "stepDialog")
        const stepsBefore = t.services.app.project.steps.count
        const pendingBefore = t.services.app.pendingChanges.count
        t.page.openNewStep()
        tryCompare(dialog, "opened", true)
        const title = findChild(dialog, "stepTitle")
        title.text = "   "
        dialog.trySave()
        verify(dialog.errorText.length > 0, "an empty title is refused with a message")
        verify(dialog.visible, "the form stays open with what was typed")
        compare(t.services.app.project.steps.count, stepsBefore)

        title.text = "Ratsbeschluss vorbereiten"
        dialog.trySave()
        compare(dialog.errorText, "")
        tryCompare(dialog, "visible", false)
        compare(t.services.app.project.steps.count, stepsBefore + 1)
        compare(t.services.storedStepCount(), stepsBefore + 1)
        compare(t.services.app.pendingChanges.count, pendingBefore + 1)
    }

    function test_badDueDateKeepsTheForm() {
        const t = createPage()
        const dialog = findChild(t.page, "stepDialog")
        t.page.openNewStep()
        findChild(dialog, "stepTitle").text = "Termin"
        const due = findChild(dialog, "stepDue")
        due.currentIndex = due.indexOfValue("date")
        findChild(dialog, "stepDueDate").text = "31.02.2027"
        dialog.trySave()
        verify(dialog.errorText.indexOf("does not exist") >= 0, dialog.errorText)
        // Said beside the date field, not above the form.
        const beside = findChild(dialog, "stepDateError")
        verify(beside.visible)
        compare(beside.text, dialog.errorText)
        verify(dialog.errorAtField)
        compare(findChild(dialog, "stepTitle").text, "Termin")
        findChild(dialog, "stepDueDate").text = "28.02.2027"
        dialog.trySave()
        compare(dialog.errorText, "")
    }

    // Modules are listed with their first day and the next one is chosen; a date comes from a
    // quick choice or the calendar (the test clock stands at Saturday 21 November 2026).
    function test_dueDatesArePicked() {
        const t = createPage()
        const dialog = findChild(t.page, "stepDialog")
        t.page.openNewStep()
        tryCompare(dialog, "opened", true)
        findChild(dialog, "stepTitle").text = "Flyer verteilen"
        const due = findChild(dialog, "stepDue")
        due.currentIndex = due.indexOfValue("module")
        const module = findChild(dialog, "stepDueModule")
        compare(module.currentValue, 2, "module 2 begins on 26 November: the next one")
        verify(module.currentText.indexOf("26.11.2026") >= 0, module.currentText)
        compare(module.count, 4)

        due.currentIndex = due.indexOfValue("date")
        const field = findChild(dialog, "stepDueDate")
        const quick = findChild(dialog, "quickDates").children
        let inAWeek = null
        for (let i = 0; i < quick.length; ++i) {
            if (quick[i].objectName === "quickDate-7")
                inAWeek = quick[i]
        }
        verify(inAWeek, "a quick choice: in a week")
        waitForRendering(dialog.contentItem)
        mouseClick(inAWeek)
        compare(field.text, "28.11.2026")

        // The calendar opens at the date in the field; a day clicked is taken.
        mouseClick(findChild(dialog, "pickDueDate"))
        const calendar = findChild(dialog, "dueDateCalendar")
        tryCompare(calendar, "opened", true)
        compare(calendar.month, 10) // November, counted from 0
        calendar.choose(2026, 11, 18) // as a click on 18 December does
        compare(field.text, "18.12.2026")
        tryCompare(calendar, "visible", false)
        dialog.trySave()
        compare(dialog.errorText, "")
        const steps = t.services.app.project.steps.model
        let found = false
        for (let row = 0; row < steps.count; ++row)
            found = found || steps.get(row).title === "Flyer verteilen" && steps.get(row).dueDateInput === "18.12.2026"
        verify(found, "saved with the picked day")
    }

    // The writer corrects their entry from the log; everyone sees it was corrected.
    function test_logEntryIsCorrected() {
        const t = createPage()
        const dialog = findChild(t.page, "logDialog")
        t.page.openOwnCorrection()
        tryCompare(dialog, "opened", true)
        verify(!findChild(dialog, "logDate").visible, "the date stays as written")
        const text = findChild(dialog, "logText")
        const before = text.text
        text.text = before + " Termin steht: 3. Dezember."
        dialog.trySave()
        compare(dialog.errorText, "")
        const log = t.services.app.project.log.model
        let corrected = -1
        for (let row = 0; row < log.count; ++row) {
            if (log.data(log.index(row, 0), LogEntriesModel.TextRole) === before + " Termin steht: 3. Dezember.")
                corrected = row
        }
        verify(corrected >= 0)
        verify(log.data(log.index(corrected, 0), LogEntriesModel.CorrectionTextRole).length > 0)
        compare(log.data(log.index(corrected, 0), LogEntriesModel.EarlierTextsRole), [before])
    }

    // One tap on a step's box marks it done, another takes it back; nothing else opens.
    function test_stepDoneWithOneTap() {
        const t = createPage()
        const steps = t.services.app.project.steps
        compare(steps.doneCount, 1)
        const box = findChild(t.page, "stepDone")
        verify(box.checked, "the first step is done")
        mouseClick(box)
        compare(steps.doneCount, 0)
        verify(!box.checked)
        mouseClick(box)
        compare(steps.doneCount, 1)
        verify(box.checked)
        verify(!findChild(t.page, "stepDialog").opened)
    }

    function test_editExistingStep() {
        const t = createPage()
        const dialog = findChild(t.page, "stepDialog")
        dialog.openFor(1)
        compare(findChild(dialog, "stepTitle").text, "Gespräch mit der Bürgermeisterin")
        compare(findChild(dialog, "stepStatus").currentValue, "in_progress")
        compare(findChild(dialog, "stepDueDate").text, "15.12.2026")
        const status = findChild(dialog, "stepStatus")
        status.currentIndex = status.indexOfValue("done")
        dialog.trySave()
        compare(dialog.errorText, "")
        compare(t.services.app.project.steps.doneCount, 2)
        compare(t.services.app.project.steps.count, 4)
    }

    function test_logEntry() {
        const t = createPage()
        const dialog = findChild(t.page, "logDialog")
        t.page.openNewLogEntry()
        compare(findChild(dialog, "logDate").text, "21.11.2026")
        dialog.trySave()
        verify(dialog.errorText.length > 0, "an empty entry is refused")
        const text = findChild(dialog, "logText")
        text.text = "Zusage vom Sportverein erhalten"
        // Tab leaves the field for the next one; it types no tab.
        text.forceActiveFocus()
        verify(text.activeFocus)
        keyClick(Qt.Key_Tab)
        verify(!text.activeFocus, "Tab moved on")
        compare(text.text, "Zusage vom Sportverein erhalten")
        dialog.trySave()
        compare(dialog.errorText, "")
        compare(t.services.app.project.log.model.count, 4)
    }

    function test_removeStepAfterConfirmation() {
        const t = createPage()
        const dialog = findChild(t.page, "stepDialog")
        const pendingBefore = t.services.app.pendingChanges.count
        dialog.openFor(3)
        const remove = findChild(dialog, "removeStepButton")
        verify(remove.visible, "an existing step can be removed")
        remove.clicked()
        const confirmation = findChild(t.page, "removeStepConfirmation")
        tryCompare(confirmation, "opened", true)
        compare(t.services.app.project.steps.count, 4, "nothing removed before the confirmation")
        confirmation.reject()
        tryCompare(confirmation, "visible", false)
        compare(t.services.app.project.steps.count, 4)
        remove.clicked()
        tryCompare(confirmation, "opened", true)
        confirmation.accept()
        tryCompare(dialog, "visible", false)
        compare(t.services.app.project.steps.count, 3)
        compare(t.services.storedStepCount(), 3)
        compare(t.services.app.pendingChanges.count, pendingBefore + 1, "the removal waits for the server")

        dialog.openFor(-1)
        verify(!findChild(dialog, "removeStepButton").visible, "a new step has nothing to remove")
        dialog.close()
    }

    // A kept text is one folded line until tapped, so that the steps stay in view.
    function test_keptTextIsFoldedUntilTapped() {
        const t = createPage()
        const box = findChild(t.page, "keptTextBox")
        verify(box)
        verify(!box.expanded)
        const foldedHeight = box.height
        mouseClick(box)
        verify(box.expanded)
        tryVerify(() => box.height > foldedHeight * 2, 1000, "the text and its buttons show")
    }

    function test_keptTextCanBeUsedOrHidden() {
        const t = createPage()
        const project = t.services.app.project
        compare(project.keptTexts.items.length, 1)
        const kept = project.keptTexts.items[0]
        verify(kept.heading.indexOf("Erika") >= 0, kept.heading)
        compare(kept.text, "Termin angefragt, Rückmeldung bis Freitag.")
        compare(project.keptTexts.adopt(kept.keptTextId), "")
        compare(project.steps.model.get(1).notes, "Termin angefragt, Rückmeldung bis Freitag.")
        compare(project.keptTexts.items.length, 0)
        verify(project.keptTexts.dismiss(kept.keptTextId).length > 0, "gone is gone")
        project.municipalityId = "demo-musterkreis"
        verify(project.keptTexts.dismiss(kept.keptTextId).length > 0, "not on another project")
    }

    function test_otherMunicipalityIsReadOnly() {
        const t = createPage()
        const add = findChild(t.page, "addStepButton")
        verify(add.visible)
        t.services.app.project.municipalityId = "demo-musterkreis"
        verify(!add.visible, "no add button on another municipality's project")
        compare(t.services.app.project.title, "Ehrenamtskarte für den Kreis")
    }
}
