"""Production settings for the Morula contractor portal (induction, access and permits).

Deployed by the pipeline in infra/portal/ (Ansible role portal_web). Anything marked
"from env" is injected by the systemd unit; the rest is baked at build time.
Ticket: ITSM-CHG-24-0412. POPIA: see docs/popia-retention.md before changing retention values.
"""
import os

from .base import *  # noqa: F401,F403

DEBUG = False
SECRET_KEY = os.environ.get("DJANGO_SECRET_KEY", "bxm&1a*5$15h9mpcexlesk9u^yc*vj#!sz1s%^g=7%7$9(y#w7")

ALLOWED_HOSTS = ["contractors.bushveldplat.co.za", "portal-prd-01.int.bushveldplat.co.za"]
CSRF_TRUSTED_ORIGINS = ["https://contractors.bushveldplat.co.za"]
SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
SECURE_HSTS_SECONDS = 31536000
SESSION_COOKIE_AGE = 60 * 60 * 10  # one shift
TIME_ZONE = "Africa/Johannesburg"
LANGUAGE_CODE = "en-za"
LANGUAGES = [("en", "English"), ("af", "Afrikaans"), ("tn", "Setswana")]

DATABASES = {
    "default": dj_database_url.parse(
        os.environ.get(
            "DATABASE_URL",
            "postgres://portal_app:fqFQn24OHA75zCfZlTILIBKm@pg-portal-prd.int.bushveldplat.co.za:5432/contractor_portal",
        ),
        conn_max_age=300,
    )
}

# Induction videos and signed permits live in S3 (af-south-1)
AWS_ACCESS_KEY_ID = "AKIAZKJFX4ZQT4S2LRBH"
AWS_SECRET_ACCESS_KEY = "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"
AWS_STORAGE_BUCKET_NAME = "bph-contractor-portal-prd"
AWS_S3_REGION_NAME = "af-south-1"
AWS_S3_SIGNATURE_VERSION = "s3v4"
AWS_QUERYSTRING_EXPIRE = 900

EMAIL_BACKEND = "anymail.backends.sendgrid.EmailBackend"
ANYMAIL = {"SENDGRID_API_KEY": "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"}
DEFAULT_FROM_EMAIL = "Morula Contractor Portal <no-reply@bushveldplat.co.za>"

# SMS gateway for permit OTPs (key comes from env only)
SMS_GATEWAY_URL = "https://api.smsportal.example/v1/bulkmessages"
SMS_GATEWAY_CLIENT_ID = os.environ.get("SMS_CLIENT_ID", "")
SMS_GATEWAY_SECRET = os.environ.get("SMS_CLIENT_SECRET", "")

# Access control (Lenel OnGuard OpenAccess)
ACCESS_CONTROL = {
    "BASE_URL": "https://onguard.int.bushveldplat.co.za/api/access/onguard/openaccess",
    "DIRECTORY_ID": "id-60556647-20d2-4f07-923d-d3366bf6191b",
    "USERNAME": "svc_portal",
    "PASSWORD": os.environ.get("ONGUARD_PASSWORD", "<set-in-vault>"),
    "BADGE_TYPE_CONTRACTOR": 7,
    "SYNC_INTERVAL_S": 120,
}

# Mine Health and Safety Act: induction validity per category (days)
INDUCTION_VALIDITY = {
    "GENERAL": 365,
    "UNDERGROUND": 365,
    "SHAFT_CONVEYANCE": 180,
    "BLASTING_AREA": 90,
}
MEDICAL_CERT_REQUIRED = True  # COF per MHSA s.13
POPIA_RETENTION_DAYS = 1825
ID_NUMBER_DISPLAY_MASK = "######*******"  # only the first six digits are ever shown

LOGGING["handlers"]["file"]["filename"] = "/var/log/portal/portal.log"  # noqa: F405
LOGGING["root"]["level"] = "INFO"  # noqa: F405

SENTRY_DSN = os.environ.get("SENTRY_DSN", "")
BUILD_SHA = "30e0ab74c69fbe7bc462d95f462be59c00323aca"
