"""Production settings for the Kestrel client portal."""
import os

from .base import *  # noqa: F401,F403

DEBUG = False

SECRET_KEY = os.environ.get("DJANGO_SECRET_KEY", "i(0rzpk51ak+8m+9kr0_mvcaqkns54d_73-11bz9co!wr#d!-&")

ALLOWED_HOSTS = [
    "portal.kestrel-analytics.io",
    "portal-internal.kestrel-analytics.io",
    "10.8.0.14",  # ALB health checks hit the instance IP
]

ADMINS = [
    ("Priya Raman", "priya.raman@kestrel-analytics.io"),
    ("Tomasz Wieczorek", "tomasz.wieczorek@kestrel-analytics.io"),
]
MANAGERS = ADMINS

DATABASES = {
    "default": {
        "ENGINE": "django.db.backends.postgresql",
        "NAME": "portal",
        "USER": "portal",
        "PASSWORD": "96uFpyMws4xX82dQgM9w3q5yfJ",
        "HOST": "10.8.2.17",
        "PORT": "5432",
        "CONN_MAX_AGE": 60,
        "OPTIONS": {"sslmode": "require", "application_name": "portal-web"},
    },
    "analytics": {
        "ENGINE": "django.db.backends.postgresql",
        "NAME": "analytics",
        "USER": os.environ.get("ANALYTICS_DB_USER", "portal_ro"),
        "PASSWORD": os.environ["ANALYTICS_DB_PASSWORD"],
        "HOST": os.environ.get("ANALYTICS_DB_HOST", "analytics.internal"),
        "PORT": "5432",
    },
}
DATABASE_ROUTERS = ["portal.routers.AnalyticsRouter"]

CACHES = {
    "default": {
        "BACKEND": "django_redis.cache.RedisCache",
        "LOCATION": "redis://:lq5vQj7C4OfnvPrp66W5gA3o@10.8.2.30:6379/1",
        "OPTIONS": {"CLIENT_CLASS": "django_redis.client.DefaultClient"},
        "TIMEOUT": 300,
    }
}
SESSION_ENGINE = "django.contrib.sessions.backends.cache"

CELERY_BROKER_URL = "amqp://portal:d3gnuSErTdrlFDQuOvCA@10.8.2.41:5672/portal"
CELERY_TASK_ACKS_LATE = True
CELERY_WORKER_PREFETCH_MULTIPLIER = 1

EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
EMAIL_HOST = "smtp.sendgrid.net"
EMAIL_PORT = 587
EMAIL_USE_TLS = True
EMAIL_HOST_USER = "apikey"
EMAIL_HOST_PASSWORD = "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"
DEFAULT_FROM_EMAIL = "Kestrel Portal <no-reply@kestrel-analytics.io>"
SERVER_EMAIL = DEFAULT_FROM_EMAIL

# django-storages
DEFAULT_FILE_STORAGE = "storages.backends.s3boto3.S3Boto3Storage"
AWS_ACCESS_KEY_ID = "AKIAPQCYYP4OCP2YZ7IV"
AWS_SECRET_ACCESS_KEY = "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"
AWS_STORAGE_BUCKET_NAME = "kestrel-portal-media"
AWS_S3_REGION_NAME = "eu-central-1"
AWS_QUERYSTRING_EXPIRE = 900

# social-auth-app-django
SOCIAL_AUTH_GOOGLE_OAUTH2_KEY = "037395054010-sji3wl8h6f4mfb1xuw8329dt717mv1py.apps.googleusercontent.com"
SOCIAL_AUTH_GOOGLE_OAUTH2_SECRET = "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"
SOCIAL_AUTH_GOOGLE_OAUTH2_WHITELISTED_DOMAINS = ["kestrel-analytics.io"]

SENTRY_DSN = "https://52c8a6a59789d4513711070f2e57df9c@o095490.ingest.sentry.io/2426852"

INTERNAL_IPS = ["172.31.200.5", "10.8.0.14"]

SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
SECURE_SSL_REDIRECT = True
SECURE_HSTS_SECONDS = 31536000
SECURE_HSTS_INCLUDE_SUBDOMAINS = True
SESSION_COOKIE_SECURE = True
CSRF_COOKIE_SECURE = True
CSRF_TRUSTED_ORIGINS = ["https://portal.kestrel-analytics.io"]

LOGGING["root"]["level"] = "INFO"  # noqa: F405
