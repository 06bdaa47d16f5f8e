#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Start-up and memory of the EWS companion against KDE Kongress and ConfClerk.

Usage: measure.py --app EWS_COMPANION --firstframe FIRSTFRAME --programme PROGRAMME.json
                  --work FOLDER [--runs N]

All three run on one Xvfb (1280x1024, 24 bit, no window manager) with the EWS 7 programme
loaded: Kongress reads an iCalendar file of it through its cached conference list, ConfClerk
imports a pentabarf XML of it through its own dialog (driven with xdotool), and the EWS
companion has its data folder. Each gets one warm-up start (caches filled), then N measured
starts, taken in turns. Prints a Markdown table of medians and the ratios of the targets.
"""
import argparse
import json
import os
import shutil
import sqlite3
import statistics
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent


def start_xvfb():
    read_end, write_end = os.pipe()
    server = subprocess.Popen(
        ["Xvfb", "-displayfd", str(write_end), "-noreset", "-nolisten", "tcp",
         "-screen", "0", "1280x1024x24"],
        pass_fds=[write_end], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    os.close(write_end)
    with os.fdopen(read_end) as pipe:
        display = pipe.readline().strip()
    if not display:
        sys.exit("Xvfb did not start")
    return server, ":" + display


class App:
    def __init__(self, name, command, env, rendering):
        self.name, self.command, self.env, self.rendering = name, command, env, rendering
        self.samples = []  # (map_ms, first_paint_ms, shown_ms, rss_kib)
        self.size = ""

    def measure(self, firstframe, ppm=None):
        extra = ["--ppm", str(ppm)] if ppm else []
        for attempt in range(3):
            done = subprocess.run([firstframe] + extra + ["--"] + self.command, env=self.env,
                                  capture_output=True, text=True)
            if done.returncode == 0:
                values = done.stdout.split()
                self.size = f"{values[4]}×{values[5]}"
                return [float(v) for v in values[:4]]
            time.sleep(0.5)
        sys.exit(f"{self.name}: {done.stderr.strip()}")

    def backend(self):
        """What the scene graph says it renders with (QSG_INFO), for the table."""
        if self.rendering:
            return self.rendering
        env = dict(self.env, QSG_INFO="1")
        try:
            done = subprocess.run(self.command, env=env, capture_output=True, text=True, timeout=4)
            output = done.stderr
        except subprocess.TimeoutExpired as expired:
            output = (expired.stderr or b"").decode(errors="replace")
        if "Loading backend software" in output:
            return "Qt Quick software renderer (raster)"
        if "llvmpipe" in output:
            return "Qt Quick, OpenGL on Mesa llvmpipe"
        return "Qt Quick (backend not reported)"


def prepare_kongress(work, schedules, days):
    home = work / "kongress-home"
    shutil.rmtree(home, ignore_errors=True)
    (home / ".local/share/kongress").mkdir(parents=True)
    (home / ".config").mkdir(parents=True)
    conference = [{
        "id": "ews7", "name": "EWS 7",
        "description": "Entwicklungswerkstatt für kommunale Engagementstrategien 7",
        "icalUrl": (schedules / "ews7.ics").as_uri(), "days": days,
        "venueLatitude": 51.2277, "venueLongitude": 6.7735, "timeZoneId": "Europe/Berlin"}]
    (home / ".local/share/kongress/conference-data.json").write_text(json.dumps(conference))
    (home / ".config/kongressrc").write_text("[general]\ndefaultConferenceId=ews7\n")
    return home


def xdotool(env, *arguments):
    subprocess.run(["xdotool", *arguments], env=env, check=True, capture_output=True)


def prepare_confclerk(work, schedules, env):
    """Imports the pentabarf file through ConfClerk's own dialog, as a person would."""
    home = work / "confclerk-home"
    shutil.rmtree(home, ignore_errors=True)
    home.mkdir()
    env = dict(env, HOME=str(home))
    app = subprocess.Popen(["confclerk"], env=env, stdout=subprocess.DEVNULL,
                           stderr=subprocess.DEVNULL)
    try:
        xdotool(env, "search", "--sync", "--name", "^ConfClerk$")
        time.sleep(1)
        xdotool(env, "mousemove", "50", "10", "click", "1")  # the "Conferences" menu entry
        time.sleep(1)
        xdotool(env, "mousemove", "176", "107", "click", "1")  # its "+" button
        time.sleep(1)
        xdotool(env, "type", (schedules / "ews7-pentabarf.xml").as_uri())
        xdotool(env, "key", "Return")
        database = home / ".local/share/Toastfreeware/ConfClerk/ConfClerk.sqlite"
        for _ in range(50):
            time.sleep(0.2)
            if database.exists():
                with sqlite3.connect(database) as connection:
                    try:
                        if connection.execute("SELECT count(*) FROM event").fetchone()[0] > 0:
                            break
                    except sqlite3.Error:
                        pass
        else:
            sys.exit("ConfClerk did not import the schedule")
        time.sleep(0.5)
    finally:
        app.terminate()
        app.wait()
    return home


