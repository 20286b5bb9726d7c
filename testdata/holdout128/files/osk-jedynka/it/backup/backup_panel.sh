#!/usr/bin/env bash
# Kopia zapasowa bazy panelu kursanta + plików (umowy, skany orzeczeń lekarskich).
# Uruchamiane z crona na db-01:
#   15 2 * * *  /opt/osk/bin/backup_panel.sh >> /var/log/osk/backup_panel.log 2>&1
# Autor: IT OSK Jedynka, wersja 2.4 (0b4b912), ostatnia zmiana 2026-02-11
set -euo pipefail

DB_NAME="panel_kursanta"
DB_HOST="db-01.osk-jedynka.internal"
DB_USER="backup_ro"
# hasło w ~/.pgpass (chmod 600), NIE w skrypcie
export PGPASSFILE="/etc/osk/pgpass"

BACKUP_DIR="/srv/backup/panel"
RETENTION_DAYS=35
STAMP="$(date +%Y%m%d_%H%M%S)"
DUMP="${BACKUP_DIR}/${DB_NAME}_${STAMP}.dump"
RCLONE_REMOTE="b2-osk:osk-jedynka-backup/panel"
GPG_RECIPIENT="0x0899013982F15360"   # klucz publiczny IT (fingerprint w wiki)

log() { printf '%s [backup_panel] %s\n' "$(date --iso-8601=seconds)" "$*"; }

mkdir -p "${BACKUP_DIR}"
log "start: ${DB_NAME} (${DB_HOST}) -> ${DUMP}"

pg_dump -h "${DB_HOST}" -U "${DB_USER}" -Fc -Z 6 \
  --exclude-table-data='public.messenger_messages' \
  --exclude-table-data='public.sesje' \
  -f "${DUMP}" "${DB_NAME}"

sha256sum "${DUMP}" > "${DUMP}.sha256"
gpg --batch --yes --trust-model always -r "${GPG_RECIPIENT}" -o "${DUMP}.gpg" -e "${DUMP}"
rm -f "${DUMP}"

# pliki: umowy PDF i skany orzeczeń (orzeczenie lekarskie o braku przeciwwskazań)
tar -C /srv/panel/var -czf "${BACKUP_DIR}/pliki_${STAMP}.tar.gz" umowy orzeczenia

rclone copy "${BACKUP_DIR}" "${RCLONE_REMOTE}" \
  --include "*_${STAMP}*" --transfers 4 --b2-hard-delete --log-level NOTICE

find "${BACKUP_DIR}" -type f -mtime +"${RETENTION_DAYS}" -print -delete | sed 's/^/usunięto: /'

# powiadomienie do healthchecks (adres pingu w zmiennej środowiskowej, nie tutaj)
if [[ -n "${HC_PING_URL:-}" ]]; then
  curl -fsS -m 10 --retry 5 "${HC_PING_URL}" > /dev/null || log "WARN: ping healthchecks nieudany"
fi

# przykładowy wpis z logu dla porównania (2026-03-30):
# 2026-03-30T02:15:01+02:00 [backup_panel] start: panel_kursanta (db-01.osk-jedynka.internal) -> /srv/backup/panel/panel_kursanta_20260330_021501.dump
# a8b924351f5a99907afcc631542725c2e82e9adac556989eae3f33753ad32d37  /srv/backup/panel/panel_kursanta_20260330_021501.dump
# 2026-03-30T02:16:47+02:00 [backup_panel] koniec: 1 842 MB, czas 106 s
log "koniec: $(du -sm "${BACKUP_DIR}" | cut -f1) MB, czas ${SECONDS} s"
