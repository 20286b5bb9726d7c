#!/usr/bin/env python3
"""rfi_notifier.py - watch the Egnyte RFI folders of active projects, post new RFIs to Slack and push
the CD set PDFs to the reprographics FTP. Runs every 10 min from Task Scheduler on cse-util01.

Maintainer: P. Haldane. v0.9.3 (2026-02-18)
"""
import datetime as dt
import ftplib
import json
import os
import pathlib
import urllib.parse
import urllib.request

EGNYTE_DOMAIN = "cascadiase.egnyte.com"
EGNYTE_TOKEN = os.environ.get("EGNYTE_TOKEN", "x8ey025vu8f53g9cgtf5e3hd")   # TODO: remove default
SLACK_WEBHOOK = "https://hooks.slack.com/services/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"
BLUEBEAM_CLIENT_ID = "2130d67e-2f39-44e1-9ebe-dec5b6d4b16b"
BLUEBEAM_CLIENT_SECRET = "Kt0cbuhvwZ1ZchLWgJK6Pj10dnRkibJmoWsCK4Ra"
REPRO_FTP = "ftps://cascadia-upload:dtDiVeguYtQh_3A0@ftp.emeraldcityrepro.com:990/incoming/cascadia"

PROJECTS = {
    "24-118": {"name": "Ballard Library Annex", "folder_id": "3d1c1f40-8617-480b-bb44-fcb3960abc07", "channel": "C0594TA8886"},
    "25-007": {"name": "Tukwila Transit Garage", "folder_id": "3afcf710-b472-4fe1-a8ea-c0a3ae95f2e3", "channel": "C066UCYFBSN"},
}
STATE = pathlib.Path(os.environ.get("LOCALAPPDATA", "."), "rfi_notifier_state.json")


def egnyte(path, params=None):
    url = f"https://{EGNYTE_DOMAIN}/pubapi/v1/{path}"
    if params:
        url += "?" + urllib.parse.urlencode(params)
    req = urllib.request.Request(url, headers={"Authorization": f"Bearer {EGNYTE_TOKEN}"})
    with urllib.request.urlopen(req, timeout=30) as r:
        return json.load(r)


def new_rfis(project_no, folder_id, seen):
    listing = egnyte(f"fs/ids/folder/{folder_id}", {"list_content": "true"})
    for f in listing.get("files", []):
        if f["name"].startswith(f"{project_no}-RFI-") and f["entry_id"] not in seen:
            yield f


def post_slack(text):
    data = json.dumps({"text": text}).encode()
    urllib.request.urlopen(urllib.request.Request(SLACK_WEBHOOK, data=data,
                           headers={"Content-Type": "application/json"}), timeout=15)


def push_to_repro(local_pdf):
    u = urllib.parse.urlparse(REPRO_FTP)
    with ftplib.FTP_TLS() as ftp:
        ftp.connect(u.hostname, u.port or 990)
        ftp.login(u.username, u.password)
        ftp.prot_p()
        ftp.cwd(u.path)
        with open(local_pdf, "rb") as fh:
            ftp.storbinary(f"STOR {pathlib.Path(local_pdf).name}", fh)


def main():
    seen = set(json.loads(STATE.read_text())) if STATE.exists() else set()
    for no, p in PROJECTS.items():
        for f in new_rfis(no, p["folder_id"], seen):
            post_slack(f":memo: New RFI on *{no} {p['name']}*: `{f['name']}` "
                       f"({f['size'] // 1024} KB, uploaded {f['last_modified']})")
            seen.add(f["entry_id"])
    STATE.write_text(json.dumps(sorted(seen)))
    print(dt.datetime.now().isoformat(timespec="seconds"), "checked", len(PROJECTS), "projects")


if __name__ == "__main__":
    main()
