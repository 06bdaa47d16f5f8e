#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""A participant's tasks, done in the real window with the pointer and the keyboard (xdotool)
as a person does them, against a real server; what is on screen is found and checked through
the accessibility bus. Each task's actions are counted (a tap, a typed text, a key, a swipe)
and printed as the table the README shows; joining takes at most 2 actions after opening the
invitation, marking a step done 1.

Usage: task_walk.py APP SERVER QR_PICTURE PROGRAMME_FILE

Also read as a screen reader reads them: the pages an organiser needs the server for."""
import os
import socket
import subprocess
import sys
import tempfile

import pyatspi

from session import Hands, Session, failures, find, role, visible_nodes, wait_find, wait_for

APP, SERVER, QR_PICTURE, PROGRAMME = sys.argv[1:5]
results = []  # (task, size, actions)


class Server:
    """ews-server on 127.0.0.1 with a fresh store, the programme and one municipality."""

    def __init__(self):
        self.data = tempfile.mkdtemp()
        with socket.socket() as probe:
            probe.bind(("127.0.0.1", 0))
            self.port = probe.getsockname()[1]
        self.common = [SERVER, "--data-dir", self.data, "--listen", f"127.0.0.1:{self.port}"]
        self.command("import-programme", PROGRAMME)
        self.town = self.command("add-municipality", "Musterstadt").splitlines()[0].strip()
        self.process = subprocess.Popen(self.common + ["serve"], stdout=subprocess.PIPE,
                                        stderr=subprocess.STDOUT, text=True)
        for line in self.process.stdout:
            if line.startswith("Serving "):
                break

    def command(self, *arguments):
        return subprocess.run(self.common + list(arguments), check=True, capture_output=True,
                              text=True).stdout

    def invite(self, name):
        said = self.command("invite-participant", self.town, name)
        return next(line.split(": ", 1)[1].strip() for line in said.splitlines()
                    if line.startswith("Link for the app: "))

    def close(self):
        self.process.terminate()
        self.process.wait(10)


def record(task, size, hands, before):
    results.append((task, size, hands.count - before))
    print(f"{task} ({size}): {hands.count - before} action(s)", flush=True)


def section(s, name):
    """A section's entry: a tab at a phone's foot, the navigation at a desktop's side."""
    return wait_for(lambda: find(s.window, "page tab", name) or find(s.window, "list item", name),
                    f"the section {name}")


def choice(s, name):
    """An entry of an open choice box's list."""
    return wait_for(lambda: find(s.window, "list item", name) or find(s.window, "menu item", name),
                    f"the choice {name}")


def signed_in(s):
    mark = find(s.window, "push button", starts="Alles übertragen")
    return mark is not None


def join_from_link(server, size):
    """Opening the invitation link starts the app with it; then the privacy notice and the
    question about phone and e-mail are all that is asked."""
    hands = Hands()
    s = Session(APP, size, demo=False, extra=[server.invite("Jonas Berg")])
    try:
        hands.tap(wait_find(s.window, "push button", "Verstanden"))
        # Asked once signed in: whether others see phone and e-mail.
        sharing = wait_for(lambda: find(s.window, "push button", "Nicht zeigen"),
                           "the question about phone and e-mail", 30)
        s.check("the question about phone and e-mail")
        hands.tap(sharing)
        wait_for(lambda: signed_in(s), "signed in and synced", 30)
    except BaseException:
        s.close()
        raise
    record("Join from the invitation link", size, hands, 0)
    return s, hands


def join_from_picture(server, size, folder):
    """The letter's QR code, photographed: Settings, "QR-Code aus einem Bild", the picture."""
    picture = os.path.join(folder, "einladung.png")
    subprocess.run([QR_PICTURE, server.invite("Lea Sommer"), picture], check=True)
    hands = Hands()
    s = Session(APP, size, demo=False)
    try:
        join_with_picture(s, hands, picture)
    finally:
        s.close()
    record("Join from a picture of the QR code", size, hands, 0)


