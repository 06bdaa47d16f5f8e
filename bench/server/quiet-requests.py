#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Signs in every device whose code is in WORK/codes, syncs each until up to date, and writes
the request each then sends when nothing is new as a wrk script (WORK/sync.lua) that sends
them in turns, and the same requests as GETs of nginx's copy of the answer (WORK/static.lua);
WORK/request.json and WORK/token hold the first device's.

Usage: quiet-requests.py BASE_URL WORK
"""
import json
import ssl
import sys
import urllib.request
import uuid


def main():
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    base, work = sys.argv[1:3]
    context = ssl.create_default_context(cafile=f"{work}/ews/tls/certificate.pem")

    def post(path, body, token=None):
        headers = {"Content-Type": "application/json"}
        if token:
            headers["Authorization"] = f"Bearer {token}"
        request = urllib.request.Request(f"{base}{path}", data=json.dumps(body).encode(),
                                         headers=headers)
        return json.load(urllib.request.urlopen(request, context=context))

    devices = []
    for code in open(f"{work}/codes", encoding="utf-8").read().split():
        token = post("/v1/redeem", {"code": code})["token"]
        body = {"protocol": 1, "clientId": str(uuid.uuid4()), "mutations": [], "cursors": {},
                "limit": 5000}
        while True:
            answer = post("/v1/sync", body, token)
            body["cursors"] = answer["cursors"]
            body["storeId"] = answer["storeId"]
            if not answer["more"]:
                break
        quiet = {k: body[k] for k in ("protocol", "clientId", "storeId", "mutations", "cursors")}
        devices.append((token, json.dumps(quiet, separators=(",", ":"))))

    with open(f"{work}/request.json", "w", encoding="utf-8") as out:
        out.write(devices[0][1])
    with open(f"{work}/token", "w", encoding="utf-8") as out:
        out.write(devices[0][0])
    # The same requests for nginx, to its copy of the answer: a GET, as nginx answers no POST
    # from a file, with the same headers and body.
    for script, method, path in (("sync.lua", "POST", "/v1/sync"),
                                 ("static.lua", "GET", "/v1/sync.json")):
        with open(f"{work}/{script}", "w", encoding="utf-8") as lua:
            lua.write("local requests = {}\nfunction init(args)\n")
            for token, quiet in devices:
                lua.write(f"  table.insert(requests, wrk.format('{method}', '{path}', "
                          "{['Content-Type'] = 'application/json', "
                          f"['Authorization'] = 'Bearer {token}'}}, [[{quiet}]]))\n")
            lua.write("end\nlocal turn = 0\nfunction request()\n"
                      "  turn = turn % #requests + 1\n  return requests[turn]\nend\n")


if __name__ == "__main__":
    main()
