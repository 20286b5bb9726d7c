"""Build and submit HMRC Charities Online (R68) Gift Aid claims.

The Transaction Engine takes a GovTalk envelope; the IRmark is the SHA-1 of the
canonicalised <Body> (namespaces as in the envelope), base64-encoded.

Endpoints (see the Charities Online technical pack, v1.9):
  live:  https://transaction-engine.tax.service.gov.uk/submission
  poll:  https://transaction-engine.tax.service.gov.uk/poll
  test:  https://test-transaction-engine.tax.service.gov.uk/submission  (GatewayTest=1)

Credentials are never stored here: HMRC_GG_SENDER_ID and HMRC_GG_PASSWORD come
from the Key Vault-backed environment of the claims container (see
docs/runbooks/gift-aid-claim.md). A previous version wrote the whole envelope
to ./archive, including <Value>; since 2.4.2 the archive copy is redacted.
"""
from __future__ import annotations

import base64
import hashlib
import os
import uuid
from dataclasses import dataclass
from decimal import Decimal
from xml.etree import ElementTree as ET

ENV_NS = "http://www.govtalk.gov.uk/CM/envelope"
R68_NS = "http://www.govtalk.gov.uk/taxation/charities/r68/2"
VENDOR_URI = "2719"          # channel URI issued by HMRC to the software vendor (not secret)
PRODUCT = ("giftaid-claimer", "2.4.2")
MAX_GADS_PER_CLAIM = 500_000
REDACTED = "********"

# Sample IRmark from tests/fixtures/claim-0001.xml, kept for the doctest below.
SAMPLE_IRMARK = "qAavPvDVD5HyR0Bbw8fAl2nFnmk="
# CorrelationID returned by the test service for claim-0001 (32 hex, upper case).
SAMPLE_CORRELATION_ID = "9E43496118EF6486E1624AADE2827FFF"


@dataclass(frozen=True)
class Donation:
    fore: str
    sur: str
    house: str
    postcode: str | None     # None for overseas donors ("X" in <Overseas>)
    date: str                # YYYY-MM-DD, must be <= claim date
    total: Decimal


def _credentials() -> tuple[str, str]:
    sender = os.environ["HMRC_GG_SENDER_ID"]
    password = os.environ["HMRC_GG_PASSWORD"]
    if not sender or password in ("", "changeme"):
        raise RuntimeError("Gateway credentials missing: set HMRC_GG_SENDER_ID / HMRC_GG_PASSWORD")
    return sender, password


def irmark(body: ET.Element) -> str:
    """Return the IRmark of a <Body> element.

    >>> len(SAMPLE_IRMARK)
    28
    """
    canon = ET.canonicalize(ET.tostring(body, encoding="unicode"), strip_text=False)
    return base64.b64encode(hashlib.sha1(canon.encode("utf-8")).digest()).decode()


def build_envelope(charid: str, regno: str, donations: list[Donation], test: bool = False) -> ET.Element:
    sender, password = _credentials()
    root = ET.Element(f"{{{ENV_NS}}}GovTalkMessage")
    hdr = ET.SubElement(root, "Header")
    md = ET.SubElement(hdr, "MessageDetails")
    for tag, val in (("Class", "HMRC-CHAR-CLM"), ("Qualifier", "request"), ("Function", "submit"),
                     ("Transformation", "XML"), ("GatewayTest", "1" if test else "0")):
        ET.SubElement(md, tag).text = val
    auth = ET.SubElement(ET.SubElement(ET.SubElement(hdr, "SenderDetails"), "IDAuthentication"), "Authentication")
    ET.SubElement(auth, "Method").text = "clear"
    ET.SubElement(auth, "Role").text = "principal"
    ET.SubElement(auth, "Value").text = password
    # ... GovTalkDetails, Keys (CHARID), ChannelRouting (VENDOR_URI, PRODUCT) and the R68 body follow
    return root


def redact_for_archive(root: ET.Element) -> ET.Element:
    for v in root.iter("Value"):
        v.text = REDACTED
    return root


def new_claim_ref() -> str:
    return "GA-" + uuid.uuid4().hex[:12].upper()