def join_with_picture(s, hands, picture):
    hands.tap(wait_find(s.window, "push button", "Verstanden"))
    hands.tap(section(s, "Einstellungen"))
    button = wait_find(s.window, "push button", "QR-Code aus einem Bild")
    hands.scroll_to(s.window, button)
    hands.tap(button)
    wait_find(s.window, "dialog", "Bild der Einladung")
    # Where the picture is, typed: Ctrl+L opens the address line of Qt's own file dialog (a
    # phone's or a desktop's own dialog is used where there is one).
    hands.key("ctrl+l")
    hands.type(picture)
    hands.key("Return")
    hands.tap(wait_for(lambda: find(s.window, "push button", "Nicht zeigen"),
                       "the question about phone and e-mail", 30))
    wait_for(lambda: signed_in(s), "signed in and synced", 30)


def everyday_tasks(s, hands, size):
    # Each size's person writes their own (both are participants of one municipality).
    title = "Plakate drucken lassen" if size == "390x844" else "Raum reservieren"
    entry = "Mit dem Seniorenbeirat gesprochen" if size == "390x844" else "Mit der Presse gesprochen"
    # A step due at the next module (chosen already), then marked done with one tap.
    before = hands.count
    hands.tap(section(s, "Projekt"))
    hands.tap(wait_find(s.window, "push button", "Schritt hinzufügen"))
    dialog = wait_find(s.window, "dialog")
    wait_for(lambda: wait_find(dialog, "text", "Titel des Schritts").getState()
             .contains(pyatspi.STATE_FOCUSED), "the title field ready for typing")
    hands.type(title)
    hands.tap(wait_find(dialog, "push button", "Speichern"))
    step = wait_find(s.window, "check box", f"Erledigt: {title}")
    record("Add a step due at the next module", size, hands, before)
    before = hands.count
    hands.tap(step)
    wait_for(lambda: wait_find(s.window, "check box", f"Erledigt: {title}")
             .getState().contains(pyatspi.STATE_CHECKED), "the step marked done")
    record("Mark the step done", size, hands, before)

    # A log entry written, then corrected by its writer.
    before = hands.count
    button = wait_find(s.window, "push button", "Eintrag schreiben")
    hands.scroll_to(s.window, button)
    hands.tap(button)
    dialog = wait_find(s.window, "dialog")
    wait_for(lambda: wait_find(dialog, "text", "Was ist passiert?").getState()
             .contains(pyatspi.STATE_FOCUSED), "the text field ready for typing")
    hands.type(entry)
    hands.tap(wait_find(dialog, "push button", "Speichern"))
    wait_for(lambda: find(s.window, "dialog") is None, "the entry saved")
    record("Write a log entry", size, hands, before)
    before = hands.count
    correct = wait_for(lambda: next((n for n in visible_nodes(s.window)
                                     if role(n) == "push button" and n.name.startswith("Eintrag vom")
                                     and n.name.endswith("korrigieren")), None),
                       "the button that corrects the entry")
    hands.scroll_to(s.window, correct)
    hands.tap(correct)
    dialog = wait_find(s.window, "dialog")
    wait_for(lambda: wait_find(dialog, "text", "Was ist passiert?").getState()
             .contains(pyatspi.STATE_FOCUSED), "the text field ready for typing")
    hands.type(" und mit dem Jugendrat")
    hands.tap(wait_find(dialog, "push button", "Speichern"))
    wait_find(s.window, "label", entry + " und mit dem Jugendrat")
    record("Correct the log entry", size, hands, before)

    # The route to the venue.
    before = hands.count
    hands.tap(section(s, "Programm"))
    hands.tap(wait_find(s.window, "push button", "Vor Ort: Anreise, Kosten, Mitbringen"))
    wait_find(s.window, "label", "Düsseldorfer Straße 1, 40545 Düsseldorf")
    wait_find(s.window, "push button", "Route planen")  # opens the route planner
    record("Find the route to the venue", size, hands, before)

    # What is new.
    before = hands.count
    hands.tap(wait_for(lambda: find(s.window, "push button", starts="Änderungen seit")
                       or find(s.window, "push button", starts="Nichts Neues"), "Neu"))
    wait_for(lambda: s.title() == "Was ist neu?", "what is new")
    record("See what is new", size, hands, before)

    # English and back.
    before = hands.count
    hands.tap(section(s, "Einstellungen"))
    hands.tap(wait_find(s.window, "combo box", "Sprache"))
    # The opened list is named like the box, as a screen reader says it.
    wait_find(s.window, "dialog", "Sprache")
    hands.tap(choice(s, "English"))
    wait_for(lambda: find(s.window, "combo box", "Language") is not None, "the app in English")
    hands.tap(wait_find(s.window, "combo box", "Language"))
    hands.tap(choice(s, "Deutsch"))
    wait_for(lambda: find(s.window, "combo box", "Sprache") is not None, "the app in German")
    record("Switch to English and back", size, hands, before)


