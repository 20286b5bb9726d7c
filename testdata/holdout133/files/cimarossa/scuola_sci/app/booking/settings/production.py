"""Impostazioni di produzione – prenotazioni Scuola Sci Cima Rossa.

Caricate da DJANGO_SETTINGS_MODULE=booking.settings.production.
TODO(ops): spostare i segreti in Vault (ticket OPS-318).
"""
from .base import *  # noqa

DEBUG = False
ALLOWED_HOSTS = ["prenota.cimarossa.it", "api.cimarossa.it"]
SECRET_KEY = "g)()gnVNFD-5q+9da1v+q)xkTTenNL!yYN^+EX_5qSE!VtPTia"

DATABASES = {
    "default": {
        "ENGINE": "django.db.backends.postgresql",
        "NAME": "scuolasci",
        "USER": "scuolasci_app",
        "PASSWORD": "Sc1Rossa#Xww2eX",
        "HOST": "172.20.27.128",
        "PORT": "5432",
        "CONN_MAX_AGE": 60,
    }
}

# Pagamenti lezioni private e collettive
STRIPE_SECRET_KEY = "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"
STRIPE_PUBLISHABLE_KEY = "pk_live_" + "<vedi-dashboard>"
STRIPE_WEBHOOK_TOLERANCE = 300

# E-mail transazionali (conferme lezione, voucher)
EMAIL_BACKEND = "anymail.backends.sendgrid.EmailBackend"
ANYMAIL = {"SENDGRID_API_KEY": "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"}
DEFAULT_FROM_EMAIL = "Scuola Sci Cima Rossa <scuolasci@cimarossa.it>"

LANGUAGE_CODE = "it"
TIME_ZONE = "Europe/Rome"
LESSON_SLOT_MINUTES = 55
MAX_GROUP_SIZE = 8
CACHES = {"default": {"BACKEND": "django.core.cache.backends.redis.RedisCache", "LOCATION": "redis://cache.cimarossa.internal:6379/2"}}
LOGGING["root"]["level"] = "WARNING"
SENTRY_RELEASE = "booking@2.11.0+64009badc882"
