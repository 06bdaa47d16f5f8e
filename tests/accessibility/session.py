# SPDX-License-Identifier: GPL-3.0-or-later
"""The app on the accessibility bus (AT-SPI, read with Debian's python3-pyatspi): found by its
process, its controls found by role and name, used by the actions a screen reader uses, and
checked as a screen reader's user meets them. Shared by the accessibility walk and the task walk."""
import os
import subprocess
import tempfile
import time

import pyatspi

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


def page_nodes(window):
    """Everything the pages shown hold, also what is further down, outside the window (a page
    is what Qt calls a page tab, outside the tabs of the navigation)."""
    pages = [n for n in visible_nodes(window) if role(n) == "page tab"
             and n.parent is not None and role(n.parent) != "page tab list"]
    return [n for page in pages for n in nodes(page)]


def find(root, role_name=None, name=None, starts=None, anywhere=False):
    """The first node of that role and name; only what is in view unless @p anywhere (then
    also what the page shown has further down, outside the window)."""
    if anywhere:
        candidates = page_nodes(root)
    else:
        candidates = visible_nodes(root)
    for n in candidates:
        if role_name and role(n) != role_name:
            continue
        if name is not None and n.name != name:
            continue
        if starts is not None and not n.name.startswith(starts):
            continue
        return n
    return None


def wait_find(root, role_name=None, name=None, starts=None, anywhere=False):
    return wait_for(lambda: find(root, role_name, name, starts, anywhere),
                    f"{role_name} {name or starts!r}")


class Session:
    """One run of the app, found on the accessibility bus by its process."""

    def __init__(self, app, size, organiser=False, demo=True, extra=()):
        self.label = ("organiser" if organiser else "participant") + " " + size
        self.data = tempfile.mkdtemp()
        arguments = [app, "--data-dir", self.data, "--language", "de", "--size", size] \
            + (["--demo", "--now", NOW] if demo else []) \
            + (["--organiser"] if organiser else []) + list(extra)
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
        try:
            self.app = wait_for(app, "the app on the accessibility bus", 20)
            self.window = wait_for(lambda: find(self.app, "frame"), "the window")
        except BaseException:
            self.close()
            raise

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

    def reach(self, role_name, name=None, starts=None):
        """A control wherever it is on the page, brought into view as a screen reader's user
        brings it there: by moving the focus to it."""
        node = wait_find(self.window, role_name, name, starts, anywhere=True)
        if not showing(node) or extents(node) is None:
            self.do(node, "SetFocus")
            wait_for(lambda: showing(node), f"{role_name} {name or starts!r} in view")
        return node

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
        # Reading order: nothing is read after something that stands wholly below it.
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
                # (Side by side, as columns, they are read one column after the other.)
                if previous is not None and box[1] + box[3] <= previous[1][1] \
                        and box[0] < previous[1][0] + previous[1][2] \
                        and previous[1][0] < box[0] + box[2]:
                    fail(where, f"{role(child)} {child.name!r} is read after "
                                f"{role(previous[0])} {previous[0].name!r}, which stands below it"
                                f" ({box} after {previous[1]})")
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




class Hands:
    """A person's pointer and keyboard on the real window (xdotool on the X display), each use
    counted: a tap, a typed text, a key, a scroll."""

    def __init__(self):
        self.count = 0

    def _xdotool(self, *arguments):
        subprocess.run(["xdotool", *arguments], check=True)
        time.sleep(0.4)

    def tap(self, node):
        box = extents(node)
        if box is None:
            raise AssertionError(f"{role(node)} {node.name!r} has no place on screen")
        x, y, width, height = box
        self.count += 1
        self._xdotool("mousemove", "--sync", str(x + width // 2), str(y + height // 2),
                      "click", "1")

    def type(self, text):
        self.count += 1
        self._xdotool("type", "--delay", "30", text)

    def key(self, *names):
        self.count += 1
        self._xdotool("key", *names)

    def scroll_to(self, window, node, down=True):
        """One swipe: the wheel turned over the window until @p node is in view."""
        self.count += 1
        x, y, width, height = extents(window)
        subprocess.run(["xdotool", "mousemove", str(x + width // 2), str(y + height // 2)],
                       check=True)
        for _ in range(40):
            box = extents(node)
            if box and showing(node) and box[1] >= y + 50 and box[1] + box[3] <= y + height - 70:
                return
            subprocess.run(["xdotool", "click", "5" if down else "4"], check=True)
            time.sleep(0.1)
        raise AssertionError(f"{role(node)} {node.name!r} does not come into view")