def organiser_pages(server, size):
    """The pages an organiser needs the server for, read as a screen reader reads them: the
    invitations and devices, an invitation being made, the question before erasing someone."""
    said = server.command("invite-organiser",
                          "Nora Beispiel" if size == "390x844" else "Lina Beispiel")
    link = next(line.split(": ", 1)[1].strip() for line in said.splitlines()
                if line.startswith("Link for the app: "))
    s = Session(APP, size, demo=False, extra=[link])
    s.label = f"organiser with a server {size}"
    try:
        s.do(wait_find(s.window, "push button", "Verstanden"), "Press")
        wait_for(lambda: signed_in(s), "signed in and synced", 30)
        s.open_section("Kontakte")
        s.do(s.reach("push button", "Einladungen und Geräte"), "Press")
        wait_for(lambda: s.title() == "Einladungen und Geräte", "the invitations and devices")
        wait_for(lambda: find(s.window, "push button", "Daten löschen", anywhere=True),
                 "the people from the server", 15)
        s.expect_focus_on_title("Einladungen und Geräte")
        s.check("Einladungen und Geräte")
        for button in ("Jemanden einladen", "Kommune hinzufügen"):
            s.do(s.reach("push button", button), "Press")
            wait_find(s.window, "dialog")
            s.check(button)
            s.do(wait_find(s.page(), "push button", "Abbrechen"), "Press")
            wait_for(lambda: find(s.window, "dialog") is None, "the form to close")
        s.do(s.reach("push button", "Daten löschen"), "Press")
        wait_find(s.window, "dialog")
        s.check("Daten löschen")
        s.do(wait_find(s.page(), "push button", "Abbrechen"), "Press")
    finally:
        s.close()


def main():
    server = Server()
    folder = tempfile.mkdtemp()
    failed = False
    try:
        for size in ("390x844", "1280x800"):
            s, hands = join_from_link(server, size)
            try:
                everyday_tasks(s, hands, size)
            finally:
                s.close()
            join_from_picture(server, size, folder)
            organiser_pages(server, size)
    except AssertionError as problem:
        print(f"FAIL {problem}", flush=True)
        failed = True
    finally:
        server.close()
    print("\n| Task | Phone | Desktop |\n| --- | --- | --- |")
    tasks = []
    for task, _, _ in results:
        if task not in tasks:
            tasks.append(task)
    for task in tasks:
        counts = {size: n for t, size, n in results if t == task}
        print(f"| {task} | {counts.get('390x844', '–')} | {counts.get('1280x800', '–')} |")
    joins = [n for t, _, n in results if t == "Join from the invitation link"]
    done = [n for t, _, n in results if t == "Mark the step done"]
    if failed or failures or any(n > 2 for n in joins) or any(n != 1 for n in done):
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
