#!/usr/bin/env python3
"""Checks a built bundle's Atom feeds with feedparser and its calendar files
with icalendar, the libraries that feed readers and calendar tools build on.

    check_feeds.py DIST...

Every *.xml (and *.atom) file whose root element is an Atom <feed> is
parsed by feedparser. It fails when feedparser sets `bozo` (the feed is not
well-formed, or mis-declares its encoding), when it is not Atom 1.0, when the
feed lacks id/title/updated, when it has no entries, or when an entry lacks
id/title/link/updated. Other XML files (the sitemap) are named and checked
to be well-formed XML only.

Every *.ics file is parsed by icalendar. It fails when icalendar cannot parse
it or records an error on any component or property, when the calendar
lacks VERSION/PRODID or has no VEVENT, or when a VEVENT lacks
UID/DTSTAMP/DTSTART/SUMMARY.

The .br/.gz copies beside each file are not read. Prints one line per
problem (FILE: message), a summary per bundle, and exits 1 on any problem.
"""

import os
import sys
import xml.etree.ElementTree as ET

import feedparser
import icalendar

ATOM_NS = "http://www.w3.org/2005/Atom"
ATOM_FEED = "{" + ATOM_NS + "}feed"
FEED_KEYS = ("id", "title", "updated")
ENTRY_KEYS = ("id", "title", "link", "updated")
CALENDAR_KEYS = ("VERSION", "PRODID")
EVENT_KEYS = ("UID", "DTSTAMP", "DTSTART", "SUMMARY")


def bundle_files(dist, suffixes):
    """Every file under dist ending in one of suffixes, sorted."""
    found = []
    for folder, dirs, files in os.walk(dist):
        dirs.sort()
        for name in sorted(files):
            if name.endswith(suffixes):
                found.append(os.path.join(folder, name))
    return found


def has(d, key):
    """Whether the feed itself carries key. Not d.get(key): feedparser
    answers a missing `updated` with `published`, and a missing `link`
    with an id that looks like a URL."""
    if key == "link":
        return any(link.get("href") for link in dict.get(d, "links", []))
    return bool(dict.get(d, key))


def check_feed(path, data, problems):
    """Returns the number of entries; appends problems."""
    d = feedparser.parse(data)
    if d.bozo:
        problems.append(f"{path}: feedparser: not a well-formed feed: {d.bozo_exception}")
    if d.version != "atom10":
        problems.append(f"{path}: feedparser: expected Atom 1.0, found {d.version or 'an unknown format'!r}")
    for key in FEED_KEYS:
        if not has(d.feed, key):
            problems.append(f"{path}: feed has no {key}")
    if not d.entries:
        problems.append(f"{path}: feed has no entries")
    for i, entry in enumerate(d.entries, 1):
        missing = [key for key in ENTRY_KEYS if not has(entry, key)]
        if missing:
            name = dict.get(entry, "id") or dict.get(entry, "title") or "no id"
            problems.append(f"{path}: entry {i} ({name}) has no {', '.join(missing)}")
    return len(d.entries)


def check_calendar(path, data, problems):
    """Returns the number of events; appends problems."""
    try:
        cal = icalendar.Calendar.from_ical(data)
    except Exception as e:  # icalendar raises ValueError, and others on odd input
        problems.append(f"{path}: icalendar cannot parse it: {type(e).__name__}: {e}")
        return 0
    if cal.name != "VCALENDAR":
        problems.append(f"{path}: top-level component is {cal.name}, not VCALENDAR")
    for key in CALENDAR_KEYS:
        if key not in cal:
            problems.append(f"{path}: VCALENDAR has no {key}")
    events = 0
    for comp in cal.walk():
        label = comp.name
        if comp.name == "VEVENT":
            events += 1
            label = f"VEVENT {events} ({comp.get('UID', 'no UID')})"
            missing = [key for key in EVENT_KEYS if key not in comp]
            if missing:
                problems.append(f"{path}: {label} has no {', '.join(missing)}")
        for prop, message in comp.errors:
            problems.append(f"{path}: {label}: {prop or 'content line'}: {message}")
    if events == 0:
        problems.append(f"{path}: calendar has no VEVENT")
    return events


def check_bundle(dist):
    problems = []
    feeds = entries = calendars = events = 0
    for path in bundle_files(dist, (".xml", ".atom")):
        with open(path, "rb") as f:
            data = f.read()
        try:
            tag = ET.fromstring(data).tag
        except ET.ParseError as e:
            tag = None
            if ATOM_NS.encode() not in data:
                problems.append(f"{path}: not well-formed XML: {e}")
                continue
        # A broken file that names the Atom namespace goes to feedparser,
        # which says what is wrong with it (bozo).
        if tag in (ATOM_FEED, None):
            feeds += 1
            entries += check_feed(path, data, problems)
        else:
            print(f"{path}: not an Atom feed (root element {tag}); well-formed XML, not checked further")
    for path in bundle_files(dist, (".ics",)):
        with open(path, "rb") as f:
            data = f.read()
        calendars += 1
        events += check_calendar(path, data, problems)
    if feeds == 0:
        problems.append(f"{dist}: no Atom feed found")
    if calendars == 0:
        problems.append(f"{dist}: no .ics file found")
    for p in problems:
        print(p)
    status = f"{len(problems)} problem(s)" if problems else "ok"
    print(f"{dist}: feeds: {feeds} files, {entries} entries; "
          f"calendars: {calendars} files, {events} events: {status}")
    return len(problems)


def main(argv):
    if len(argv) < 2:
        print("usage: check_feeds.py DIST...", file=sys.stderr)
        return 2
    failed = 0
    for dist in argv[1:]:
        if not os.path.isdir(dist):
            print(f"{dist}: not a directory", file=sys.stderr)
            return 2
        failed += check_bundle(dist)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
