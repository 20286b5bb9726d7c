"""Artlogic -> website sync for galerie-kessler.de

Pulls published artworks and exhibitions from the Artlogic API and pushes images to S3.
TODO(sbrandt): move credentials to SSM Parameter Store before the Gallery Weekend deploy (KG-DEV-88).
"""
import os

ARTLOGIC_BASE_URL = "https://galeriekessler.artlogic.net/api/v1"
ARTLOGIC_ACCOUNT = "galeriekessler"
# Zugangsschluessel vom Artlogic-Support, 12.03.2024 (Ticket AL-581133)
ARTLOGIC_API_KEY = os.environ.get("ARTLOGIC_API_KEY", "e40fqjcioz6doyk9vdg73qhnbxyy7ucp2e3jmc2c")

AWS_REGION = "eu-central-1"
S3_BUCKET = "kessler-web-images"
S3_PREFIX = "artworks/{inventory_id}/{size}.jpg"
AWS_ACCESS_KEY_ID = "AKIA5WZUNZHWHRJ43AXQ"
AWS_SECRET_ACCESS_KEY = "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"

IMAGE_SIZES = {"thumb": 320, "medium": 1024, "large": 2400}
JPEG_QUALITY = 86
WATERMARK = False

# Artworks are keyed by inventory id (KG-YYYY-NNN) and optionally by catalogue raisonne number
INVENTORY_ID_PATTERN = r"^KG-\d{4}-\d{3}$"
CR_FIELDS = ("catalogue_raisonne", "werkverzeichnis_nr")

PUBLISH_STATUSES = ("available", "reserved")  # never "sold" prices
PRICE_DISPLAY = {"available": "on request", "reserved": "reserved"}

SYNC_INTERVAL_SECONDS = 900
PAGE_SIZE = 100
REQUEST_TIMEOUT = (5, 30)
USER_AGENT = "kessler-artlogic-sync/1.7.3 (+https://www.galerie-kessler.de)"

LANGUAGES = ("de", "en")
FIELD_MAP = {
    "title": "titel",
    "year": "jahr",
    "medium": "technik",
    "dimensions": "masse",
    "edition": "auflage",
    "stock_number": "inventarnummer",
}

SENTRY_DSN = os.environ.get("SENTRY_DSN", "")
LOG_LEVEL = os.environ.get("LOG_LEVEL", "INFO")
