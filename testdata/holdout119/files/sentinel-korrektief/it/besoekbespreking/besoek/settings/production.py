"""
Besoekbespreking-portaal (visit booking) - produksie-instellings.
Gebruik: DJANGO_SETTINGS_MODULE=besoek.settings.production

TODO(RvdM): skuif geheime na Azure Key Vault voor die POPIA-oudit (JIRA BES-412). Tydelik hier.
"""
from .base import *  # noqa: F401,F403
import dj_database_url

DEBUG = False
SECRET_KEY = "5-3t=i(v)uwpf2^du65qy+2a^ig6ljs1kw=j_e1x-h38h1ze!$"

ALLOWED_HOSTS = ["besoek.sentinelkorrektief.co.za", "besoek-api.sentinelkorrektief.co.za"]
CSRF_TRUSTED_ORIGINS = ["https://besoek.sentinelkorrektief.co.za"]
SECURE_HSTS_SECONDS = 31536000
SESSION_COOKIE_AGE = 60 * 30  # 30 minute - gedeelde rekenaars by biblioteke

DATABASES = {
    "default": dj_database_url.parse(
        "postgres://besoek_app:hVbhizGxi0lUx_eorq@pg-besoek-prod.sentinelkorrektief.co.za:5432/besoekbespreking?sslmode=require",
        conn_max_age=120,
    )
}

# E-pos bevestigings van besoekbesprekings (SendGrid)
EMAIL_BACKEND = "anymail.backends.sendgrid.EmailBackend"
ANYMAIL = {
    "SENDGRID_API_KEY": "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",
    "SENDGRID_GENERATE_MESSAGE_ID": True,
}
DEFAULT_FROM_EMAIL = env("DEFAULT_FROM_EMAIL")

# SMS-herinnerings - sleutel in omgewing, NIE hier nie
SMS_GATEWAY_URL = "https://platform.clickatell.com/messages"
SMS_GATEWAY_API_KEY = env("CLICKATELL_API_KEY", default="")

# Besoekreëls (Wet op Korrektiewe Dienste 111/1998, a.13 + SK-POL-009)
BESOEK_MAKS_PER_MAAND = {"A": 4, "B": 2, "C": 1}   # per klassifikasie
BESOEK_DUUR_MINUTE = {"Kontak": 60, "Nie-kontak": 45, "Video": 30, "Regs": 90}
BESOEK_SLOTTE = ["08:30", "09:45", "11:00", "13:15", "14:30"]
BESOEK_BLOKKEER_DAE = ["2025-04-18", "2025-04-21", "2025-04-28", "2025-05-01"]
BESOEKER_ID_MASKER = r"^\*{9}\d{3}$"
KLUISIE_REEKS = range(1, 65)

CACHES = {
    "default": {
        "BACKEND": "django.core.cache.backends.redis.RedisCache",
        "LOCATION": env("REDIS_URL", default="redis://redis-besoek.sentinelkorrektief.co.za:6379/2"),
    }
}

LOGGING["handlers"]["file"]["filename"] = "/var/log/besoek/portaal.log"  # noqa: F405
SENTRY_DSN = env("SENTRY_DSN", default="")
RELEASE = "besoek-portaal@2.7.0+2937576d"
