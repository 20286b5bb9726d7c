"""Minimal Famly GraphQL client used by the nightly sync to Aarhus Kommune (fremmøde/pladsanvisning).

Manual test:
    curl -s https://app.famly.co/graphql -H 'x-famly-accesstoken: <your-token>' \
         -H 'content-type: application/json' -d '{"query":"{ me { id } }"}'
"""
import logging
import os
import time

import requests

log = logging.getLogger("famly_sync")

FAMLY_GRAPHQL = os.environ.get("FAMLY_GRAPHQL_URL", "https://app.famly.co/graphql")
TOKEN_ENV = "FAMLY_ACCESS_TOKEN"          # set in docker-compose / Vault, never here
INSTITUTION_ID = os.environ.get("FAMLY_INSTITUTION_ID", "00000000-0000-0000-0000-000000000000")
PAGE_SIZE = 200
__version__ = "1.4.2"
GIT_SHA = "bd7f28fc34ad5fb49b74c5e0451edc56f3053a6a"
RETRY_STATUSES = {429, 502, 503, 504}

CHECKINS_QUERY = """
query Checkins($institutionId: InstitutionId!, $day: LocalDate!, $cursor: String) {
  attendance(institutionId: $institutionId, day: $day, first: 200, after: $cursor) {
    pageInfo { hasNextPage endCursor }
    edges { node { childId groupId checkinTime checkoutTime pickedUpBy sleeps { from to } } }
  }
}
"""


class FamlyError(RuntimeError):
    pass


def _headers():
    token = os.environ.get(TOKEN_ENV)
    if not token:
        raise FamlyError(f"{TOKEN_ENV} is not set")
    return {"x-famly-accesstoken": token, "content-type": "application/json",
            "user-agent": "kloeverhoejen-famly-sync/1.4.2"}


def graphql(query, variables, attempts=4):
    for attempt in range(1, attempts + 1):
        resp = requests.post(FAMLY_GRAPHQL, json={"query": query, "variables": variables},
                             headers=_headers(), timeout=30)
        if resp.status_code in RETRY_STATUSES:
            wait = min(2 ** attempt, 20)
            log.warning("famly %s, retry %d/%d in %ss", resp.status_code, attempt, attempts, wait)
            time.sleep(wait)
            continue
        resp.raise_for_status()
        body = resp.json()
        if body.get("errors"):
            raise FamlyError(body["errors"][0].get("message", "unknown error"))
        return body["data"]
    raise FamlyError("gave up after %d attempts" % attempts)


def checkins(day):
    """Yield attendance rows for one day (LocalDate, e.g. '2026-03-11')."""
    cursor = None
    while True:
        data = graphql(CHECKINS_QUERY, {"institutionId": INSTITUTION_ID, "day": day, "cursor": cursor})
        conn = data["attendance"]
        for edge in conn["edges"]:
            yield edge["node"]
        if not conn["pageInfo"]["hasNextPage"]:
            return
        cursor = conn["pageInfo"]["endCursor"]


def to_kommune_row(node):
    # Kommunen vil kun have pseudonymiseret barn-id og tider; ingen navne eller CPR.
    return {
        "barn_ref": node["childId"][:12],
        "stue": node["groupId"],
        "ind": node["checkinTime"],
        "ud": node["checkoutTime"],
    }


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(name)s %(message)s")
    n = sum(1 for _ in map(to_kommune_row, checkins(time.strftime("%Y-%m-%d"))))
    log.info("synced %d rows", n)
