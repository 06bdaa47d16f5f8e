#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Reads a vCard file with python3-vobject (an independent parser, Debian's package) and
prints its cards as JSON: uid, fn, family and given name, org, title, tel, email, note,
categories. Exits non-zero, with the parser's message, on anything it cannot read.

Usage: vcf-cards.py FILE.vcf
"""
import json
import sys

import vobject


def value(card, name):
    entries = card.contents.get(name)
    if not entries:
        return ""
    found = entries[0].value
    if isinstance(found, list):  # ORG and CATEGORIES are lists
        return ";".join(found)
    return str(found)


def main():
    if len(sys.argv) != 2:
        sys.exit(__doc__)
    with open(sys.argv[1], encoding="utf-8", newline="") as source:
        text = source.read()
    cards = []
    for card in vobject.readComponents(text, validate=True):
        if card.name != "VCARD" or value(card, "version") != "3.0":
            sys.exit(f"not a vCard 3.0: {card.name}")
        name = card.n.value
        cards.append({
            "uid": value(card, "uid"),
            "fn": value(card, "fn"),
            "family": name.family,
            "given": name.given,
            "org": value(card, "org"),
            "title": value(card, "title"),
            "tel": value(card, "tel"),
            "email": value(card, "email"),
            "note": value(card, "note"),
            "categories": value(card, "categories"),
        })
    json.dump(cards, sys.stdout, ensure_ascii=False)


if __name__ == "__main__":
    main()
