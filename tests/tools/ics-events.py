#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Reads an iCalendar file with python3-icalendar (an independent parser, Debian's package) and
prints its events as JSON, one object per event: uid, start and end as UTC instants (ISO 8601;
dates for all-day events), summary, location, description, url, status and sequence.

Times with a TZID are resolved through the VTIMEZONE the file itself carries, not through the
system's zone database: the file must be right on its own. Exits non-zero, with the parser's
message, on anything it cannot read, and on a TZID the file does not define.

Usage: ics-events.py FILE.ics
"""
import datetime
import json
import sys

import icalendar


def main():
    if len(sys.argv) != 2:
        sys.exit(__doc__)
    with open(sys.argv[1], "rb") as source:
        calendar = icalendar.Calendar.from_ical(source.read())
    zones = {str(zone["TZID"]): zone.to_tz() for zone in calendar.walk("VTIMEZONE")}

    def instant(prop):
        value = prop.dt
        if not isinstance(value, datetime.datetime):
            return value.isoformat()  # a date: all day
        zone = prop.params.get("TZID")
        if zone is not None:
            if zone not in zones:
                sys.exit(f"TZID {zone} is not defined in the file")
            value = zones[zone].localize(value.replace(tzinfo=None))
        return value.astimezone(datetime.timezone.utc).isoformat()

    events = []
    for event in calendar.walk("VEVENT"):
        events.append({
            "uid": str(event["UID"]),
            "start": instant(event["DTSTART"]),
            "end": instant(event["DTEND"]),
            "summary": str(event.get("SUMMARY", "")),
            "location": str(event.get("LOCATION", "")),
            "description": str(event.get("DESCRIPTION", "")),
            "url": str(event.get("URL", "")),
            "status": str(event.get("STATUS", "")),
            "sequence": int(event.get("SEQUENCE", 0)),
        })
    json.dump({"name": str(calendar.get("X-WR-CALNAME", "")), "events": events}, sys.stdout,
              ensure_ascii=False)


if __name__ == "__main__":
    main()
