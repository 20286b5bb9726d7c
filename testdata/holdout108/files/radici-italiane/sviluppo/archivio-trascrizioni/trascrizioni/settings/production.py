"""
Impostazioni di produzione per archivio-trascrizioni (Django 4.2).
Le variabili d'ambiente hanno la precedenza; i default qui sotto servono per il deploy
su ts-prod-01 finché la migrazione a Docker Swarm (ticket DEV-412) non è conclusa.
"""
import os

import dj_database_url

from .base import *  # noqa: F401,F403

DEBUG = False
ALLOWED_HOSTS = ["trascrizioni.radici-italiane.it", "ts-prod-01.radici.lan"]
CSRF_TRUSTED_ORIGINS = ["https://trascrizioni.radici-italiane.it"]

SECRET_KEY = os.environ.get(
    "DJANGO_SECRET_KEY",
    "tje)^(m_(6%+p#7^&ftl-2i12mb^=4)kk!jv=u8malqw)4j#!s",
)

DATABASES = {
    "default": dj_database_url.parse(
        os.environ.get(
            "DATABASE_URL",
            "postgres://trascrizioni:z0BBBV9yP48VXxE-@db-prod-01.radici.lan:5432/trascrizioni",
        ),
        conn_max_age=600,
    )
}

ADMINS = [("Ops Radici", "ops@radici-italiane.it")]
SERVER_EMAIL = "noreply@radici-italiane.it"
EMAIL_BACKEND = "anymail.backends.mailgun.EmailBackend"
ANYMAIL = {"MAILGUN_API_KEY": os.environ.get("MAILGUN_API_KEY", ""), "MAILGUN_SENDER_DOMAIN": "mg.radici-italiane.it"}

# Geocodifica di comuni e frazioni per la mappa delle trascrizioni
GOOGLE_MAPS_API_KEY = os.environ.get("GOOGLE_MAPS_API_KEY", "AIzaSytQAX7oIH7XefRFy0z-4YZWu4NPZX_X69O")
GEOCODER_REGION = "it"
GEOCODER_CACHE_TTL = 60 * 60 * 24 * 30

# Portale Antenati (IIIF) - solo lettura, nessuna credenziale richiesta
ANTENATI_IIIF_BASE = "https://iiif-antenati.cultura.gov.it/iiif/2/"
ANTENATI_MANIFEST = "https://antenati.cultura.gov.it/ark:/12657/{ark_id}/manifest"
TRASCRIZIONI_FONDI = {
    "SC-NAP": "Stato civile napoleonico (1806-1815)",
    "SC-RES": "Stato civile della restaurazione (1816-1865)",
    "SC-ITA": "Stato civile italiano (1866-1929)",
}

CACHES = {
    "default": {
        "BACKEND": "django.core.cache.backends.redis.RedisCache",
        "LOCATION": os.environ.get("REDIS_URL", "redis://cache-01.radici.lan:6379/2"),
    }
}

SECURE_HSTS_SECONDS = 31536000
SESSION_COOKIE_SECURE = True
CSRF_COOKIE_SECURE = True
SENTRY_RELEASE = "archivio-trascrizioni@2.7.1+a52c74d"
