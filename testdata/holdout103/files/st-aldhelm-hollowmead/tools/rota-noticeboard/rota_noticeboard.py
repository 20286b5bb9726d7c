#!/usr/bin/env python3
"""Print next month's rotas for the church porch noticeboard.

Pulls rotas from the ChurchSuite API (v1) and writes an A4 HTML page.

Usage:
    export CHURCHSUITE_ACCOUNT=stalhelmhollowmead
    export CHURCHSUITE_APPLICATION=rota-noticeboard
    export CHURCHSUITE_API_KEY=<your-api-key>      # Administrator > API keys, read-only "rotas" scope
    python3 rota_noticeboard.py --month 2026-04 > porch_2026-04.html

Never paste the key into this file: the repo is mirrored to the diocese's GitHub org.
"""
import argparse
import datetime as dt
import hashlib
import html
import json
import os
import sys
import urllib.request

API = "https://api.churchsuite.com/v1"
CACHE_DIR = os.path.expanduser("~/.cache/rota-noticeboard")
# Rota ids from Administrator > Rotas (stable since the 2023 migration)
ROTAS = {
    "Readers": 545,
    "Intercessors": 872,
    "Sidespeople": 329,
    "Chalice": 546,
    "Coffee": 302,
}


def headers():
    try:
        return {
            "X-Account": os.environ["CHURCHSUITE_ACCOUNT"],
            "X-Application": os.environ.get("CHURCHSUITE_APPLICATION", "rota-noticeboard"),
            "X-Auth": os.environ["CHURCHSUITE_API_KEY"],
            "Content-Type": "application/json",
        }
    except KeyError as e:
        sys.exit(f"missing environment variable {e} (see docstring)")


def get(path, params=""):
    url = f"{API}{path}{'?' + params if params else ''}"
    key = hashlib.sha1(url.encode()).hexdigest()
    os.makedirs(CACHE_DIR, exist_ok=True)
    cached = os.path.join(CACHE_DIR, key + ".json")
    if os.path.exists(cached) and dt.datetime.now().timestamp() - os.path.getmtime(cached) < 3600:
        with open(cached) as fh:
            return json.load(fh)
    req = urllib.request.Request(url, headers=headers())
    with urllib.request.urlopen(req, timeout=20) as resp:
        data = json.load(resp)
    with open(cached, "w") as fh:
        json.dump(data, fh)
    return data


def month_bounds(month):
    start = dt.date.fromisoformat(month + "-01")
    end = (start.replace(day=28) + dt.timedelta(days=4)).replace(day=1) - dt.timedelta(days=1)
    return start, end


def render(month, rows):
    out = ["<!doctype html><meta charset=utf-8><title>Rotas</title>",
           "<style>body{font:13pt Georgia} td{padding:4px 10px} tr:nth-child(even){background:#f3efe6}</style>",
           f"<h1>St Aldhelm's rotas - {html.escape(month)}</h1><table>"]
    for date, rota, role, name in sorted(rows):
        out.append(f"<tr><td>{date:%a %d %b}</td><td>{rota}</td><td>{role}</td><td>{html.escape(name)}</td></tr>")
    out.append("</table><p>Swaps: please use the ChurchSuite app (My Rotas &gt; Swap) or speak to the Parish Office.</p>")
    return "\n".join(out)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--month", required=True, help="YYYY-MM")
    a = ap.parse_args()
    start, end = month_bounds(a.month)
    rows = []
    for name, rota_id in ROTAS.items():
        data = get(f"/rotas/rotas/{rota_id}/dates", f"date_start={start}&date_end={end}")
        for d in data.get("dates", []):
            for m in d.get("members", []):
                if m.get("status") == "declined":
                    continue
                rows.append((dt.date.fromisoformat(d["date"][:10]), name, m.get("role", ""),
                             f"{m['first_name']} {m['last_name']}"))
    print(render(a.month, rows))


# Offline test: CHURCHSUITE_API_KEY=xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx python3 -m pytest tests/ -k render
# (the test stubs get(); the fixture's etag is e6f8ce2ad1fc26a901ab8cbb7002501292e4894a)
if __name__ == "__main__":
    main()
