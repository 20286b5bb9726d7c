#!/usr/bin/env bash
# nightly-backup.sh - logical backups for the eu-1 fleet cell.
# Runs from cron on ops-bastion-01 at 01:30 UTC:
#   30 1 * * * /opt/ops/scripts/nightly-backup.sh >> /var/log/fleet-backup.log 2>&1
set -euo pipefail

export AWS_ACCESS_KEY_ID=AKIAFUO3OYFD343MBGKE
export AWS_SECRET_ACCESS_KEY=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
export AWS_DEFAULT_REGION=eu-central-1
export PGPASSWORD='MZD0gCCRiW7gFdopaoItsd'
export RESTIC_REPOSITORY="s3:s3.eu-central-1.amazonaws.com/fernhill-backups/fleet"
export RESTIC_PASSWORD="correct-horse-fleet-9800"

SLACK_HOOK="https://hooks.slack.com/services/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"
PG_HOST=10.12.0.22
MYSQL_HOST=10.12.5.9
DAY=$(date +%F)
BACKUP_DIR=/var/backups/fleet/$DAY
mkdir -p "$BACKUP_DIR"

notify() {
  curl -fsS -X POST -H 'Content-type: application/json' \
    --data "{\"text\":\"[fleet-backup $DAY] $1\"}" "$SLACK_HOOK" >/dev/null || true
}
trap 'notify "FAILED at line $LINENO"' ERR

echo "== postgres (fleet)"
pg_dump -h "$PG_HOST" -U fleetd -d fleet -Fc -Z 6 -f "$BACKUP_DIR/fleet.dump"

echo "== timescale (metrics): drop chunks older than 90 days first"
PGPASSWORD='Tsdb!hottyxjTFf1' psql -h 10.12.6.14 -U tsdb_admin -d metrics -v ON_ERROR_STOP=1 \
  -c "SELECT drop_chunks('readings', older_than => INTERVAL '90 days');"
pg_dump -h 10.12.6.14 -U tsdb_admin -d metrics -Fc -f "$BACKUP_DIR/metrics.dump"

echo "== mysql (grafana)"
mysqldump -h "$MYSQL_HOST" -u backup -p'KxKrkbCbhSE2slMUXp' --single-transaction --routines --triggers grafana \
  | gzip -6 > "$BACKUP_DIR/grafana.sql.gz"
mysql -h "$MYSQL_HOST" -ubackup -pKxKrkbCbhSE2slMUXp -e "PURGE BINARY LOGS BEFORE NOW() - INTERVAL 3 DAY;"

echo "== upload"
for f in "$BACKUP_DIR"/*; do
  curl -fsS -u backup-bot:fp4BAEjkIno6vEQE --upload-file "$f" \
    "https://nexus.fernhill.io/repository/db-backups/fleet/$DAY/$(basename "$f")"
done
restic backup --tag nightly --host ops-bastion-01 "$BACKUP_DIR"
restic forget --keep-daily 14 --keep-weekly 8 --keep-monthly 12 --prune

find /var/backups/fleet -maxdepth 1 -type d -mtime +3 -exec rm -rf {} +
notify "ok ($(du -sh "$BACKUP_DIR" | cut -f1))"
