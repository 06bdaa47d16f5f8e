#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""The EWS 7 programme in the formats the two apps we compare with read.

Usage: schedules.py PROGRAMME.json FOLDER
Writes FOLDER/ews7.ics (iCalendar, for KDE Kongress) and FOLDER/ews7-pentabarf.xml (the
pentabarf schedule ConfClerk imports), from the same programme file the EWS companion ships.
"""
import json
import sys
from datetime import date, datetime
from pathlib import Path
from xml.sax.saxutils import escape

VTIMEZONE = """BEGIN:VTIMEZONE
TZID:Europe/Berlin
BEGIN:DAYLIGHT
TZOFFSETFROM:+0100
TZOFFSETTO:+0200
TZNAME:CEST
DTSTART:19700329T020000
RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU
END:DAYLIGHT
BEGIN:STANDARD
TZOFFSETFROM:+0200
TZOFFSETTO:+0100
TZNAME:CET
DTSTART:19701025T030000
RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU
END:STANDARD
END:VTIMEZONE"""


def ics_text(value):
    return value.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")


def place_names(programme):
    return {place["id"]: place["name"]["de"] for place in programme["places"]}


def write_ics(programme, path):
    places = place_names(programme)
    lines = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//EWS companion//bench//DE",
             "X-WR-CALNAME:EWS 7"] + VTIMEZONE.split("\n")
    for event in programme["events"]:
        day = event["date"].replace("-", "")
        lines += ["BEGIN:VEVENT", f"UID:{event['id']}@ews-companion",
                  "DTSTAMP:20260101T000000Z", f"SUMMARY:{ics_text(event['title']['de'])}"]
        if "start" in event:
            lines.append(f"DTSTART;TZID=Europe/Berlin:{day}T{event['start'].replace(':', '')}00")
            lines.append(f"DTEND;TZID=Europe/Berlin:{day}T{event['end'].replace(':', '')}00")
        else:
            lines.append(f"DTSTART;VALUE=DATE:{day}")
        if event.get("place"):
            lines.append(f"LOCATION:{ics_text(places[event['place']])}")
        if event.get("note"):
            lines.append(f"DESCRIPTION:{ics_text(event['note']['de'])}")
        lines.append("END:VEVENT")
    lines.append("END:VCALENDAR")
    path.write_text("\r\n".join(lines) + "\r\n", encoding="utf-8")


def write_pentabarf(programme, path):
    places = place_names(programme)
    modules = {module["number"]: module["title"]["de"] for module in programme["modules"]}
    events = sorted(programme["events"], key=lambda e: (e["date"], e.get("start", "00:00")))
    days = sorted({event["date"] for event in events})
    out = ['<?xml version="1.0" encoding="UTF-8"?>', "<schedule>", "  <conference>",
           f"    <title>{escape(programme['programme']['title']['de'])}</title>",
           "    <subtitle/>", "    <venue>DJH Jugendherberge Düsseldorf</venue>",
           "    <city>Düsseldorf</city>", f"    <start>{days[0]}</start>",
           f"    <end>{days[-1]}</end>", f"    <days>{len(days)}</days>",
           "    <day_change>00:00</day_change>", "    <timeslot_duration>00:15</timeslot_duration>",
           "  </conference>"]
    number = 0
    for index, day in enumerate(days, start=1):
        out.append(f'  <day index="{index}" date="{day}">')
        for event in (e for e in events if e["date"] == day):
            number += 1
            room = escape(places.get(event.get("place"), "Digital"))
            start = event.get("start", "00:00")
            end = event.get("end", "23:59")
            minutes = (datetime.strptime(end, "%H:%M") - datetime.strptime(start, "%H:%M")).seconds // 60
            out += [f'    <room name="{room}">', f'      <event id="{number}">',
                    f"        <start>{start}</start>",
                    f"        <duration>{minutes // 60:02d}:{minutes % 60:02d}</duration>",
                    f"        <room>{room}</room>", f"        <slug>{event['id']}</slug>",
                    f"        <title>{escape(event['title']['de'])}</title>", "        <subtitle/>",
                    f"        <track>{escape(modules.get(event.get('module'), ''))}</track>",
                    f"        <type>{event['kind']}</type>", "        <language>de</language>",
                    f"        <abstract>{escape(event.get('note', {}).get('de', ''))}</abstract>",
                    "        <description/>", "        <persons/>", "        <links/>",
                    "      </event>", "    </room>"]
        out.append("  </day>")
    out.append("</schedule>")
    path.write_text("\n".join(out) + "\n", encoding="utf-8")


def main():
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    programme = json.loads(Path(sys.argv[1]).read_text(encoding="utf-8"))
    folder = Path(sys.argv[2])
    folder.mkdir(parents=True, exist_ok=True)
    write_ics(programme, folder / "ews7.ics")
    write_pentabarf(programme, folder / "ews7-pentabarf.xml")
    first = date.fromisoformat(min(e["date"] for e in programme["events"]))
    print(f"Wrote {len(programme['events'])} dates from {first} on.")


if __name__ == "__main__":
    main()
