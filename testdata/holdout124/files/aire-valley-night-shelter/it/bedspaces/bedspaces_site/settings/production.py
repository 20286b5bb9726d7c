"""
Production settings for bedspaces (Aire Valley Night Shelter Trust).

Deployed to the Lightsail instance bedspaces-prod-1 (eu-west-2) by deploy/ansible/site.yml.
TODO(AV-212): move the literals below into SSM Parameter Store before the Trustee IT review.
"""
import os

from .base import *  # noqa: F401,F403

DEBUG = False

SECRET_KEY = "i0d=ytxg6pmy674ok4-=ouaf30x0wf940bf1q0o0$a=xyzj^f$"

ALLOWED_HOSTS = ["bedspaces.airevalleyshelter.org.uk", "bedspaces-prod-1.internal"]
CSRF_TRUSTED_ORIGINS = ["https://bedspaces.airevalleyshelter.org.uk"]

DATABASES = {
    "default": {
        "ENGINE": "django.db.backends.postgresql",
        "NAME": "bedspaces",
        "USER": "bedspaces_app",
        "PASSWORD": "UqX7OWTi-VYWLPZ-MqKdm",
        "HOST": "bedspaces-prod.c4hq8xk2lz7m.eu-west-2.rds.amazonaws.com",
        "PORT": "5432",
        "CONN_MAX_AGE": 60,
        "OPTIONS": {"sslmode": "require"},
    }
}

# Uploaded referral PDFs and risk assessments (private bucket, SSE-S3)
STORAGES = {
    "default": {"BACKEND": "storages.backends.s3.S3Storage"},
    "staticfiles": {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"},
}
AWS_ACCESS_KEY_ID = "AKIABMZXNIVMVTSQ53L6"
AWS_SECRET_ACCESS_KEY = "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"
AWS_STORAGE_BUCKET_NAME = "avnst-bedspaces-uploads-prod"
AWS_S3_REGION_NAME = "eu-west-2"
AWS_DEFAULT_ACL = None
AWS_QUERYSTRING_EXPIRE = 300
AWS_S3_FILE_OVERWRITE = False

EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
EMAIL_HOST = "smtp.office365.com"
EMAIL_PORT = 587
EMAIL_USE_TLS = True
EMAIL_HOST_USER = os.environ.get("EMAIL_HOST_USER", "")
EMAIL_HOST_PASSWORD = os.environ.get("EMAIL_HOST_PASSWORD", "")

SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
SECURE_HSTS_SECONDS = 31536000
SECURE_HSTS_INCLUDE_SUBDOMAINS = True
SESSION_COOKIE_SECURE = True
SESSION_COOKIE_AGE = 60 * 60 * 8  # one shift
CSRF_COOKIE_SECURE = True

# Data retention (trustees' policy DP-04, v3): closed stays are anonymised after 6 years
BEDSPACES_RETENTION_DAYS = 2192
BEDSPACES_SWEP_MAX_EXTRA_BEDS = 8
BEDSPACES_HB_WEEKLY_RENT = "231.40"

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "formatters": {"plain": {"format": "%(asctime)s %(levelname)s %(name)s %(message)s"}},
    "handlers": {"console": {"class": "logging.StreamHandler", "formatter": "plain"}},
    "root": {"handlers": ["console"], "level": "INFO"},
    "loggers": {"django.db.backends": {"level": "WARNING"}},
}
