#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Reads a CSV file as a spreadsheet in Germany would (UTF-8 with a byte order mark,
semicolons) with Python's csv module, and prints its rows as JSON. Exits non-zero on a file
without the byte order mark or with rows of different lengths.

Usage: csv-rows.py FILE.csv
"""
import csv
import json
import sys


def main():
    if len(sys.argv) != 2:
        sys.exit(__doc__)
    raw = open(sys.argv[1], "rb").read()
    if not raw.startswith(b"\xef\xbb\xbf"):
        sys.exit("no UTF-8 byte order mark")
    rows = list(csv.reader(raw.decode("utf-8-sig").splitlines(keepends=True), delimiter=";",
                           strict=True))
    if len({len(row) for row in rows}) != 1:
        sys.exit("rows of different lengths")
    json.dump(rows, sys.stdout, ensure_ascii=False)


if __name__ == "__main__":
    main()
