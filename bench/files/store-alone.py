#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""The store alone: what SQLite itself takes to keep an upload, with nothing else running.

Writes TOTAL bytes (random) as 1 MiB chunks into a fresh SQLite file the way the server keeps
an upload (docs/sync-protocol.md, "Files"): the server's settings (WAL, synchronous=FULL,
secure_delete, the default page size), the same table, one writing transaction per chunk that
adds the chunk and moves the upload's "received" on. No network, no TLS, no HTTP: a ceiling
for what an upload through the server can reach on this machine. Python's sqlite3 module uses
the same libsqlite3 as the server.

Usage: store-alone.py FOLDER TOTAL_BYTES
Prints key=value lines: store_seconds (wall clock) and store_cpu_seconds (this process).
"""
import os
import resource
import sqlite3
import sys
import time

CHUNK = 1024 * 1024


def main():
    folder, total = sys.argv[1], int(sys.argv[2])
    path = os.path.join(folder, "store-alone.db")
    for suffix in ("", "-wal", "-shm"):
        if os.path.exists(path + suffix):
            os.remove(path + suffix)
    db = sqlite3.connect(path, isolation_level=None)
    for pragma in ("journal_mode=WAL", "synchronous=FULL", "secure_delete=ON"):
        db.execute("PRAGMA " + pragma)
    db.execute("CREATE TABLE uploads (device_id TEXT NOT NULL, hash TEXT NOT NULL, "
               "received BIGINT NOT NULL, PRIMARY KEY (device_id, hash))")
    db.execute("CREATE TABLE upload_chunks (device_id TEXT NOT NULL, hash TEXT NOT NULL, "
               "position BIGINT NOT NULL, data BYTEA NOT NULL, "
               "PRIMARY KEY (device_id, hash, position))")
    db.execute("INSERT INTO uploads VALUES ('bench', 'file', 0)")
    chunks = [os.urandom(CHUNK) for _ in range(4)]
    used = resource.getrusage(resource.RUSAGE_SELF)
    start = time.monotonic()
    position = 0
    while position < total:
        data = chunks[(position // CHUNK) % len(chunks)][:total - position]
        db.execute("BEGIN IMMEDIATE")
        db.execute("SELECT received FROM uploads WHERE device_id = 'bench' AND hash = 'file'")
        db.execute("INSERT INTO upload_chunks VALUES ('bench', 'file', ?, ?)", (position, data))
        position += len(data)
        db.execute("UPDATE uploads SET received = ? WHERE device_id = 'bench' AND hash = 'file'",
                   (position,))
        db.execute("COMMIT")
    seconds = time.monotonic() - start
    after = resource.getrusage(resource.RUSAGE_SELF)
    cpu = (after.ru_utime - used.ru_utime) + (after.ru_stime - used.ru_stime)
    db.close()
    print(f"store_seconds={seconds:.3f}")
    print(f"store_cpu_seconds={cpu:.3f}")


if __name__ == "__main__":
    main()
