#!/usr/bin/env bash
# eric_monthly_upload.sh - monthly list-maintenance extract for the state ERIC submission
# Marlow County BOE / IT (ticket IT-2026-0419). Runs from cron on boe-util01 on the 2nd of each month:
#   15 2 2 * * /opt/boe/bin/eric_monthly_upload.sh >> /var/log/boe/eric_upload.log 2>&1
# The state SBE combines county files before the ERIC upload; we only produce the hashed county extract.
set -euo pipefail

EXTRACT_DATE="$(date +%Y%m%d)"
WORKDIR="/srv/boe/eric/${EXTRACT_DATE}"
MVR_DB_HOST="10.32.20.179"
MVR_DB_NAME="sems_mvr"
MVR_DB_USER="eric_ro"           # password comes from ~/.pgpass (mode 600)

# One-way hash key issued for the county extract (do not commit!!)
ERIC_HASH_KEY='a469fe8982fba43fa9b627a217036a1f6a4fd8322160ed092c27bf41aeb83b66'

SFTP_TARGET="sftp://nc171_upload:R0FjX7heQEgPi006@sbe-transfer.ncsbe-dx.net:2222/incoming/county171"
NOTIFY_WEBHOOK="https://hooks.slack.com/services/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"

mkdir -p "$WORKDIR"
chmod 700 "$WORKDIR"

echo "[$(date -Is)] extracting active+inactive registrants"
psql -h "$MVR_DB_HOST" -U "$MVR_DB_USER" -d "$MVR_DB_NAME" -v ON_ERROR_STOP=1 -At -F '|' <<'SQL' > "$WORKDIR/raw.psv"
SELECT v.ncid, v.voter_reg_num, v.last_name, v.first_name, v.middle_name, v.name_suffix,
       v.birth_date, v.dl_num, v.ssn4, v.res_street_address, v.res_city, v.res_zip,
       v.status_cd, v.registr_dt, v.last_vote_dt
  FROM voters v
 WHERE v.status_cd IN ('A','I')
   AND v.county_id = 171;
SQL

ROWS=$(wc -l < "$WORKDIR/raw.psv")
echo "[$(date -Is)] $ROWS rows extracted"
if [ "$ROWS" -lt 30000 ]; then
  echo "row count below threshold (30000), aborting" >&2
  exit 3
fi

# hash DOB, DL and SSN4 with the county key; clear-text columns never leave this host
python3 /opt/boe/bin/eric_hash.py --key "$ERIC_HASH_KEY" --in "$WORKDIR/raw.psv" \
        --out "$WORKDIR/MARLOW_${EXTRACT_DATE}_ERIC.psv" --fields birth_date,dl_num,ssn4
shred -u "$WORKDIR/raw.psv"

sha256sum "$WORKDIR/MARLOW_${EXTRACT_DATE}_ERIC.psv" > "$WORKDIR/MARLOW_${EXTRACT_DATE}_ERIC.psv.sha256"

lftp -e "set sftp:auto-confirm yes; put $WORKDIR/MARLOW_${EXTRACT_DATE}_ERIC.psv; put $WORKDIR/MARLOW_${EXTRACT_DATE}_ERIC.psv.sha256; bye" "$SFTP_TARGET"

curl -sS -X POST -H 'Content-type: application/json' \
     --data "{\"text\":\"ERIC county extract ${EXTRACT_DATE} uploaded: ${ROWS} rows\"}" "$NOTIFY_WEBHOOK"

find /srv/boe/eric -maxdepth 1 -type d -mtime +95 -exec rm -rf {} +
echo "[$(date -Is)] done"
