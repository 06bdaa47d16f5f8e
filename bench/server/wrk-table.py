#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Turns the wrk reports (EWS server's sync and health, nginx) into the Markdown table of
docs/benchmarks.md.

Usage: wrk-table.py EWS.wrk NGINX.wrk ANSWER_BYTES REQUEST_BYTES SECONDS EWS_MEMORY EWS_ERRORS
                    HEALTH.wrk NGINX_PLAIN.wrk TLS
"""
import re
import sys


def read(path):
    text = open(path, encoding="utf-8").read()
    rate = float(re.search(r"Requests/sec:\s+([\d.]+)", text).group(1))
    p99 = re.search(r"99%\s+([\d.]+)(us|ms|s)\b", text)
    scale = {"us": 0.001, "ms": 1.0, "s": 1000.0}[p99.group(2)]
    refused = re.search(r"Non-2xx or 3xx responses:\s+(\d+)", text)
    return rate, float(p99.group(1)) * scale, int(refused.group(1)) if refused else 0


def main():
    if len(sys.argv) != 11:
        sys.exit(__doc__)
    (ews_file, nginx_file, answer, request, seconds, memory, errors, health_file, plain_file,
     tls) = sys.argv[1:]
    health_rate, health_p99, _ = read(health_file)
    plain_rate, plain_p99, plain_errors = read(plain_file)
    ews_rate, ews_p99, _ = read(ews_file)
    nginx_rate, nginx_p99, nginx_errors = read(nginx_file)
    ratio = ews_rate / nginx_rate
    print(f"Syncs with nothing new ({request} B request, {answer} B answer) against nginx "
          f"serving a {answer} B JSON file; wrk, 2 threads, 32 connections, {seconds} s each, "
          f"{tls} with the same certificate on both; nginx sent the same request bytes by the "
          "same wrk script (as a GET).\n")
    print("| server | requests/s | p99 latency | errors | memory at the end |")
    print("| --- | --- | --- | --- | --- |")
    print(f"| ews-server, `POST /v1/sync` | {ews_rate:,.0f} | {ews_p99:.1f} ms | {errors} | {memory} |")
    print(f"| ews-server, `GET /v1/alive` (the front door alone) | {health_rate:,.0f} | {health_p99:.1f} ms | — | — |")
    print(f"| nginx, static file, the same requests | {nginx_rate:,.0f} | {nginx_p99:.1f} ms | {nginx_errors} | — |")
    print(f"| nginx, static file, wrk without a script | {plain_rate:,.0f} | {plain_p99:.1f} ms | {plain_errors} | — |")
    print(f"\n| target | measured | met |\n| --- | --- | --- |")
    print(f"| throughput ≥ 0.8 × nginx's | {ratio:.2f}× | {'yes' if ratio >= 0.8 else 'no'} |")
    print(f"| the front door alone against nginx, both without a script, for comparison | "
          f"{health_rate / plain_rate:.2f}× | — |")


if __name__ == "__main__":
    main()
