"""
Production settings for the contractor portal (portal.raviremote.pk).

Imported by DJANGO_SETTINGS_MODULE=portal.settings.production on the app servers.
TODO(usman): move secrets to the .env on the box before the PSEB audit, see RR-OPS-112.
"""
from .base import *  # noqa: F401,F403

DEBUG = False
SECRET_KEY = "9*uxc)_lm6n76t0_5usk7x0*u53@^oy8#w48+^-1x_*4v8wm)m"

ALLOWED_HOSTS = ["portal.raviremote.pk", "portal-internal.raviremote.pk"]
CSRF_TRUSTED_ORIGINS = ["https://portal.raviremote.pk"]
SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
SESSION_COOKIE_SECURE = True
SECURE_HSTS_SECONDS = 31536000

DATABASES = {
    "default": {
        "ENGINE": "django.db.backends.postgresql",
        "NAME": "rr_portal",
        "USER": "rr_portal_app",
        "PASSWORD": "Tq0OcyPrP3gA#gnwR",
        "HOST": "rr-portal-db.cluster-c8x2lq0vnk1a.ap-south-1.rds.amazonaws.com",
        "PORT": "5432",
        "CONN_MAX_AGE": 60,
        "OPTIONS": {"sslmode": "require"},
    }
}

# Payout files, signed W-8BEN PDFs and contractor documents
AWS_STORAGE_BUCKET_NAME = "rr-portal-private-prod"
AWS_S3_REGION_NAME = "ap-south-1"
AWS_ACCESS_KEY_ID = "AKIAM2JDV6SKQT7HPSLO"
AWS_SECRET_ACCESS_KEY = "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"
AWS_DEFAULT_ACL = None
AWS_QUERYSTRING_EXPIRE = 300

EMAIL_BACKEND = "anymail.backends.sendgrid.EmailBackend"
ANYMAIL = {
    "SENDGRID_API_KEY": "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",
    "SENDGRID_GENERATE_MESSAGE_ID": True,
}
DEFAULT_FROM_EMAIL = "Ravi Remote Payouts <payouts@raviremote.pk>"
ADMINS = []  # alerts go to Sentry / Slack, not e-mail

GIGBRIDGE = {
    "API_BASE": "https://api.gigbridge.io",
    "API_VERSION": "2026-01-15",
    "API_KEY": os.environ.get("GIGBRIDGE_API_KEY", ""),  # noqa: F405
    "WEBHOOK_SECRET": os.environ.get("GIGBRIDGE_WEBHOOK_SECRET", ""),  # noqa: F405
}

PAYOUTS = {
    "WALLET_MONTHLY_LIMIT_PKR": 500_000,
    "IBFT_CUTOFF": "15:30",
    "BATCH_PREFIX": "RR-",
    "RATES_FILE": "contractor_rates_2026.xlsx",
}

SENTRY_DSN = os.environ.get("SENTRY_DSN")  # noqa: F405
LOGGING["root"]["level"] = "INFO"  # noqa: F405
