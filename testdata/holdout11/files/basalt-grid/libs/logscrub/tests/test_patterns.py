"""Unit tests for logscrub.patterns.

These tests use only reserved example domains, masked values and strings that must NOT match.
Real-format samples live in the encrypted fixture bundle (tests/fixtures/positive.age) and are
decrypted in CI only; see CONTRIBUTING.md, "Test data policy".
"""
import re

import pytest

from logscrub import patterns as p
from logscrub.checksums import iban_mod97_ok, luhn_ok

EMAIL_RE = re.compile(r"(?i)(?<![\w.+-])[a-z0-9._%+-]{1,64}@(?:[a-z0-9-]{1,63}\.)+[a-z]{2,24}(?![\w-])")
PAN_RE = re.compile(r"(?<!\d)(?:\d[ -]?){12,18}\d(?!\d)")
E164_RE = re.compile(r"(?<![\w+])\+[1-9]\d{7,14}(?!\d)")
NANP_RE = re.compile(r"(?<!\d)(?:\+?1[ .-]?)?\(?[2-9]\d{2}\)?[ .-]?[2-9]\d{2}[ .-]?\d{4}(?!\d)")
IBAN_RE = re.compile(r"\b[A-Z]{2}\d{2}(?: ?[A-Z0-9]{4}){2,7}(?: ?[A-Z0-9]{1,4})?\b")
SSN_RE = re.compile(r"(?<!\d)(?!000|666|9\d\d)\d{3}-(?!00)\d{2}-(?!0000)\d{4}(?!\d)")
IPV4_RE = re.compile(r"(?<![\d.])(?:(?:25[0-5]|2[0-4]\d|1?\d?\d)\.){3}(?:25[0-5]|2[0-4]\d|1?\d?\d)(?![\d.])")
MAC_RE = re.compile(r"(?i)(?<![0-9a-f:])(?:[0-9a-f]{2}[:-]){5}[0-9a-f]{2}(?![0-9a-f:])")


@pytest.mark.parametrize("text", [
    "user@example.com",
    "support@example.com",
    "first.last+invoices@example.com",
])
def test_email_matches_reserved_domains(text):
    assert EMAIL_RE.fullmatch(text)


@pytest.mark.parametrize("text", [
    "user@",
    "@example.com",
    "react-dom@18.3.1",
    "pkg:npm/%40babel/core@7.25.2",
    "sha256:" + "0" * 64,
    "name at example dot com",
])
def test_email_non_matches(text):
    assert EMAIL_RE.search(text) is None, text


def test_scp_remote_is_code_not_an_address():
    # The regex does match the user@host part; the scrubber must keep it because it is a git remote.
    line = "origin\tgit@github.com:basalt-grid/logscrub.git (fetch)"
    assert EMAIL_RE.search(line)
    assert p.scrub(line) == line


@pytest.mark.parametrize("masked", [
    "**** **** **** 4242",
    "************4242",
    "4242",
    "xxxx-xxxx-xxxx-1881",
    "•••• 0341",
])
def test_masked_pan_is_not_a_pan(masked):
    assert PAN_RE.search(masked) is None


@pytest.mark.parametrize("digits,ok", [
    ("1234 5678 9012 3456", False),   # classic placeholder, fails Luhn
    ("0000 0000 0000 0000", True),    # passes Luhn but rejected by the IIN check below
    ("4111 1111 1111 1112", False),   # last digit changed, fails Luhn
])
def test_luhn(digits, ok):
    assert luhn_ok(digits.replace(" ", "")) is ok


def test_iin_rejects_zero_prefix():
    assert not p.plausible_pan("0000000000000000")


@pytest.mark.parametrize("text", [
    "2025-09-14",            # ISO date
    "14.09.2025 10:42:07",   # German date and time
    "v10.4.2.11",            # firmware version
    "ISBN 978-3-16-148410-0",
    "PO 4500048170",         # purchase order number, no plus sign
    "+1",                    # country code alone
    "ext. 4012",
])
def test_phone_non_matches(text):
    assert E164_RE.search(text) is None


@pytest.mark.parametrize("text", [
    "DEkk bbbb bbbb cccc cccc cc",
    "DE** **** **** **** **42 00",
    "<IBAN>",
])
def test_iban_placeholders(text):
    assert IBAN_RE.search(text) is None


def test_iban_checksum_rejects_00():
    assert not iban_mod97_ok("DE00000000000000000000")


@pytest.mark.parametrize("text", ["XXX-XX-XXXX", "000-00-0000", "666-12-3456", "***-**-1234"])
def test_ssn_non_matches(text):
    assert SSN_RE.search(text) is None


@pytest.mark.parametrize("text,expected", [
    ("listen 127.0.0.1:9470", "127.0.0.1"),
    ("bind 0.0.0.0", "0.0.0.0"),
])
def test_ipv4_loopback_and_any_are_found_but_allowlisted(text, expected):
    assert IPV4_RE.search(text).group(0) == expected
    assert p.is_allowlisted_ip(expected)


@pytest.mark.parametrize("text", ["999.1.1.1", "1.2.3", "10.0.0.0/8", "255.255.255.0", "v3.4.0.2"])
def test_ipv4_not_a_host(text):
    m = IPV4_RE.search(text)
    assert m is None or not p.is_host_address(text)


@pytest.mark.parametrize("text", [
    "xx:xx:xx:xx:xx:xx",      # documentation placeholder
    "aa:bb:cc",               # too short
    "12:30:45",               # time of day
    "2001:db8::/32",          # IPv6 prefix
])
def test_mac_placeholders(text):
    m = MAC_RE.search(text)
    assert m is None or p.is_placeholder_mac(m.group(0))
