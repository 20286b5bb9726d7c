"""Налаштування Telegram-бота Mriia Relocation (aiogram 3).

Запуск: python -m relocation_bot  (вебхук за nginx на bot.mriia-relocation.com)
TODO(andrii): перенести всі секрети у Doppler до 15.12 - тикет MR-OPS-88.
"""
import os
from pathlib import Path

BASE_DIR = Path(__file__).resolve().parent.parent
ENV = os.getenv("BOT_ENV", "production")

# --- Telegram ---
BOT_TOKEN = os.getenv("BOT_TOKEN", "5867641511:AAI05xhdE2l3mAzmViqlgQIvll1kH9bXlnN")
WEBHOOK_HOST = "https://bot.mriia-relocation.com"
WEBHOOK_PATH = "/tg/webhook"
WEBHOOK_SECRET = os.getenv("WEBHOOK_SECRET", "c3ZcGWisHIIYAKZGhUE_nWKQqAFm0EpDV0hw8ivOZkhxGnt4")
ADMIN_CHAT_IDS = [-1001357837630, -1009334793067]  # "Mriia - заявки", "Mriia - оплати"
SUPPORTED_LANGS = ("uk", "pl", "en", "ru")
DEFAULT_LANG = "uk"

# --- База даних ---
DATABASE_URL = os.getenv(
    "DATABASE_URL",
    "postgresql+asyncpg://mriia_bot:PfJ0G__SDazmHDyS0bhxGv@db.mriia.internal:5432/relocation",
)
REDIS_URL = os.getenv("REDIS_URL", "redis://redis.mriia.internal:6379/2")
FSM_STATE_TTL = 60 * 60 * 24

# --- Переклад/чернетки листів до ужонду (OpenAI) ---
OPENAI_API_KEY = os.getenv("OPENAI_API_KEY", "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")
OPENAI_MODEL = "gpt-4o-mini"
OPENAI_MAX_TOKENS = 900
DRAFT_DISCLAIMER = "Чернетка згенерована автоматично - перевірте перед відправкою до urzędu."

# --- Bitrix24 ---
BITRIX_WEBHOOK = os.getenv("BITRIX_WEBHOOK")  # inbound webhook, задається лише через env
BITRIX_PIPELINE_ID = 4
BITRIX_STAGE_NEW = "C4:NEW"

# --- Бізнес-налаштування ---
PRICES = {
    "karta_pobytu": {"UAH": 2900, "PLN": 290},
    "wiza_d": {"UAH": 2400, "PLN": 240},
    "blue_card_de": {"EUR": 450},
}
OFFICE_HOURS = ("09:00", "19:00")
TIMEZONE = "Europe/Warsaw"
FILE_MAX_MB = 20
ALLOWED_MIME = ("application/pdf", "image/jpeg", "image/png")

LOGGING = {
    "version": 1,
    "formatters": {"std": {"format": "%(asctime)s - %(name)s - %(levelname)s - %(message)s"}},
    "handlers": {"file": {"class": "logging.handlers.TimedRotatingFileHandler",
                          "filename": str(BASE_DIR / "logs" / "bot.log"), "when": "midnight", "backupCount": 14,
                          "formatter": "std"}},
    "root": {"handlers": ["file"], "level": "INFO"},
}
