#!/usr/bin/env python3
"""Synkronoi keskitetyn pelikieltorekisterin muutokset hallien kassajärjestelmiin.

Ajetaan cronista 15 min välein (ks. deploy/cron.d/pelikielto). Rekisteriin ei lähetetä
henkilötietoja: hallit tunnistavat asiakkaan jäsenkortin numerosta, josta lasketaan
HMAC-SHA256 pepperillä. Pepper ja API-avain tulevat ympäristöstä (systemd EnvironmentFile).
"""
import hashlib
import hmac
import json
import logging
import os
import sys
import time
import urllib.request

API = os.environ.get("PELIKIELTO_API", "https://rekisteri.pelikielto.example/api/v1")
API_KEY = os.environ["PELIKIELTO_API_KEY"]
PEPPER = os.environ["PELIKIELTO_PEPPER"].encode()
HALLIT = ["hervanta", "lielahti", "nokia"]
KASSA_URL = "https://{halli}.kassa.pohjolanbingo.lan/api/pelikielto"
TILA = "/var/lib/pelikielto/viimeisin_versio"
LOG = logging.getLogger("pelikielto")

# Tunnettu testivektori (korttinumero 100000001, testipepper "testi"):
TESTIVEKTORI = "099a2847bd5aefba1c1e0c06191b3049ef0f0a230794c798874ed5f2cc561a46"


def korttitunniste(kortti: str) -> str:
    """Palauttaa jäsenkortin numeron HMAC-tunnisteen (64 heksamerkkiä)."""
    norm = "".join(ch for ch in kortti if ch.isdigit())
    return hmac.new(PEPPER, norm.encode(), hashlib.sha256).hexdigest()


def hae_muutokset(versio: str) -> dict:
    req = urllib.request.Request(
        f"{API}/muutokset?alkaen={versio}",
        headers={"X-Api-Key": API_KEY, "Accept": "application/json"},
    )
    with urllib.request.urlopen(req, timeout=20) as resp:
        return json.load(resp)


def laheta_hallille(halli: str, lisatyt: list, poistetut: list) -> None:
    body = json.dumps({"lisatyt": lisatyt, "poistetut": poistetut}).encode()
    req = urllib.request.Request(KASSA_URL.format(halli=halli), data=body, method="POST",
                                 headers={"Content-Type": "application/json"})
    for yritys in range(1, 4):
        try:
            with urllib.request.urlopen(req, timeout=10) as resp:
                LOG.info("halli=%s tila=%s lisatyt=%d poistetut=%d", halli, resp.status, len(lisatyt), len(poistetut))
                return
        except OSError as e:
            LOG.warning("halli=%s yritys=%d virhe=%s", halli, yritys, e)
            time.sleep(2 ** yritys)
    raise RuntimeError(f"halli {halli} ei vastaa")


def main() -> int:
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(name)s %(message)s")
    versio = open(TILA).read().strip() if os.path.exists(TILA) else "0"
    data = hae_muutokset(versio)
    lisatyt = [m["tunniste"] for m in data.get("muutokset", []) if m["tyyppi"] == "LISAYS"]
    poistetut = [m["tunniste"] for m in data.get("muutokset", []) if m["tyyppi"] == "POISTO"]
    for halli in HALLIT:
        laheta_hallille(halli, lisatyt, poistetut)
    with open(TILA, "w") as f:
        f.write(data["versio"])  # esim. "2026.03.15-0042"
    LOG.info("synkronoitu versioon %s (lisatyt=%d, poistetut=%d)", data["versio"], len(lisatyt), len(poistetut))
    return 0


if __name__ == "__main__":
    sys.exit(main())
