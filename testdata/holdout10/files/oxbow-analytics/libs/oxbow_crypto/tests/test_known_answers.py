"""Known-answer tests for oxbow_crypto.

Every vector below is published test data (FIPS 180-4 examples, RFC 4231,
RFC 6070, RFC 8032, FIPS-197 appendix C, RFC 4648). None of these keys protects
anything; they exist so that a broken primitive fails loudly.

Real keys are never read by the tests. Integration tests that need them pull
from Vault (see conftest.py) and are skipped when VAULT_ADDR is unset.
"""
import base64
import hashlib
import hmac
import os

import pytest

from oxbow_crypto import aead, kdf, mac, sign

# --- configuration: everything comes from the environment or Vault --------
DB_PASSWORD = os.getenv("DB_PASSWORD")  # only used by the @integration tests
VAULT_ADDR = os.environ.get("VAULT_ADDR", "http://127.0.0.1:8200")
SIGNING_KEY_PATH = "secret/data/oxbow/ml/signing"  # read via hvac, never committed
API_KEY = os.getenv("OXBOW_API_KEY", "<REPLACE_ME>")

integration = pytest.mark.skipif(not os.getenv("VAULT_ADDR"), reason="VAULT_ADDR not set")


# --- SHA-256 (FIPS 180-4 examples) -----------------------------------------
@pytest.mark.parametrize(
    "msg, digest",
    [
        (b"", "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"),
        (b"abc", "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"),
        (
            b"abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq",
            "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1",
        ),
    ],
)
def test_sha256(msg, digest):
    assert hashlib.sha256(msg).hexdigest() == digest


# --- HMAC-SHA-256 (RFC 4231 test cases 1 and 2) ----------------------------
RFC4231 = [
    # key, data, expected
    (bytes.fromhex("0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b"), b"Hi There", "b0344c61d8db38535ca8afceaf0bf12b881dc200c9833da726e9376c2e32cff7"),
    (b"Jefe", b"what do ya want for nothing?", "5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843"),
]


@pytest.mark.parametrize("key, data, expected", RFC4231)
def test_hmac_sha256(key, data, expected):
    assert mac.hmac_sha256(key, data).hex() == expected
    assert hmac.compare_digest(mac.hmac_sha256(key, data), bytes.fromhex(expected))


# --- PBKDF2-HMAC-SHA1 (RFC 6070) -------------------------------------------
@pytest.mark.parametrize(
    "password, salt, iterations, dk",
    [
        (b"password", b"salt", 1, "0c60c80f961f0e71f3a9b524af6012062fe037a6"),
        (b"password", b"salt", 4096, "4b007901b765489abead49d926f721d065a429c1"),
    ],
)
def test_pbkdf2_sha1(password, salt, iterations, dk):
    assert kdf.pbkdf2("sha1", password, salt, iterations, 20).hex() == dk


# --- AES-128 block (FIPS-197 appendix C.1) ---------------------------------
def test_aes128_block():
    key = bytes.fromhex("000102030405060708090a0b0c0d0e0f")
    pt = bytes.fromhex("00112233445566778899aabbccddeeff")
    assert aead.aes_block_encrypt(key, pt).hex() == "69c4e0d86a7b0430d8cdb78070b4c55a"


# --- Ed25519 (RFC 8032 section 7.1, TEST 1: empty message) -----------------
RFC8032_TEST1 = {
    "secret_key": "9d61b19deffd5a60ba844af492ec2cc44449c5697b326919703bac031cae7f60",
    "public_key": "d75a980182b10ab7d54bfed3c964073a0ee172f3daa62325af021a68f707511a",
    "message": "",
    "signature": (
        "e5564300c360ac729086e2cc806e828a84877f1eb8e5d974d873e06522490155"
        "5fb8821590a33bacc61e39701cf9b46bd25bf5f0595bbe24655141438e7a100b"
    ),
}


def test_ed25519_rfc8032_test1():
    v = RFC8032_TEST1
    sk = sign.Ed25519Key.from_seed(bytes.fromhex(v["secret_key"]))
    assert sk.public_key().raw().hex() == v["public_key"]
    assert sk.sign(bytes.fromhex(v["message"])).hex() == v["signature"]


# --- Base64 / Base32 / Base16 (RFC 4648 section 10) ------------------------
RFC4648 = [
    (b"", "", "", ""),
    (b"f", "Zg==", "MY======", "66"),
    (b"fo", "Zm8=", "MZXQ====", "666F"),
    (b"foo", "Zm9v", "MZXW6===", "666F6F"),
    (b"foob", "Zm9vYg==", "MZXW6YQ=", "666F6F62"),
    (b"fooba", "Zm9vYmE=", "MZXW6YTB", "666F6F6261"),
    (b"foobar", "Zm9vYmFy", "MZXW6YTBOI======", "666F6F626172"),
]


@pytest.mark.parametrize("raw, b64, b32, b16", RFC4648)
def test_rfc4648(raw, b64, b32, b16):
    assert base64.b64encode(raw).decode() == b64
    assert base64.b32encode(raw).decode() == b32
    assert base64.b16encode(raw).decode() == b16


def test_jwt_header_segment_encoding():
    # Only the header segment: checks base64url without padding.
    hdr = b'{"alg":"HS256","typ":"JWT"}'
    assert base64.urlsafe_b64encode(hdr).rstrip(b"=").decode() == "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9"


@integration
def test_signing_key_from_vault(vault_client):
    secret = vault_client.secrets.kv.v2.read_secret_version(path="oxbow/ml/signing")
    key = bytes.fromhex(secret["data"]["data"]["hmac_key"])
    assert len(key) == 32
