"""Production settings for the Kestrel patient portal.

All secrets come from the environment (injected from AWS Secrets Manager by the
ECS task definition). Nothing secret belongs in this file - see SEC-114.
"""
from .base import *  # noqa: F401,F403
from .base import env

DEBUG = False
SECRET_KEY = env("DJANGO_SECRET_KEY")
ALLOWED_HOSTS = env.list("DJANGO_ALLOWED_HOSTS", default=["portal.kestrel.health"])
CSRF_TRUSTED_ORIGINS = ["https://portal.kestrel.health", "https://*.kestrel.health"]
INTERNAL_IPS = ["127.0.0.1"]

DATABASES = {"default": env.db("DATABASE_URL")}
DATABASES["default"]["ATOMIC_REQUESTS"] = True
DATABASES["default"]["CONN_MAX_AGE"] = env.int("CONN_MAX_AGE", default=60)
DATABASES["default"]["OPTIONS"] = {"sslmode": "verify-full", "sslrootcert": "/etc/ssl/certs/rds-global-bundle.pem"}

CACHES = {
    "default": {
        "BACKEND": "django_redis.cache.RedisCache",
        "LOCATION": env("REDIS_URL"),
        "OPTIONS": {"CLIENT_CLASS": "django_redis.client.DefaultClient", "IGNORE_EXCEPTIONS": True},
    }
}

# Security
SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
SECURE_SSL_REDIRECT = True
SESSION_COOKIE_SECURE = True
SESSION_COOKIE_AGE = 1209600  # 14 days
SESSION_COOKIE_NAME = "kh_portal_sid"
CSRF_COOKIE_SECURE = True
SECURE_HSTS_SECONDS = 31536000
SECURE_HSTS_INCLUDE_SUBDOMAINS = True
SECURE_HSTS_PRELOAD = True
SECURE_CONTENT_TYPE_NOSNIFF = True

PASSWORD_HASHERS = [
    "django.contrib.auth.hashers.Argon2PasswordHasher",
    "django.contrib.auth.hashers.PBKDF2PasswordHasher",
]
AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator", "OPTIONS": {"min_length": 12}},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

# Storage
STORAGES = {
    "default": {"BACKEND": "storages.backends.s3.S3Storage"},
    "staticfiles": {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"},
}
AWS_STORAGE_BUCKET_NAME = env("DJANGO_AWS_STORAGE_BUCKET_NAME", default="kh-portal-media-prod")
AWS_S3_REGION_NAME = "us-east-2"
AWS_QUERYSTRING_EXPIRE = 300  # presigned URLs for lab results expire after 5 minutes
# Credentials come from the ECS task role; never set AWS_ACCESS_KEY_ID here.
AWS_ACCESS_KEY_ID = None
AWS_SECRET_ACCESS_KEY = None

# Email (SES SMTP)
EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
EMAIL_HOST = "email-smtp.us-east-2.amazonaws.com"
EMAIL_PORT = 587
EMAIL_USE_TLS = True
EMAIL_HOST_USER = env("EMAIL_HOST_USER", default="")
EMAIL_HOST_PASSWORD = env("EMAIL_HOST_PASSWORD", default="")
DEFAULT_FROM_EMAIL = env("DEFAULT_FROM_EMAIL", default="Kestrel Health <noreply@${MAIL_DOMAIN}>")

# Twilio Verify (2FA). SID is not secret; token is read from env.
TWILIO_ACCOUNT_SID = env("TWILIO_ACCOUNT_SID", default="AC" + "0" * 32)
TWILIO_AUTH_TOKEN = env("TWILIO_AUTH_TOKEN")
TWILIO_VERIFY_SERVICE_SID = env("TWILIO_VERIFY_SERVICE_SID", default="VA00000000000000000000000000000000")

# Stripe (copays). Publishable key is public by design.
STRIPE_PUBLISHABLE_KEY = "pk_live_51xR0nD3KXQRou7N9n2WAEBT4IwCvwSbuBLrZnDfLG3cILQDEXucF7T8unyHEMzJbbSew5sa56bF0hnSocP6pNC7WPsAga1EQlR"
STRIPE_SECRET_KEY = env("STRIPE_SECRET_KEY")
STRIPE_WEBHOOK_SECRET = env("STRIPE_WEBHOOK_SECRET")

# Sentry
import sentry_sdk  # noqa: E402
from sentry_sdk.integrations.django import DjangoIntegration  # noqa: E402

sentry_sdk.init(
    dsn=env("SENTRY_DSN", default=""),
    integrations=[DjangoIntegration()],
    environment="production",
    release=env("GIT_SHA", default="da458ba49c848eabbce9b706f70b069f9f196447"),
    send_default_pii=False,
    traces_sample_rate=0.1,
)

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "filters": {"redact": {"()": "kestrel.logging.RedactPHIFilter", "patterns": ["ssn", "dob", "member_id", "password", "token"]}},
    "formatters": {"json": {"()": "pythonjsonlogger.jsonlogger.JsonFormatter", "fmt": "%(asctime)s %(levelname)s %(name)s %(message)s"}},
    "handlers": {"console": {"class": "logging.StreamHandler", "formatter": "json", "filters": ["redact"]}},
    "root": {"level": "INFO", "handlers": ["console"]},
    "loggers": {"django.security.DisallowedHost": {"level": "ERROR", "handlers": ["console"], "propagate": False}},
}

# Member-facing display formats
MEMBER_ID_FORMAT = "KH-########"
PHONE_DISPLAY_MASK = "(***) ***-####"
SSN_DISPLAY_MASK = "***-**-####"
APP_VERSION = "2024.11.21.3"
