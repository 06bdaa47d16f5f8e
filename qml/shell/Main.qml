// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Controls.impl
import QtQuick.Layouts
import Ews.Core
import Ews.App
import Ews.Ui.Components
import Ews.Ui.Contacts
import Ews.Ui.Materials
import Ews.Ui.News
import Ews.Ui.Programme
import Ews.Ui.Project
import Ews.Ui.Search
import Ews.Ui.Settings

// The window: side navigation on wide screens, bottom navigation on phones, one stack of
// pages per section.
ApplicationWindow {
    id: window

    required property AppServices services

    readonly property bool wide: width >= Theme.wideBreakpoint
    readonly property StackView currentStack: stacks.children[stacks.currentIndex] as StackView
    readonly property var sections: [
        //: Navigation entry: the programme's dates
        qsTr("Programme"),
        //: Navigation entry: people of the programme
        qsTr("Contacts"),
        //: Navigation entry: the municipality's practice project (for organisers: all projects)
        window.services.settings.organiser ? qsTr("Projects") : qsTr("Project"),
        //: Navigation entry: the programme's pool of materials (slides, handouts, links)
        qsTr("Materials"),
        //: Navigation entry: settings and information about the app
        qsTr("Settings")
    ]
    readonly property int materialsSection: 3
    readonly property int settingsSection: 4
    // Beside each section's name, so that the navigation reads at any text size.
    readonly property var sectionIcons: [
        "qrc:/qt/qml/Ews/Ui/Components/icons/programme.svg",
        "qrc:/qt/qml/Ews/Ui/Components/icons/contacts.svg",
        "qrc:/qt/qml/Ews/Ui/Components/icons/project.svg",
        "qrc:/qt/qml/Ews/Ui/Components/icons/materials.svg",
        "qrc:/qt/qml/Ews/Ui/Components/icons/settings.svg"
    ]

    // Shown by main() once it has its size: a window that opened small and grew would lay
    // out and draw its pages twice.
    width: 390
    height: 844
    title: qsTr("EWS companion")
    Material.primary: Theme.accent
    // Teal, dark enough in light mode and light enough in dark mode for text in it and on
    // it to stand out 4.5:1 (tests/qml/tst_accessibility.qml checks every text).
    Material.accent: Theme.dark ? Material.color(Material.Teal, Material.Shade200)
                                : Material.color(Material.Teal, Material.Shade800)
    // The shared text colours follow the theme (light or dark, as the system is set).
    Binding {
        target: Theme
        property: "dark"
        value: window.Material.theme === Material.Dark
    }
    Binding {
        target: Theme
        property: "textScale"
        value: window.services.settings.textScale
    }
    // The controls' own text (buttons, fields, tabs) at the same scale.
    font.pixelSize: Theme.fontSize(14)

    // A section's first page is made when the section is first shown, not at start: the
    // window opens sooner and holds only what was looked at.
    function showSection(index: int) {
        const stack = stacks.children[index] as StackView
        if (stack.depth === 0)
            stack.push(firstPages[index], {}, StackView.Immediate)
        stacks.currentIndex = index
    }
    // An organiser has no project of their own: their project section starts with all of them.
    readonly property list<Component> firstPages: [programmePage, contactsPage,
        window.services.settings.organiser ? overviewPage : projectPage, materialsPage,
        settingsPage]
    // At first start the privacy notice, then (once signed in as a participant) the question
    // whether others may see one's phone and e-mail; not over a screen asked for by name.
    property bool askOnStart: true
    Component.onCompleted: {
        showSection(0)
        // Read as seen: the title bar, the page, the tabs at the foot (Qt 6.4 reads the tabs first).
        ReadingOrder.placeBefore(body, footer)
        ReadingOrder.placeBefore(header, body)
    }
    // After the start, and after showPage() if a screen was asked for by name.
    Timer {
        interval: 0
        running: true
        onTriggered: window.askFirst()
    }

    // Where the person is after moving to another page or section: unless the page gave the
    // focus to something of its own (the search field), its title takes it, so that a screen
    // reader says where they are and Tab goes on from there. Not while a dialog is open.
    Connections {
        target: window.currentStack
        function onCurrentItemChanged() { focusOnTitle.restart() }
    }
    onCurrentStackChanged: focusOnTitle.restart()
    Timer {
        id: focusOnTitle
        interval: 0 // once the page has taken the focus it wants
        onTriggered: {
            const focused = window.activeFocusItem
            const page = window.currentStack?.currentItem ?? null
            if (focused === page || !window.within(focused, page)
                    && !window.within(focused, window.Overlay.overlay))
                pageTitle.takeFocus()
        }
    }
    // What has the focus is in view: a list or page scrolls to it (Tab, a screen reader).
    onActiveFocusItemChanged: scrollToFocus.restart()
    Timer {
        id: scrollToFocus
        interval: 0
        onTriggered: window.bringIntoView(window.activeFocusItem)
    }

    function within(item: Item, ancestor: Item): bool {
        for (let parent = item; parent !== null && ancestor !== null; parent = parent.parent) {
            if (parent === ancestor)
                return true
        }
        return false
    }

    function bringIntoView(item: Item) {
        let view = item?.parent ?? null
        while (view !== null && !(view instanceof Flickable))
            view = view.parent
        if (view === null || item === null)
            return
        const flickable = view as Flickable
        const top = item.mapToItem(flickable.contentItem, 0, 0).y
        const margin = Theme.spacing
        let wanted = flickable.contentY
        if (top - margin < wanted)
            wanted = top - margin
        else if (top + item.height + margin > wanted + flickable.height)
            wanted = top + item.height + margin - flickable.height
        const last = flickable.originY + flickable.contentHeight - flickable.height
        flickable.contentY = Math.max(flickable.originY, Math.min(wanted, last))
    }

    function askFirst() {
        if (!askOnStart)
            return
        if (!window.services.settings.privacyNoticeSeen)
            privacyDialog.open()
        else
            askSharing()
    }

    function askSharing() {
        const services = window.services
        if (askOnStart && services.settings.privacyNoticeSeen && !services.settings.sharingAsked
                && services.sync.signedIn && !services.settings.organiser
                && services.profile.contactId.length > 0 && !sharingDialog.opened)
            sharingDialog.open()
    }

    Connections {
        target: window.services.profile
        function onChanged() { window.askSharing() }
    }

    function openDate(eventId: string) {
        showSection(0)
        programmeStack.push(datePage, { eventId: eventId })
    }

    // Every municipality's progress, on top of the project section.
    function openOverview() {
        showSection(2)
        if (!(projectStack.currentItem instanceof ProjectsOverviewPage))
            projectStack.push(overviewPage)
    }

    // A municipality's project: back to the project page under the overview, or a new one.
    function openProjectOf(municipalityId: string) {
        window.services.project.municipalityId = municipalityId
        showSection(2)
        if (projectStack.depth > 1 && projectStack.get(projectStack.depth - 2) instanceof ProjectPage)
            projectStack.pop()
        else
            projectStack.push(projectPage)
    }

    function openMaterial(materialId: string) {
        showSection(materialsSection)
        materialsStack.push(materialPage, { materialId: materialId })
    }

    function openContact(contactId: string) {
        showSection(1)
        contactsStack.push(contactPage, { contactId: contactId })
    }

    // The search, on top of the section shown.
    function openSearch() {
        if (!(currentStack.currentItem instanceof SearchPage))
            currentStack.push(searchPage)
    }

    // What changed since the person last looked, on top of the section shown.
    function openNews() {
        if (!(currentStack.currentItem instanceof NewsPage))
            currentStack.push(newsPage)
    }

    // A change: its date, or the project it happened in.
    function openChange(kind: string, targetId: string, municipalityId: string) {
        if (kind === "announcement")
            return // read in full where it is
        currentStack.pop(null)
        if (kind === "programme") {
            openDate(targetId)
        } else if (kind === "release") {
            showSection(0)
        } else {
            window.services.project.municipalityId = municipalityId
            showSection(2)
        }
    }

    // A search result: its page (a project shows in the project section).
    function openResult(kind: string, itemId: string, municipalityId: string) {
        currentStack.pop(null)
        if (kind === "event") {
            openDate(itemId)
        } else if (kind === "contact") {
            openContact(itemId)
        } else {
            window.services.project.municipalityId = municipalityId
            showSection(2)
        }
    }

    function showSaved(message: string) {
        savedNotice.text = message
        savedNotice.open()
    }

    // Brings up a named screen (for screenshots and tests). Qt.callLater: see the tab bar.
    // qmllint disable type
    function showPage(name: string) {
        askOnStart = false
        switch (name) {
        case "privacy": privacyDialog.open(); break
        case "sharing": sharingDialog.open(); break
        case "event": openDate(window.services.overview.nextEventId); break
        case "event-note":
            openDate(window.services.overview.nextEventId)
            Qt.callLater(() => (programmeStack.currentItem as DatePage).showNote())
            break
        case "venue": openVenue(); break
        case "edit-venue": openVenue(); venueEditDialog.openForm(); break
        case "contacts": showSection(1); break
        case "contact": openContact(window.services.contacts.data(window.services.contacts.index(0, 0), ContactsModel.ContactIdRole)); break
        case "project": showSection(2); break
        // The log with photos: a colleague's, and one of the person's own on its way.
        case "project-log": showSection(2); Qt.callLater(() => (projectStack.currentItem as ProjectPage).showLog()); break
        case "step": showSection(2); (projectStack.currentItem as ProjectPage).openStep(1); break
        case "remove-step": showSection(2); (projectStack.currentItem as ProjectPage).openStep(1, true); break
        case "log": showSection(2); (projectStack.currentItem as ProjectPage).openNewLogEntry(); break
        case "pick-date": showSection(2); (projectStack.currentItem as ProjectPage).openStepCalendar(1); break
        case "correct-log": showSection(2); (projectStack.currentItem as ProjectPage).openOwnCorrection(); break
        case "settings": showSection(settingsSection); break
        case "sign-in": showSection(settingsSection); (settingsStack.currentItem as SettingsPage).showServer(); break
        case "materials": showSection(materialsSection); break
        case "material": openMaterial(window.services.materials.data(window.services.materials.index(0, 0), MaterialsModel.MaterialIdRole)); break
        case "post-material": showSection(materialsSection); (materialsStack.currentItem as MaterialsPage).openNew(); break
        // With a word typed, so that the picture shows results.
        case "search": openSearch(); window.services.search.query = "Lotsen"; break
        case "news": openNews(); break
        // With one announcement sent and one waiting, so that the picture shows both.
        case "announcements": {
            const desk = window.services.announcementDesk
            desk.write("Morgen treffen wir uns in Seminarraum 3, nicht im Saal.", "")
            openNews()
            currentStack.push(announcementPage)
            break
        }
        case "overview": openOverview(); break
        // Signed in to a server as an organiser: the lists as the server gives them.
        case "access": showSection(1); currentStack.push(accessPage); break
        // Asking before a participant is erased for good.
        case "erase": {
            showSection(1)
            const access = currentStack.push(accessPage)
            const desk = window.services.accessDesk
            desk.overviewChanged.connect(function ask() {
                desk.overviewChanged.disconnect(ask)
                const people = desk.people.filter(person => person.role === "participant")
                if (people.length > 0)
                    access.askErase(people[0])
            })
            break
        }
        // With an invitation made for a participant of the first municipality.
        case "invitation": {
            showSection(1)
            currentStack.push(accessPage)
            const desk = window.services.accessDesk
            desk.overviewChanged.connect(function invite() {
                desk.overviewChanged.disconnect(invite)
                if (desk.municipalities.length > 0)
                    desk.invite("participant", desk.municipalities[0].id, "Jonas Berg")
            })
            break
        }
        case "comment": openProjectOf("demo-musterkreis"); (projectStack.currentItem as ProjectPage).openNewComment(); break
        case "edit-date": openDate(window.services.overview.nextEventId); dateEditDialog.openFor(window.services.overview.nextEventId); break
        // With one date moved to another room and one cancelled, so that the picture shows a draft.
        case "draft": {
            const desk = window.services.desk
            const next = desk.form(window.services.overview.nextEventId)
            next.room = "Seminarraum 2"
            desk.save(next)
            const group = desk.form("ews7-learning-group-3")
            group.cancelled = true
            group.cancelReason = "Die Moderatorin ist krank."
            desk.save(group)
            openDraft()
            break
        }
        case "edit-contact": openContact(window.services.contacts.data(window.services.contacts.index(0, 0), ContactsModel.ContactIdRole)); contactEditDialog.openFor(window.services.contacts.data(window.services.contacts.index(0, 0), ContactsModel.ContactIdRole)); break
        case "correct-name": {
            const participant = window.services.contacts.data(window.services.contacts.index(window.services.contacts.count - 1, 0), ContactsModel.ContactIdRole)
            openContact(participant)
            contactEditDialog.openFor(participant)
            break
        }
        // With a table pasted that has the brochure's misprint, checked.
        case "brochure": {
            openDraft()
            const brochure = programmeStack.push(brochureTablePage) as BrochureTablePage
            brochure.pasteAndCheck("3. Treffen digitale Lerngruppe\tMi, 20.01.2027\t09.00 – 10.30 Uhr\tDigital, via Zoom\n"
                + "EWS 7 Aufbaumodule (unter Vorbehalt des Haushaltsbeschlusses)\n"
                + "3. Präsenzmodul\tDo, 28.01.2026 Fr, 29.01.2026\tJeweils ca. 10.00 Uhr - 16.00 Uhr\tDJH Jugendherberge, Düsseldorf\n"
                + "4. Treffen digitale Lerngruppe\tMi, 17.02.2027\t09.00 – 10.30 Uhr\tDigital, via Zoom\n")
            break
        }
        default: showSection(0)
        }
    }
    // qmllint enable type

    header: ToolBar {
        RowLayout {
            anchors.fill: parent
            anchors.leftMargin: window.currentStack && window.currentStack.depth > 1 ? 0 : Theme.margin
            spacing: 0

            ToolButton {
                Accessible.onPressAction: clicked() // Qt 6.4's own press does nothing
                visible: window.currentStack !== null && window.currentStack.depth > 1
                text: "‹"
                font.pixelSize: Theme.fontSize(28)
                Material.foreground: "white"
                Accessible.name: qsTr("Back")
                onClicked: window.currentStack.pop()
            }
            HeadingLabel {
                id: pageTitle
                objectName: "pageTitle"
                Layout.fillWidth: true
                text: (window.currentStack?.currentItem as Page)?.title || window.sections[stacks.currentIndex]
                // A long title on a phone gets smaller, then takes a second line; never cut.
                wrapMode: Text.WordWrap
                fontSizeMode: Text.HorizontalFit
                minimumPixelSize: 12
                // A title made smaller stays in the middle of the bar, beside the back button.
                verticalAlignment: Text.AlignVCenter
                font.pixelSize: Theme.fontSize(20)
                font.bold: true
                color: "white"
            }
            // Where things stand with the server, always in view; its words on a tap.
            ToolButton {
                Accessible.onPressAction: clicked() // Qt 6.4's own press does nothing
                objectName: "syncStatusMark"
                readonly property string kind: window.services.sync.statusKind
                text: kind === "sent" ? "✓" : kind === "waiting" ? "↑" : kind === "syncing" ? "↻"
                      : kind === "problem" ? "!" : "–"
                font.bold: true
                Material.foreground: "white"
                Accessible.name: window.services.sync.statusText
                ToolTip.text: window.services.sync.statusText
                ToolTip.visible: hovered
                onClicked: window.showSaved(window.services.sync.statusText)
            }
            ToolButton {
                Accessible.onPressAction: clicked() // Qt 6.4's own press does nothing
                objectName: "newsButton"
                visible: !(window.currentStack?.currentItem instanceof NewsPage)
                //: Button in the title bar: what changed since the person last looked; %1 how many
                text: window.services.news.count > 0 ? qsTr("New: %1").arg(window.services.news.count) : qsTr("New")
                font.bold: window.services.news.count > 0
                Material.foreground: "white"
                Accessible.name: window.services.news.count > 0
                                 ? qsTr("Changes since you last looked: %1").arg(window.services.news.count)
                                 : qsTr("Nothing new since you last looked")
                onClicked: window.openNews()
            }
            ToolButton {
                Accessible.onPressAction: clicked() // Qt 6.4's own press does nothing
                objectName: "searchButton"
                visible: !(window.currentStack?.currentItem instanceof SearchPage)
                //: Button in the title bar: search dates, people and projects
                text: qsTr("Search")
                display: AbstractButton.IconOnly
                icon.source: "qrc:/qt/qml/Ews/Ui/Components/icons/search.svg"
                Material.foreground: "white"
                Accessible.name: text
                onClicked: window.openSearch()
            }
        }
    }

    footer: TabBar {
        id: tabBar
        objectName: "tabBar"
        visible: !window.wide
        // One size for every tab's name: the chosen text size, or smaller where the longest
        // name would not fit its tab.
        readonly property real nameSize: Math.floor(Math.min(Theme.fontSize(13),
            ...window.sections.map(name => (width / window.sections.length - 6) * 100
                                           / Math.max(1, tabMetrics.advanceWidth(name)))))
        FontMetrics {
            id: tabMetrics
            font.pixelSize: 100
        }
        currentIndex: stacks.currentIndex
        // Rebuilt tabs (after a language switch) must not move the current section.
        // Qt 6.4 declares Qt.callLater as a QJSValue property, not as a method, so qmllint
        // cannot tell that it can be called.
        // qmllint disable type
        onCurrentIndexChanged: if (currentIndex !== stacks.currentIndex)
                                   Qt.callLater(() => tabBar.currentIndex = stacks.currentIndex)
        // qmllint enable type

        Repeater {
            model: window.sections
            TabButton {
                id: tab
                required property string modelData
                required property int index
                onClicked: window.showSection(index)
                // A screen reader's "press" opens the section (Qt 6.4 gives a tab no action).
                Accessible.onPressAction: tab.clicked()
                text: modelData
                leftPadding: 2
                rightPadding: 2
                // The icon above the name; a long name at a large text size gets smaller
                // rather than cut.
                contentItem: ColumnLayout {
                    spacing: 0
                    IconImage {
                        Layout.alignment: Qt.AlignHCenter
                        source: window.sectionIcons[tab.index]
                        sourceSize.width: 24
                        sourceSize.height: 24
                        color: tab.checked ? tab.Material.accentColor : tab.Material.foreground
                    }
                    Label {
                        Layout.fillWidth: true
                        text: tab.text
                        textFormat: Text.PlainText
                        horizontalAlignment: Text.AlignHCenter
                        fontSizeMode: Text.HorizontalFit
                        minimumPixelSize: 9
                        font.pixelSize: tabBar.nameSize
                        color: tab.checked ? tab.Material.accentColor : tab.Material.foreground
                    }
                }
            }
        }
    }

    RowLayout {
        id: body
        anchors.fill: parent
        spacing: 0

        SideNavigation {
            objectName: "sideNavigation"
            Layout.preferredWidth: Math.max(Theme.sideNavigationWidth, implicitWidth)
            Layout.fillHeight: true
            visible: window.wide
            sections: window.sections
            sectionIcons: window.sectionIcons
            currentIndex: stacks.currentIndex
            onSectionChosen: index => window.showSection(index)
        }

        StackLayout {
            id: stacks
            objectName: "sections"
            Layout.fillWidth: true
            Layout.fillHeight: true

            StackView {
                id: programmeStack
            }
            StackView {
                id: contactsStack
            }
            StackView {
                id: projectStack
            }
            StackView {
                id: materialsStack
            }
            StackView {
                id: settingsStack
            }
        }
    }

    Component {
        id: programmePage
        ProgrammePage {
            programme: window.services.programme
            desk: window.services.settings.organiser ? window.services.desk : null
            overview: window.services.overview
            calendar: window.services.calendar
            onSaved: message => window.showSaved(message)
            onEventChosen: eventId => window.openDate(eventId)
            onRefreshWanted: window.services.sync.syncNow()
            onDraftWanted: window.openDraft()
            onVenueWanted: window.openVenue()
        }
    }

    Component {
        id: contactsPage
        ContactsPage {
            contacts: window.services.contacts
            contactsExport: window.services.contactsExport
            onSaved: message => window.showSaved(message)
            organiser: window.services.settings.organiser
            onAddWanted: contactEditDialog.openFor("")
            onAccessWanted: window.currentStack.push(accessPage)
            onContactChosen: contactId => window.openContact(contactId)
            onRefreshWanted: window.services.sync.syncNow()
        }
    }

    Component {
        id: projectPage
        ProjectPage {
            project: window.services.project
            report: window.services.report
            notes: window.services.notes
            attachments: window.services.attachments
            municipalities: window.services.municipalities
            sync: window.services.sync
            onSaved: message => window.showSaved(message)
            onSettingsWanted: window.showSection(window.settingsSection)
            onOverviewWanted: window.openOverview()
        }
    }

    Component {
        id: overviewPage
        ProjectsOverviewPage {
            overview: window.services.projectsOverview
            report: window.services.cohortReport
            onSaved: message => window.showSaved(message)
            onMunicipalityChosen: municipalityId => window.openProjectOf(municipalityId)
        }
    }

    Component {
        id: materialsPage
        MaterialsPage {
            materials: window.services.materials
            desk: window.services.materialDesk
            onSaved: message => window.showSaved(message)
            onMaterialChosen: materialId => window.openMaterial(materialId)
        }
    }

    Component {
        id: materialPage
        MaterialPage {
            materials: window.services.materials
            desk: window.services.materialDesk
            organiser: window.services.settings.organiser
            onSaved: message => window.showSaved(message)
            onRemoved: materialsStack.pop()
        }
    }

    Component {
        id: settingsPage
        SettingsPage {
            settings: window.services.settings
            profile: window.services.profile
            municipalities: window.services.municipalities
            pendingChanges: window.services.pendingChanges
            sync: window.services.sync
            subscription: window.services.subscription
            personalData: window.services.personalData
            reminders: window.services.reminders
            storage: window.services.storage
            onSaved: message => window.showSaved(message)
        }
    }

    Component {
        id: searchPage
        SearchPage {
            search: window.services.search
            onResultChosen: (kind, itemId, municipalityId) => window.openResult(kind, itemId, municipalityId)
        }
    }

    Component {
        id: newsPage
        NewsPage {
            news: window.services.news
            organiser: window.services.settings.organiser
            onAnnouncementsWanted: window.currentStack.push(announcementPage)
            onChangeChosen: (kind, targetId, municipalityId) => window.openChange(kind, targetId, municipalityId)
        }
    }

    Component {
        id: accessPage
        AccessPage {
            desk: window.services.accessDesk
            onInvitationMade: window.currentStack.push(invitationPage)
        }
    }

    Component {
        id: invitationPage
        InvitationPage {
            desk: window.services.accessDesk
            onSaved: message => window.showSaved(message)
        }
    }

    Component {
        id: announcementPage
        AnnouncementPage {
            desk: window.services.announcementDesk
            onSaved: message => window.showSaved(message)
        }
    }

    Component {
        id: datePage
        DatePage {
            programme: window.services.programme
            calendar: window.services.calendar
            reminders: window.services.reminders
            notes: window.services.notes
            attachments: window.services.attachments
            organiser: window.services.settings.organiser
            onSaved: message => window.showSaved(message)
            onEditWanted: eventId => dateEditDialog.openFor(eventId)
            venue: window.services.venue
            onVenueWanted: window.openVenue()
        }
    }

    // What participants need at the venue, on top of the programme.
    function openVenue() {
        showSection(0)
        if (!(programmeStack.currentItem instanceof VenuePage))
            programmeStack.push(venuePage)
    }

    Component {
        id: venuePage
        VenuePage {
            venue: window.services.venue
            onEditWanted: venueEditDialog.openForm()
        }
    }

    VenueEditDialog {
        id: venueEditDialog
        objectName: "venueEditDialog"
        venue: window.services.venue
        onSaved: window.showSaved(qsTr("Saved. Participants see it after their next sync."))
    }

    // The organisers' draft of the programme, on top of the programme.
    function openDraft() {
        showSection(0)
        if (!(programmeStack.currentItem instanceof DraftPage))
            programmeStack.push(draftPage)
    }

    Component {
        id: draftPage
        DraftPage {
            desk: window.services.desk
            onEditWanted: dateId => dateEditDialog.openFor(dateId)
            onBrochureWanted: programmeStack.push(brochureTablePage)
            onSaved: message => window.showSaved(message)
        }
    }

    Component {
        id: brochureTablePage
        BrochureTablePage {
            desk: window.services.desk
            onTaken: {
                programmeStack.pop()
                window.showSaved(qsTr("Taken into the draft. Check it, then publish it."))
            }
        }
    }

    DateEditDialog {
        id: dateEditDialog
        objectName: "dateEditDialog"
        desk: window.services.desk
        onSaved: window.showSaved(qsTr("Saved in the draft."))
    }

    Component {
        id: contactPage
        ContactPage {
            contacts: window.services.contacts
            contactsExport: window.services.contactsExport
            organiser: window.services.settings.organiser
            onSaved: message => window.showSaved(message)
            onEditWanted: contactId => contactEditDialog.openFor(contactId)
        }
    }

    ContactEditDialog {
        id: contactEditDialog
        objectName: "contactEditDialog"
        desk: window.services.contactDesk
        onSaved: window.showSaved(qsTr("Saved. Everyone sees it after the next connection."))
    }

    SavedNotice {
        id: savedNotice
        objectName: "savedNotice"
    }

    Dialog {
        id: privacyDialog
        objectName: "privacyDialog"
        parent: Overlay.overlay
        anchors.centerIn: parent
        width: Math.min(parent.width - 2 * Theme.margin, 520)
        height: Math.min(implicitHeight, parent.height - 2 * Theme.margin)
        modal: true
        focus: true
        closePolicy: Popup.NoAutoClose
        //: Title of the privacy notice shown at first start
        title: qsTr("Privacy")
        header: DialogHeading { text: privacyDialog.title }
        // Read as seen: the title, the notice, then its button (Qt 6.4 puts the button first).
        onAboutToShow: {
            ReadingOrder.placeBefore(contentItem, footer)
            ReadingOrder.placeBefore(header, contentItem)
        }
        contentItem: ScrollView {
            contentWidth: availableWidth
            PrivacyNotice {
                width: parent ? parent.width : 0
                server: window.services.sync.signedIn ? window.services.sync.server : ""
            }
        }
        footer: RowLayout {
            Item { Layout.fillWidth: true }
            WrappingButton {
                Layout.rightMargin: Theme.margin
                Layout.bottomMargin: Theme.smallSpacing
                flat: true
                //: Button: the privacy notice was read
                text: qsTr("Understood")
                onClicked: privacyDialog.accept()
            }
        }
        onAccepted: {
            window.services.settings.privacyNoticeSeen = true
            window.askSharing()
        }
    }

    // Asked once; the answer can be changed in the settings at any time.
    ConfirmDialog {
        id: sharingDialog
        objectName: "sharingDialog"
        closePolicy: Popup.NoAutoClose
        //: Title: may others see the person's phone and e-mail
        title: qsTr("Show your phone and e-mail?")
        text: qsTr("May the other participants of the programme see your phone number and e-mail address? The organisers always see them. You can change this in the settings at any time.")
        //: Button: others may see phone and e-mail
        confirmText: qsTr("Show them")
        rejectText: qsTr("Do not show")
        confirmColor: Material.accentColor
        onAccepted: window.answerSharing(true)
        onRejected: window.answerSharing(false)
    }

    function answerSharing(shown: bool) {
        const profile = window.services.profile
        const problem = profile.saveDetails(profile.phone, profile.email, shown, shown)
        if (problem.length > 0) {
            window.showSaved(problem)
            return
        }
        window.services.settings.sharingAsked = true
        window.showSaved(shown ? qsTr("Others can see your phone and e-mail.")
                               : qsTr("Only the organisers see your phone and e-mail."))
    }
}
