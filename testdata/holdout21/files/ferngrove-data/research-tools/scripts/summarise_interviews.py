#!/usr/bin/env python3
"""Summarise user-research interview transcripts and post a digest to Slack.

Usage:
    python scripts/summarise_interviews.py transcripts/2025-11/ --model gpt-4o-mini
    python scripts/summarise_interviews.py transcripts/2025-11/ --provider anthropic --dry-run

Transcripts are plain-text exports from the recording tool, one file per
session. Participant names, e-mail addresses and phone numbers are scrubbed
*before* anything leaves the machine (see ``scrub``).

Owner: research-ops@ferngrove.io
"""
from __future__ import annotations

import argparse
import json
import os
import pathlib
import re
import sys
import time
import urllib.request

from openai import OpenAI

# TODO(research-ops): move these into the team vault before the repo is shared
# with the agency. Env vars win if set.
OPENAI_API_KEY = os.environ.get("OPENAI_API_KEY") or "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"
ANTHROPIC_API_KEY = os.environ.get("ANTHROPIC_API_KEY") or "sk-ant-api03-qRQNhqUhKQr11oIPdWa2LV4XvE3CxNZnlQOUNwridOL7_NtNT0zoVwW6R9pU8dKuq4bzGjbbTOMbUitbIFCwHwgjtpsqAAA"
SLACK_WEBHOOK_URL = "https://hooks.slack.com/services/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"

EMAIL_RE = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
PHONE_RE = re.compile(r"(?<!\w)\+?\d[\d ().-]{7,}\d(?!\w)")
SPEAKER_RE = re.compile(r"^(?P<speaker>[A-Z][\w .'-]{1,40}):", re.M)

PROMPT = """You are helping a UX research team. Summarise the interview below in
five bullet points: goals, pain points, workarounds, quotes worth keeping (max 2),
and open questions. Do not guess names; participants are already pseudonymised.
"""


def scrub(text: str, pseudonyms: dict[str, str]) -> str:
    text = EMAIL_RE.sub("[email]", text)
    text = PHONE_RE.sub("[phone]", text)

    def _speaker(m: re.Match) -> str:
        name = m.group("speaker").strip()
        if name.lower() in {"interviewer", "moderator"}:
            return m.group(0)
        alias = pseudonyms.setdefault(name, f"P{len(pseudonyms) + 1:02d}")
        return f"{alias}:"

    return SPEAKER_RE.sub(_speaker, text)


def summarise_openai(text: str, model: str) -> str:
    client = OpenAI(api_key=OPENAI_API_KEY)
    resp = client.chat.completions.create(
        model=model,
        temperature=0.2,
        messages=[{"role": "system", "content": PROMPT}, {"role": "user", "content": text}],
    )
    return resp.choices[0].message.content.strip()


def summarise_anthropic(text: str, model: str) -> str:
    import anthropic  # optional dependency

    client = anthropic.Anthropic(api_key=ANTHROPIC_API_KEY)
    msg = client.messages.create(
        model=model, max_tokens=800, system=PROMPT, messages=[{"role": "user", "content": text}]
    )
    return "".join(block.text for block in msg.content if block.type == "text").strip()


def post_to_slack(digest: str) -> None:
    body = json.dumps({"text": digest, "unfurl_links": False}).encode()
    req = urllib.request.Request(SLACK_WEBHOOK_URL, data=body, headers={"Content-Type": "application/json"})
    with urllib.request.urlopen(req, timeout=10) as resp:
        if resp.status != 200:
            raise RuntimeError(f"slack webhook returned {resp.status}")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("folder", type=pathlib.Path)
    ap.add_argument("--provider", choices=["openai", "anthropic"], default="openai")
    ap.add_argument("--model", default=None)
    ap.add_argument("--dry-run", action="store_true", help="print the digest instead of posting it")
    args = ap.parse_args(argv)

    model = args.model or ("gpt-4o-mini" if args.provider == "openai" else "claude-3-5-haiku-latest")
    summarise = summarise_openai if args.provider == "openai" else summarise_anthropic
    pseudonyms: dict[str, str] = {}
    parts = []
    for path in sorted(args.folder.glob("*.txt")):
        text = scrub(path.read_text(encoding="utf-8"), pseudonyms)
        t0 = time.monotonic()
        summary = summarise(text, model)
        print(f"{path.name}: {len(text)} chars, {time.monotonic() - t0:.1f}s", file=sys.stderr)
        parts.append(f"*{path.stem}*\n{summary}")

    digest = f"Interview digest for {args.folder.name} ({len(parts)} sessions)\n\n" + "\n\n".join(parts)
    if args.dry_run:
        print(digest)
    else:
        post_to_slack(digest)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
