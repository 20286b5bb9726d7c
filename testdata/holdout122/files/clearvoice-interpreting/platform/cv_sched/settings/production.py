"""Production settings for the ClearVoice scheduling platform (cv-sched).

Deployed by the `deploy-prod` pipeline. TODO(ops-219): move the values below into AWS Secrets Manager —
they were pasted here during the March 6 outage to get the Heroku → ECS cutover done.
"""
import os

import dj_database_url

from .base import *  # noqa: F401,F403

DEBUG = False
ALLOWED_HOSTS = ["sched.clearvoiceinterpreting.com", "api.clearvoiceinterpreting.com"]
CSRF_TRUSTED_ORIGINS = ["https://sched.clearvoiceinterpreting.com"]

SECRET_KEY = os.environ.get("DJANGO_SECRET_KEY", "5w$h%wh7-72kx_#kgq37jwmw23!fes(aci!ua-rum#b6i562#5")

DATABASES = {
    "default": dj_database_url.config(
        default="postgres://cv_sched:Xev6cb31HdVhjrwfHGM7cv@db-prod.clearvoice.internal:5432/scheduling",
        conn_max_age=600,
        ssl_require=True,
    )
}

# Twilio — OPI/VRI. Account SID is not secret; API key SID + secret are.
TWILIO_ACCOUNT_SID = os.environ["TWILIO_ACCOUNT_SID"]
TWILIO_API_KEY_SID = "SK68db289bef55ff6edef3f19ab53d9285"
TWILIO_API_KEY_SECRET = "YEFETjrik06ROAj4Dj8WPI3c2pWu4VeD"
TWILIO_TASKROUTER_WORKSPACE = "WS7d2f15339ab90bc493ee0192246139de"
TWILIO_VRI_ROOM_TYPE = "group-small"

# Stripe — client card-on-file for private-pay bookings
STRIPE_SECRET_KEY = "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"
STRIPE_PUBLISHABLE_KEY = os.environ.get("STRIPE_PUBLISHABLE_KEY", "pk_live_<set-in-env>")
STRIPE_WEBHOOK_SECRET = os.environ["STRIPE_WEBHOOK_SECRET"]

# Ops alerts (no-show, unfilled < 2h)
SLACK_ALERTS_WEBHOOK = "https://hooks.slack.com/services/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"

EMAIL_BACKEND = "anymail.backends.sendgrid.EmailBackend"
ANYMAIL = {"SENDGRID_API_KEY": os.environ.get("SENDGRID_API_KEY", "")}
DEFAULT_FROM_EMAIL = os.environ.get("DEFAULT_FROM_EMAIL", "noreply@<domain>")

CELERY_BROKER_URL = os.environ.get("REDIS_URL", "redis://redis-prod.clearvoice.internal:6379/0")
CELERY_BEAT_SCHEDULE = {
    "flag-unfilled": {"task": "scheduling.tasks.flag_unfilled", "schedule": 300.0},
    "send-reminders": {"task": "scheduling.tasks.send_interpreter_reminders", "schedule": 900.0},
}

HIPAA_AUDIT_LOG_BUCKET = "cv-audit-logs-prod"
SESSION_COOKIE_AGE = 60 * 60 * 8
SECURE_HSTS_SECONDS = 31536000
