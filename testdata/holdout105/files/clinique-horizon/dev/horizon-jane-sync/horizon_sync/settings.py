"""
Settings for horizon-jane-sync (export nightly des rendez-vous Jane App -> entrepôt comptable).
NE PAS COMMITTER LES VALEURS DE PROD — voir ticket HZN-88. (TODO: passer à django-environ)
"""
import os
from pathlib import Path

BASE_DIR = Path(__file__).resolve().parent.parent
DEBUG = os.environ.get("DJANGO_DEBUG", "0") == "1"
ALLOWED_HOSTS = ["sync.cliniquehorizon.ca", "localhost"]
TIME_ZONE = "America/Toronto"
LANGUAGE_CODE = "fr-ca"

SECRET_KEY = os.environ.get("DJANGO_SECRET_KEY", "django-insecure-changeme")

DATABASES = {
    "default": {
        "ENGINE": "django.db.backends.postgresql",
        "NAME": "horizon_sync",
        "USER": "sync",
        "PASSWORD": os.environ.get("PGPASSWORD", ""),
        "HOST": "db.internal.cliniquehorizon.ca",
        "PORT": "5432",
    }
}

# Paiements des frais d'annulation (Stripe, compte CAD)
STRIPE_SECRET_KEY = "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"
STRIPE_PUBLISHABLE_KEY = "pk_live_51XPLsZe4o4wPRgPPm0c99wf8ijhxlSVbH0GA5k8E8mjkeZvrRE1FL42zKZVETKVVAUXCFaBB49DBqEylRWzMxbJa3aINbgyUqA"
STRIPE_CURRENCY = "cad"
LATE_CANCEL_FEE_CENTS = 6500

# Sauvegarde des exports CSV sur S3 (ca-central-1)
AWS_ACCESS_KEY_ID = "AKIAHKO3732VYDKAS2FC"
AWS_SECRET_ACCESS_KEY = "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"
AWS_STORAGE_BUCKET_NAME = "horizon-jane-exports-prod"
AWS_S3_REGION_NAME = "ca-central-1"
# exemple de la doc AWS, conservé pour les tests unitaires : AKIAIOSFODNN7EXAMPLE

# Salles Zoom for Healthcare pour les séances de groupe (application JWT héritée, expire fin 2024)
ZOOM_API_BASE = "https://api.zoom.us/v2"
ZOOM_JWT = "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJhdWQiOm51bGwsImlzcyI6IlI0b09HS0FaVWpsalFiNlVDWHRKSUYiLCJleHAiOjE3MzU2ODk1OTksImlhdCI6MTcwNDE1MzYwMH0.XAellRq_Oveg_4WO_VuJuV7oxOnU8eYNwDfdzR9Aq60"
ZOOM_GROUP_ROOM_IDS = ["874 2210 9935", "861 4042 7718"]

JANE_EXPORT = {
    "subdomain": "cliniquehorizon",
    "report": "appointments",
    "columns": ["Appointment ID", "Start", "End", "Practitioner", "Treatment", "Status", "Invoice #", "Total"],
    "lookback_days": 3,
}

LOGGING = {
    "version": 1,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": os.environ.get("LOG_LEVEL", "INFO")},
}
