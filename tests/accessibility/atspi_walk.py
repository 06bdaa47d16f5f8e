#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""The app as a screen reader meets it: through the real accessibility bus (AT-SPI, read with
Debian's python3-pyatspi, as Orca reads it). On every page, at phone and desktop size, as a
participant and as an organiser: every control has a name and an action that does what a tap
does, pages have headings, what is read comes in the order it stands on screen, and after
moving to a page its title has the focus. A task is then done by actions alone.

Usage: atspi_walk.py APP   (inside a D-Bus session with the accessibility bus, under X)"""
import sys

import pyatspi

from session import (Session, fail, failures, find, page_nodes, role, showing, wait_find,
                     wait_for)

APP = sys.argv[1]


def read_privacy_notice(s):
    """The notice every first start shows, read and closed by actions."""
    dialog = wait_find(s.window, "dialog", "Datenschutz")
    s.check("privacy notice")
    s.do(wait_find(dialog, "push button", "Verstanden"), "Press")
    wait_for(lambda: find(s.window, "dialog") is None, "the notice to close")


def walk_participant(size):
    s = Session(APP, size)
    try:
        read_privacy_notice(s)
        s.check("Programm", headings=2)

        s.do(wait_find(s.window, "list item", starts="2. Präsenzmodul, 1. Tag"), "Press")
        wait_for(lambda: s.title() == "2. Präsenzmodul, 1. Tag", "the date's page")
        s.expect_focus_on_title("a date")
        s.check("a date", headings=2)
        s.do(wait_find(s.window, "push button", "Anreise, Kosten, Mitbringen"), "Press")
        wait_for(lambda: s.title() == "Vor Ort", "Vor Ort")
        s.expect_focus_on_title("Vor Ort")
        s.check("Vor Ort", headings=3)
        for _ in range(2):
            s.do(wait_find(s.window, "push button", "Zurück"), "Press")
        wait_for(lambda: s.title() == "Programm", "the programme again")

        for tab, view in (("Kontakte", "Kontakte"), ("Projekt", "Praxisprojekt"),
                          ("Einstellungen", "Einstellungen")):
            s.open_section(tab)
            wait_for(lambda: s.title() == view, f"{view} (the title reads {s.title()!r})")
            s.expect_focus_on_title(view)
            s.check(view)
        s.open_section("Kontakte")
        s.do(wait_find(s.window, "list item", starts="Alina"), "Press")
        wait_for(lambda: s.title() not in ("Kontakte", ""), "a contact's page")
        s.expect_focus_on_title("a contact")
        s.check("a contact")
        s.do(wait_find(s.window, "push button", "Suchen"), "Press")
        wait_for(lambda: s.title() == "Suchen", "the search")
        s.check("Suchen", headings=0)
        s.do(wait_find(s.window, "push button", starts="Änderungen seit"), "Press")
        wait_for(lambda: s.title() == "Was ist neu?", "what is new")
        s.expect_focus_on_title("Was ist neu?")
        s.check("Was ist neu?", headings=0)

        # The project's forms: a new step, a new entry (each left with "Abbrechen").
        s.open_section("Projekt")
        for button, view in (("Schritt hinzufügen", "new step"), ("Eintrag schreiben", "new entry")):
            # Below the fold: moving the focus to it scrolls it into view, as Orca does.
            opener = wait_find(s.window, "push button", button, anywhere=True)
            s.do(opener, "SetFocus")
            wait_for(lambda: showing(opener), f"{button} in view")
            s.do(opener, "Press")
            wait_find(s.window, "dialog")
            s.check(view)
            s.do(wait_find(s.page(), "push button", "Abbrechen"), "Press")
            wait_for(lambda: find(s.window, "dialog") is None, "the form to close")

        # Correcting one's own log entry.
        correct = wait_for(lambda: next((n for n in page_nodes(s.window) if role(n) == "push button"
                                         and n.name.startswith("Eintrag vom")
                                         and n.name.endswith("korrigieren")), None),
                           "a button that corrects one's own entry")
        s.do(correct, "SetFocus")
        wait_for(lambda: showing(correct), "the button in view")
        s.do(correct, "Press")
        wait_find(s.window, "dialog")
        s.check("correct an entry")
        s.do(wait_find(s.page(), "push button", "Abbrechen"), "Press")
        wait_for(lambda: find(s.window, "dialog") is None, "the form to close")

        # A task by actions alone: a step marked done, a reminder switched on; what is shown
        # afterwards is read back from what was stored.
        s.open_section("Projekt")

        def done():
            for n in page_nodes(s.window):
                if role(n) == "label" and " von " in n.name and "erledigt" in n.name:
                    return int(n.name.split()[0])
            return None
        before = wait_for(lambda: done() is not None, "how many steps are done") and done()
        box = next(n for n in page_nodes(s.window) if role(n) == "check box"
                   and n.name.startswith("Erledigt:")
                   and not n.getState().contains(pyatspi.STATE_CHECKED))
        s.do(box, "SetFocus")
        s.do(box, "Toggle")
        wait_for(lambda: done() == before + 1, f"one step more counted as done ({before} before)")
        s.open_section("Programm")
        s.do(s.reach("list item", starts="3. Präsenzmodul, 1. Tag"), "Press")
        remind = wait_find(s.window, "check box", "An diesen Termin erinnern")
        was = remind.getState().contains(pyatspi.STATE_CHECKED)
        s.do(remind, "Toggle")
        s.do(wait_find(s.window, "push button", "Zurück"), "Press")
        s.do(s.reach("list item", starts="3. Präsenzmodul, 1. Tag"), "Press")
        remind = wait_find(s.window, "check box", "An diesen Termin erinnern")
        if remind.getState().contains(pyatspi.STATE_CHECKED) == was:
            fail(s.label, "the reminder switched through Toggle was not kept")
    finally:
        s.close()


def walk_organiser(size):
    s = Session(APP, size, organiser=True)
    try:
        read_privacy_notice(s)
        s.check("Programm")
        s.do(wait_find(s.window, "push button", starts="Vor Ort"), "Press")
        wait_for(lambda: s.title() == "Vor Ort", "Vor Ort")
        change = wait_find(s.window, "push button", "Diese Angaben ändern")
        s.do(change, "SetFocus")  # as a screen reader's user moves to it, then presses it
        s.do(change, "Press")
        wait_find(s.window, "dialog")
        s.check("Angaben für vor Ort ändern")
        s.do(wait_find(s.page(), "push button", "Abbrechen"), "Press")
        wait_for(lambda: find(s.window, "dialog") is None, "the form to close")
        wait_for(lambda: (f := s.focused()) is not None and f.name == "Diese Angaben ändern",
                 "the focus back on the button that opened the form")
        s.do(wait_find(s.window, "push button", "Zurück"), "Press")
        for tab, view in (("Kontakte", "Kontakte"), ("Projekte", "Alle Projekte")):
            s.open_section(tab)
            wait_for(lambda: s.title() == view, f"{view} (the title reads {s.title()!r})")
            s.expect_focus_on_title(view)
            s.check(view)
        # A contact of the programme changed, a participant's name corrected.
        s.open_section("Kontakte")
        for person, button in (("Alina", "Kontakt ändern"), ("Erika", "Namen korrigieren")):
            s.do(s.reach("list item", starts=person), "Press")
            s.do(s.reach("push button", button), "Press")
            wait_find(s.window, "dialog")
            s.check(button)
            s.do(wait_find(s.page(), "push button", "Abbrechen"), "Press")
            wait_for(lambda: find(s.window, "dialog") is None, "the form to close")
            s.do(wait_find(s.window, "push button", "Zurück"), "Press")
        s.open_section("Projekte")
        # A municipality's project, and the organisers' comment on it.
        s.do(wait_find(s.window, "list item", starts="Musterkreis"), "Press")
        wait_for(lambda: s.title() not in ("Alle Projekte", ""), "the project's page")
        s.check("a project")
        s.do(wait_find(s.window, "push button", "Hinweis schreiben"), "Press")
        wait_find(s.window, "dialog")
        s.check("Hinweis schreiben")
        s.do(wait_find(s.page(), "push button", "Abbrechen"), "Press")
        wait_for(lambda: find(s.window, "dialog") is None, "the form to close")
        # The programme: a date's form, the draft, the announcements.
        s.open_section("Programm")
        s.do(s.reach("list item", starts="3. Präsenzmodul, 1. Tag"), "Press")
        s.do(wait_find(s.window, "push button", "Diesen Termin ändern"), "Press")
        wait_find(s.window, "dialog")
        s.check("Diesen Termin ändern")
        s.do(wait_find(s.page(), "push button", "Abbrechen"), "Press")
        wait_for(lambda: find(s.window, "dialog") is None, "the form to close")
        s.do(wait_find(s.window, "push button", "Zurück"), "Press")
        s.do(wait_find(s.window, "push button", "Programm ändern"), "Press")
        wait_for(lambda: s.title() == "Entwurf des Programms", "the draft")
        s.expect_focus_on_title("the draft")
        s.check("Entwurf des Programms", headings=0)
        s.do(s.reach("push button", "Termine aus der Broschüre"), "Press")
        wait_for(lambda: s.title() not in ("Entwurf des Programms", ""), "the brochure's table")
        s.expect_focus_on_title("the brochure's table")
        s.check("Termine aus der Broschüre", headings=0)
        s.do(wait_for(lambda: find(s.window, "push button", starts="Nichts Neues")
                      or find(s.window, "push button", starts="Änderungen seit"), "Neu"), "Press")
        s.do(wait_find(s.window, "push button", "Mitteilung schreiben"), "Press")
        wait_for(lambda: s.title() == "Mitteilungen", "the announcements")
        s.expect_focus_on_title("Mitteilungen")
        s.check("Mitteilungen", headings=0)
    finally:
        s.close()


def main():
    for size in ("390x844", "1280x800"):
        walk_participant(size)
        walk_organiser(size)
    if failures:
        print(f"\n{len(failures)} problem(s) a screen reader's user meets", flush=True)
        return 1
    print("Every page read and used through the accessibility bus.", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
