#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""The app as a screen reader meets it: through the real accessibility bus (AT-SPI, read with
Debian's python3-pyatspi, as Orca reads it). On every page, at phone and desktop size, as a
participant and as an organiser: every control has a name and an action that does what a tap
does, pages have headings, what is read comes in the order it stands on screen, and after
moving to a page its title has the focus. A task is then done by actions alone.

Usage: atspi_walk.py APP   (inside a D-Bus session with the accessibility bus, under X)"""
import os
import subprocess
import sys
import tempfile
import time

import pyatspi

APP = sys.argv[1]
NOW = "2026-11-26T11:30:00+01:00"  # during module 2, day 1
CONTROLS = {"push button", "toggle button", "check box", "radio button", "page tab",
            "list item", "combo box", "menu item", "text", "password text", "spin button"}
ACTIONABLE = {"push button": ("Press",), "toggle button": ("Toggle", "Press"),
              "check box": ("Toggle",), "radio button": ("Press", "Toggle"),
              "page tab": ("Press",), "list item": ("Press",), "menu item": ("Press",)}
failures = []


def fail(where, message):
    failures.append(f"{where}: {message}")
    print(f"FAIL {where}: {message}", flush=True)


def nodes(node):
    yield node
    for i in range(node.childCount):
        child = node.getChildAtIndex(i)
        if child is not None:
            yield from nodes(child)


def showing(node):
    return node.getState().contains(pyatspi.STATE_SHOWING)


def role(node):
    return node.getRoleName()


def actions(node):
    try:
        action = node.queryAction()
    except NotImplementedError:
        return {}
    return {action.getName(i): i for i in range(action.nActions)}


def extents(node):
    try:
        box = node.queryComponent().getExtents(pyatspi.DESKTOP_COORDS)
        return box.x, box.y, box.width, box.height
    except NotImplementedError:
        return None


def visible_nodes(root):
    return [n for n in nodes(root) if showing(n)]


def wait_for(condition, what, seconds=5.0):
    deadline = time.time() + seconds
    while time.time() < deadline:
        result = condition()
        if result:
            return result
        time.sleep(0.1)
    raise AssertionError(f"timed out waiting for {what}")


def find(root, role_name=None, name=None, starts=None):
    for n in visible_nodes(root):
        if role_name and role(n) != role_name:
            continue
        if name is not None and n.name != name:
            continue
        if starts is not None and not n.name.startswith(starts):
            continue
        return n
    return None


def wait_find(root, role_name=None, name=None, starts=None):
    return wait_for(lambda: find(root, role_name, name, starts),
                    f"{role_name} {name or starts!r}")


class Session:
    """One run of the app, found on the accessibility bus by its process."""

    def __init__(self, size, organiser=False):
        self.label = ("organiser" if organiser else "participant") + " " + size
        self.data = tempfile.mkdtemp()
        arguments = [APP, "--data-dir", self.data, "--demo", "--now", NOW, "--language", "de",
                     "--size", size] + (["--organiser"] if organiser else [])
        environment = dict(os.environ, QT_LINUX_ACCESSIBILITY_ALWAYS_ON="1", TZ="Europe/Berlin")
        self.process = subprocess.Popen(arguments, env=environment)
        self.actions = 0

        def app():
            desktop = pyatspi.Registry.getDesktop(0)
            for i in range(desktop.childCount):
                candidate = desktop.getChildAtIndex(i)
                if candidate is not None and candidate.get_process_id() == self.process.pid:
                    return candidate
            return None
        self.app = wait_for(app, "the app on the accessibility bus", 20)
        self.window = wait_for(lambda: find(self.app, "frame"), "the window")

    def close(self):
        self.process.terminate()
        self.process.wait(10)

    def do(self, node, action):
        names = actions(node)
        if action not in names:
            raise AssertionError(f"{role(node)} {node.name!r} offers no {action}: {list(names)}")
        self.actions += 1
        node.queryAction().doAction(names[action])
        time.sleep(0.3)

    def open_section(self, name):
        """A section, from the tabs at a phone's foot or the navigation at a desktop's side."""
        entry = wait_for(lambda: find(self.window, "page tab", name)
                         or find(self.window, "list item", name), f"the section {name}")
        self.do(entry, "Press")

    def title(self):
        bar = find(self.window, "tool bar")
        heading = find(bar, "heading")
        return heading.name if heading else ""

    def focused(self):
        """What has the focus: the innermost focused node (its ancestors say so too)."""
        found = None
        for n in nodes(self.window):
            if n.getState().contains(pyatspi.STATE_FOCUSED):
                found = n
        return found

    def page(self):
        """The shown page, or the open dialog."""
        dialog = find(self.window, "dialog")
        return dialog if dialog is not None else self.window

    def check(self, view, headings=1):
        """Names, actions, headings and reading order of everything shown."""
        where = f"{self.label} · {view}"
        root = self.page()
        shown = visible_nodes(root)
        for n in shown:
            r = role(n)
            if r in CONTROLS and not n.name.strip():
                fail(where, f"a {r} without a name")
            # A page (Qt calls it a page tab) is not a tab of the navigation.
            if r == "page tab" and n.parent is not None \
                    and role(n.parent) != "page tab list":
                continue
            wanted = ACTIONABLE.get(r)
            if wanted and n.getState().contains(pyatspi.STATE_ENABLED) \
                    and not any(a in actions(n) for a in wanted):
                fail(where, f"{r} {n.name!r} offers none of {wanted}")
            if r == "combo box" and n.getState().contains(pyatspi.STATE_EDITABLE):
                fail(where, f"combo box {n.name!r} claims to be editable")
        bar = find(self.window, "tool bar")
        own = [n for n in shown if role(n) == "heading"
               and (bar is None or root is not self.window or n not in visible_nodes(bar))]
        if len(own) < headings:
            fail(where, f"{len(own)} heading(s) on the page, {headings} wanted")
        # Reading order: nothing is read before something that stands wholly above it.
        for parent in shown:
            previous = None
            for i in range(parent.childCount):
                child = parent.getChildAtIndex(i)
                if child is None or not showing(child):
                    continue
                # Scroll bars and unnamed fillers are not read.
                if role(child) in ("scroll bar", "unknown", "filler") and not child.name:
                    continue
                box = extents(child)
                if box is None or box[2] <= 0 or box[3] <= 0:
                    continue
                if previous is not None and box[1] + box[3] <= previous[1][1]:
                    fail(where, f"{role(child)} {child.name!r} is read after "
                                f"{role(previous[0])} {previous[0].name!r}, which stands below it")
                previous = (child, box)

    def expect_focus_on_title(self, view):
        where = f"{self.label} · {view}"
        title = self.title()
        try:
            wait_for(lambda: (f := self.focused()) is not None and role(f) == "heading"
                     and f.name == title, "the focus on the title", 3)
        except AssertionError:
            f = self.focused()
            fail(where, f"after moving, the focus is on "
                        f"{role(f) + ' ' + repr(f.name) if f else 'nothing'}, not the title {title!r}")


def read_privacy_notice(s):
    """The notice every first start shows, read and closed by actions."""
    dialog = wait_find(s.window, "dialog", "Datenschutz")
    s.check("privacy notice")
    s.do(wait_find(dialog, "push button", "Verstanden"), "Press")
    wait_for(lambda: find(s.window, "dialog") is None, "the notice to close")


def walk_participant(size):
    s = Session(size)
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

        # A task by actions alone: a step marked done, a reminder switched on; what is shown
        # afterwards is read back from what was stored.
        s.open_section("Projekt")

        def done():
            for n in visible_nodes(s.window):
                if role(n) == "label" and " von " in n.name and "erledigt" in n.name:
                    return int(n.name.split()[0])
            return None
        before = wait_for(lambda: done() is not None, "how many steps are done") and done()
        box = next(n for n in visible_nodes(s.window) if role(n) == "check box"
                   and n.name.startswith("Erledigt:")
                   and not n.getState().contains(pyatspi.STATE_CHECKED))
        s.do(box, "Toggle")
        wait_for(lambda: done() == before + 1, f"one step more counted as done ({before} before)")
        s.open_section("Programm")
        s.do(wait_find(s.window, "list item", starts="3. Präsenzmodul, 1. Tag"), "Press")
        remind = wait_find(s.window, "check box", "An diesen Termin erinnern")
        was = remind.getState().contains(pyatspi.STATE_CHECKED)
        s.do(remind, "Toggle")
        s.do(wait_find(s.window, "push button", "Zurück"), "Press")
        s.do(wait_find(s.window, "list item", starts="3. Präsenzmodul, 1. Tag"), "Press")
        remind = wait_find(s.window, "check box", "An diesen Termin erinnern")
        if remind.getState().contains(pyatspi.STATE_CHECKED) == was:
            fail(s.label, "the reminder switched through Toggle was not kept")
    finally:
        s.close()


def walk_organiser(size):
    s = Session(size, organiser=True)
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
        for tab, view in (("Kontakte", "Kontakte"), ("Projekte", "Alle Projekte")):
            s.open_section(tab)
            wait_for(lambda: s.title() == view, f"{view} (the title reads {s.title()!r})")
            s.expect_focus_on_title(view)
            s.check(view)
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
