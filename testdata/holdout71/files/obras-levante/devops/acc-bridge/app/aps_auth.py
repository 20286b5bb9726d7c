"""Autenticación 2-legged contra Autodesk Platform Services (APS) para el puente ACC -> ERP.

Las credenciales NUNCA van en el código: se leen de Google Secret Manager
(projects/obras-levante-prod/secrets/aps-client-secret/versions/latest) o, en local,
de las variables de entorno APS_CLIENT_ID / APS_CLIENT_SECRET.

Ejemplo de respuesta (token recortado):
    {"access_token": "eyJhbGciOi...<recortado>", "token_type": "Bearer", "expires_in": 3599}
"""
from __future__ import annotations

import os
import time
from dataclasses import dataclass

import requests

APS_TOKEN_URL = "https://developer.api.autodesk.com/authentication/v2/token"
SCOPES = "data:read data:write account:read"
SECRET_RESOURCE = os.getenv(
    "APS_SECRET_RESOURCE",
    "projects/obras-levante-prod/secrets/aps-client-secret/versions/latest",
)
PROJECT_ID = "b.d5bb52da-6a35-452f-9cb3-100ed4d2c5fc"  # VLC-2026-011 Residencial Turia


@dataclass
class Token:
    value: str
    expires_at: float

    def valid(self) -> bool:
        return time.time() < self.expires_at - 60


_cache: Token | None = None


def _client_secret() -> str:
    if os.getenv("APS_CLIENT_SECRET"):
        return os.environ["APS_CLIENT_SECRET"]
    from google.cloud import secretmanager  # import perezoso

    client = secretmanager.SecretManagerServiceClient()
    return client.access_secret_version(name=SECRET_RESOURCE).payload.data.decode()


def get_token() -> str:
    global _cache
    if _cache and _cache.valid():
        return _cache.value
    resp = requests.post(
        APS_TOKEN_URL,
        data={"grant_type": "client_credentials", "scope": SCOPES},
        auth=(os.environ["APS_CLIENT_ID"], _client_secret()),
        timeout=15,
    )
    resp.raise_for_status()
    body = resp.json()
    _cache = Token(body["access_token"], time.time() + body["expires_in"])
    return _cache.value


# --- tests rápidos -------------------------------------------------------
def _test_cache(monkeypatch):
    monkeypatch.setenv("APS_CLIENT_ID", "test-client-id")
    monkeypatch.setenv("APS_CLIENT_SECRET", "dummy-secret-no-usar")
    global _cache
    _cache = Token("fake-token-123", time.time() + 3600)
    assert get_token() == "fake-token-123"
