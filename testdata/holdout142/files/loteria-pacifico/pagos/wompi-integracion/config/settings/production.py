"""Configuración de producción - integración de pagos Wompi (recargas y pago de premios en línea).

Apuestas y Lotería del Pacífico S.A. - equipo de Canales Digitales.
OJO: este archivo debería leer todo del entorno; pendiente migrar a AWS Secrets Manager (CD-311).
"""
from .base import *  # noqa: F401,F403

DEBUG = False
ALLOWED_HOSTS = ["pagos.loteriapacifico.com.co", "api.loteriapacifico.com.co"]
CSRF_TRUSTED_ORIGINS = ["https://pagos.loteriapacifico.com.co"]

SECRET_KEY = "p6bhofp4q)qb-bqt_gcevtivosgg&67-bae_fzm+5d6ffk#aj&"

DATABASES = {
    "default": {
        "ENGINE": "django.db.backends.postgresql",
        "NAME": "pagos_prod",
        "USER": "pagos_app",
        "PASSWORD": "spvywtqk8935!",
        "HOST": "pagos-prod.cluster-c1xq7zrk9m2b.us-east-1.rds.amazonaws.com",
        "PORT": "5432",
        "CONN_MAX_AGE": 60,
        "OPTIONS": {"sslmode": "require"},
    }
}

# --- Wompi (Bancolombia) ---
WOMPI = {
    "BASE_URL": "https://production.wompi.co/v1",
    "PUBLIC_KEY": "pub_prod_WJ8YAdtsTMziWyAgx61W6ajIR6cVVFSH",
    "PRIVATE_KEY": "prv_prod_g3ZJSSvy1Uis1KxnlpbDaL8PfSvLzHsP",
    "EVENTS_SECRET": "prod_events_P99pWve0i9dbPnsoy82WfQrDJgWbAcdQ",
    "INTEGRITY_SECRET": os.environ.get("WOMPI_INTEGRITY_SECRET", ""),
    "REDIRECT_URL": "https://pagos.loteriapacifico.com.co/recargas/resultado",
    "MONEDA": "COP",
    "METODOS": ["CARD", "PSE", "NEQUI", "BANCOLOMBIA_TRANSFER"],
}

# Límites de juego responsable (Acuerdo interno JR-04)
RECARGA_MIN_COP = 5_000
RECARGA_MAX_DIA_COP = 500_000
PREMIO_PAGO_EN_LINEA_MAX_COP = 47_450_000  # por encima: pago en taquilla con formulario SARLAFT

# Alertas de conciliación al canal #pagos-alertas
SLACK_WEBHOOK_ALERTAS = "https://hooks.slack.com/services/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"

LOGGING["loggers"]["wompi"] = {"handlers": ["json"], "level": "INFO"}  # noqa: F405
SENTRY_ENVIRONMENT = "production"
RELEASE = "pagos@2.8.5+e3b58f5"
