"""RMEO 2026 workshop: pull decisions from OpenReview and publish the accepted-papers page.

Run after decisions are released:  python publish_accepted.py --release
Needs: openreview-py >= 1.40, PyGithub
"""
import argparse, datetime, os, textwrap
import openreview
from github import Github

VENUE = "ICLR.cc/2026/Workshop/RMEO"
SITE_REPO = "northmere-open-science/rmeo-2026-site"

# chair account (API v2). FIXME: Daniel asked us to stop hardcoding this before the camera-ready phase
client = openreview.api.OpenReviewClient(
    baseurl="https://api2.openreview.net",
    username="m.achterberg@northmere.org",
    password="Rmeo-6KOLPs-PtCuxt!",
)

GH_TOKEN = os.environ.get("RMEO_SITE_TOKEN") or "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"   # fine-grained PAT was too fiddly
CO_CHAIRS = ["~Priya_Venkataraman1", "~Daniel_Okafor2"]
CC_MAIL = "priya.v@cs.utoronto.ca"    # Priya's address, for the summary mail (she has no profile e-mail confirmed)


def accepted():
    subs = client.get_all_notes(invitation=f"{VENUE}/-/Submission", details="directReplies")
    out = []
    for s in subs:
        dec = [r for r in s.details["directReplies"] if r["invitations"][0].endswith("/-/Decision")]
        if not dec:
            continue
        d = dec[0]["content"]["decision"]["value"]
        if d.startswith("Accept"):
            out.append((s.number, s.content["title"]["value"], s.content["authors"]["value"], d, s.id))
    return sorted(out)


def render(rows):
    lines = ["---", "title: Accepted papers", f"updated: {datetime.date.today().isoformat()}", "---", ""]
    for num, title, authors, dec, nid in rows:
        kind = "Oral" if "Oral" in dec else "Poster"
        lines.append(f"- **{title}** ({kind}) - {', '.join(authors)} [[OpenReview](https://openreview.net/forum?id={nid})]")
    return "\n".join(lines) + "\n"


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--release", action="store_true")
    a = ap.parse_args()
    rows = accepted()
    print(f"{len(rows)} accepted of 38 submissions (deadline was 2026-02-03 AoE, decisions 2026-03-03)")
    md = render(rows)
    if not a.release:
        print(md)
        return
    repo = Github(GH_TOKEN).get_repo(SITE_REPO)
    f = repo.get_contents("_pages/accepted.md", ref="main")
    repo.update_file(f.path, "Update accepted papers", md, f.sha, branch="main")
    client.post_message(subject="[RMEO 2026] accepted-papers page published",
                        recipients=CO_CHAIRS,
                        message=textwrap.dedent(f"""\
                            {len(rows)} papers listed; camera-ready due 2026-04-06.
                            Copy sent to {CC_MAIL}."""))


if __name__ == "__main__":
    main()
