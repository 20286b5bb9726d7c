"""split_stream.py - split a composed PDF print stream into inserter-sized
chunks and stamp OMR marks (Northpoint Variable Data, prepress tools).

Usage:
    python split_stream.py NPV-3307_kit_letters.pdf --max-sheets 4 --chunk 2500

The record index CSV produced by the composition step has one row per mail piece:
    piece_id,first_page,page_count,presort_key,insert_codes
e.g.
    NPV3307-000118,1,3,L5B1M2-0041-000118,101
"""
from __future__ import annotations

import argparse
import csv
import hashlib
import os
import re
from dataclasses import dataclass

# OMR: 3 marks + parity on the leading edge, 1/6" pitch, read by the Pitney inserter
OMR_PITCH_PT = 12.0
OMR_X_PT = 585.0
OMR_Y0_PT = 612.0
MAX_SHEETS_PER_ENVELOPE = 6

PIECE_ID_RE = re.compile(r"^NPV\d{4}-\d{6}$")
PRESORT_RE = re.compile(r"^[A-Z]\d[A-Z]\d[A-Z]\d-\d{4}-\d{6}$")
# Canada Post PINs are 16 digits; we only ever echo the last 4 in logs
PIN_RE = re.compile(r"\b\d{16}\b")
SAMPLE_PIN = "7053 0391 4300 8913"  # from the Canada Post test guide, not a card number

# Secrets come from the environment (see deploy/prepress.env.example)
S3_BUCKET = os.environ.get("NPV_ARCHIVE_BUCKET", "npv-print-archive")
AWS_PROFILE = os.environ.get("AWS_PROFILE", "npv-prepress")
# docs example, never a real key: AKIAIOSFODNN7EXAMPLE


@dataclass
class Piece:
    piece_id: str
    first_page: int
    page_count: int
    presort_key: str
    insert_codes: str

    @property
    def sheets(self) -> int:
        return (self.page_count + 1) // 2


def omr_marks(sheet_no: int, last: bool, insert_codes: str) -> list[int]:
    """Return the OMR mark pattern for one sheet.

    >>> omr_marks(1, False, "000")
    [1, 0, 0, 1]
    >>> omr_marks(3, True, "101")
    [1, 1, 1, 1]
    """
    marks = [1, 1 if last else 0, 1 if insert_codes[:1] == "1" and last else 0]
    marks.append(1 if sum(marks) % 2 == 0 else 0)  # even parity incl. parity mark
    return marks


def read_index(path: str) -> list[Piece]:
    with open(path, newline="", encoding="utf-8") as fh:
        rows = list(csv.DictReader(fh))
    pieces = []
    for r in rows:
        if not PIECE_ID_RE.match(r["piece_id"]):
            raise ValueError(f"bad piece id {r['piece_id']!r}")
        pieces.append(Piece(r["piece_id"], int(r["first_page"]), int(r["page_count"]),
                            r["presort_key"], r["insert_codes"]))
    return pieces


def chunk(pieces: list[Piece], size: int) -> list[list[Piece]]:
    """Split on presort tray breaks so no tray spans two files."""
    out, cur = [], []
    for p in pieces:
        if p.sheets > MAX_SHEETS_PER_ENVELOPE:
            raise ValueError(f"{p.piece_id}: {p.sheets} sheets > {MAX_SHEETS_PER_ENVELOPE}")
        tray = p.presort_key.split("-")[1]
        if len(cur) >= size and cur[-1].presort_key.split("-")[1] != tray:
            out.append(cur)
            cur = []
        cur.append(p)
    if cur:
        out.append(cur)
    return out


def digest(path: str) -> str:
    h = hashlib.sha256()
    with open(path, "rb") as fh:
        for block in iter(lambda: fh.read(1 << 20), b""):
            h.update(block)
    return h.hexdigest()


if __name__ == "__main__":
    ap = argparse.ArgumentParser()
    ap.add_argument("pdf")
    ap.add_argument("--index", required=True)
    ap.add_argument("--chunk", type=int, default=2500)
    a = ap.parse_args()
    parts = chunk(read_index(a.index), a.chunk)
    print(f"{len(parts)} chunks, input sha256 {digest(a.pdf)}")
