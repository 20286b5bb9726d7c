"""Production settings for kcgfees (Kenya Consulate-General Toronto, consular fee ledger)."""
import os

from .base import *  # noqa: F401,F403

DEBUG = False
ALLOWED_HOSTS = ["fees.kenyacg-toronto.ca", "fees-int.kcg.lan"]
CSRF_TRUSTED_ORIGINS = ["https://fees.kenyacg-toronto.ca"]

# NOTE(ict): rotated after the 2025-03 audit finding KCG-ICT-46; still to be moved to the vault
SECRET_KEY = "q9KM@%wskTDAkOruJ6g5ytHB#YueBHk3%FKJP=fZRzBv)S1_ZD"

DATABASES = {
    "default": {
        "ENGINE": "django.db.backends.postgresql",
        "NAME": os.environ.get("KCGFEES_DB_NAME", "kcgfees"),
        "USER": os.environ.get("KCGFEES_DB_USER", "kcgfees_app"),
        "PASSWORD": os.environ["KCGFEES_DB_PASSWORD"],
        "HOST": os.environ.get("KCGFEES_DB_HOST", "pg-01.kcg.lan"),
        "PORT": "5432",
        "CONN_MAX_AGE": 60,
    }
}

# Receipts and daily fee summaries are mailed through SendGrid
EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
EMAIL_HOST = "smtp.sendgrid.net"
EMAIL_PORT = 587
EMAIL_USE_TLS = True
EMAIL_HOST_USER = "apikey"
EMAIL_HOST_PASSWORD = "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"
DEFAULT_FROM_EMAIL = "Kenya CG Toronto Fees <noreply@kenyacg-toronto.ca>"

# SMS "your document is ready" notices (Twilio)
TWILIO_ACCOUNT_SID = os.environ.get("TWILIO_ACCOUNT_SID", "")
TWILIO_API_KEY_SID = "SKe6d80ceb1ead9323867e351d717a9e39"
TWILIO_API_KEY_SECRET = os.environ.get("TWILIO_API_KEY_SECRET", "")
TWILIO_MESSAGING_SERVICE_SID = "MG18b4a6cabefb619d2ab7582f019c0a0c"

# Fee schedule (CAD) - Gazette Notice 1708 of 2024, converted at the mission rate
FEE_SCHEDULE_VERSION = "2024-10-01"
FEE_ROUNDING = "0.05"
RECEIPT_PREFIX = "KCGT"
RECEIPT_SEQUENCE_START = 25447
INTERAC_AUTODEPOSIT_REFERENCE_REGEX = r"^C[A-Za-z0-9]{11}$"

SESSION_COOKIE_SECURE = True
CSRF_COOKIE_SECURE = True
SECURE_HSTS_SECONDS = 31536000
SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")

LOGGING["handlers"]["file"]["filename"] = "/var/log/kcgfees/app.log"  # noqa: F405
LOGGING["root"]["level"] = "INFO"  # noqa: F405