def median(values):
    return statistics.median(values)


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--app", required=True)
    parser.add_argument("--firstframe", required=True)
    parser.add_argument("--programme", required=True)
    parser.add_argument("--work", required=True, type=Path)
    parser.add_argument("--runs", type=int, default=5)
    options = parser.parse_args()

    work = options.work.resolve()
    work.mkdir(parents=True, exist_ok=True)
    xvfb, display = start_xvfb()
    try:
        schedules = work / "schedules"
        subprocess.run([sys.executable, HERE / "schedules.py", options.programme, schedules],
                       check=True, stdout=subprocess.DEVNULL)
        programme = json.loads(Path(options.programme).read_text(encoding="utf-8"))
        days = sorted({event["date"] for event in programme["events"]})
        base = dict(os.environ, DISPLAY=display, XDG_RUNTIME_DIR=str(work / "runtime"))
        (work / "runtime").mkdir(mode=0o700, exist_ok=True)
        kongress_home = prepare_kongress(work, schedules, days)
        confclerk_home = prepare_confclerk(work, schedules, base)
        data = work / "ews-data"
        shutil.rmtree(data, ignore_errors=True)
        ours = [options.app, "--data-dir", str(data)]
        apps = [
            App("EWS companion, phone size", ours + ["--size", "390x844"], base, None),
            App("EWS companion, desktop size", ours + ["--size", "1280x800"], base, None),
            App("KDE Kongress 1.0.1", ["kongress"], dict(base, HOME=str(kongress_home)), None),
            App("ConfClerk 0.7.1", ["confclerk"], dict(base, HOME=str(confclerk_home)),
                "Qt Widgets, raster (no scene graph)"),
        ]
        for app in apps:  # warm-up: the programme imported, QML and shader caches filled
            app.measure(options.firstframe, work / f"{apps.index(app)}-final.ppm")
        for _ in range(options.runs):
            for app in apps:
                app.samples.append(app.measure(options.firstframe))
        backends = [app.backend() for app in apps]
    finally:
        xvfb.terminate()
        xvfb.wait()

    print(f"Start-up on Xvfb 1280×1024, no window manager, the pointer in the corner; median of "
          f"{options.runs} starts after one warm-up.\n")
    print("| app | window | rendering | window mapped | first paint | programme shown "
          "| resident memory after 5 s |")
    print("| --- | --- | --- | --- | --- | --- | --- |")
    medians = {}
    for app, backend in zip(apps, backends):
        columns = list(zip(*app.samples))
        medians[app.name] = [median(column) for column in columns]
        mapped, painted, shown, rss = medians[app.name]
        print(f"| {app.name} | {app.size} | {backend} | {mapped:.0f} ms | {painted:.0f} ms "
              f"| {shown:.0f} ms | {rss / 1024:.1f} MB |")
    kongress = medians["KDE Kongress 1.0.1"]
    confclerk = medians["ConfClerk 0.7.1"]
    print("\n| target | measured | met |")
    print("| --- | --- | --- |")
    for app in apps[:2]:
        shown, rss = medians[app.name][2], medians[app.name][3]
        print(f"| {app.name}: programme shown ≤ ConfClerk's window mapped | {shown:.0f} ms vs "
              f"{confclerk[0]:.0f} ms | {'yes' if shown <= confclerk[0] else 'no'} |")
        print(f"| {app.name}: programme shown < 0.6 × Kongress's | {shown / kongress[2]:.2f}× "
              f"| {'yes' if shown < 0.6 * kongress[2] else 'no'} |")
        print(f"| {app.name}: memory < 0.6 × Kongress's | {rss / kongress[3]:.2f}× "
              f"| {'yes' if rss < 0.6 * kongress[3] else 'no'} |")
    print(f"\nWhat each showed at 5 s: {os.path.relpath(work)}/<n>-final.ppm (0 phone, 1 desktop, 2 Kongress, "
          "3 ConfClerk).")


if __name__ == "__main__":
    main()
