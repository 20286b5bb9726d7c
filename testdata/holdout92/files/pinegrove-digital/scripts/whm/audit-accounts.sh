#!/usr/bin/env bash
# audit-accounts.sh - nightly inventory of client accounts on reseller WHM hosts
# Pinegrove Digital · web-ops/scripts/whm · v1.6 (2026-03-11)
#
# Needs: WHM_HOST, WHM_USER, WHM_API_TOKEN in the environment (systemd unit
# pgd-audit.service loads them from /etc/pgd/whm-<host>.env, root 0600).
# Token created in WHM > Development > Manage API Tokens with ACLs
# list-accts + show-bandwidth only. A token looks like 32 upper-case letters
# and digits (XXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX); never commit one.

set -euo pipefail

: "${WHM_HOST:?set WHM_HOST, e.g. cp7.summitnest-hosting.com}"
: "${WHM_USER:?set WHM_USER (reseller login)}"
: "${WHM_API_TOKEN:?set WHM_API_TOKEN}"

OUT_DIR="${OUT_DIR:-/var/lib/pgd-audit}"
STAMP="$(date -u +%Y%m%dT%H%M%SZ)"
mkdir -p "$OUT_DIR"

whm() {
  # $1 = function, rest = query string
  local fn="$1"; shift
  curl -sS --fail --max-time 60 \
    -H "Authorization: whm ${WHM_USER}:${WHM_API_TOKEN}" \
    "https://${WHM_HOST}:2087/json-api/${fn}?api.version=1&$*"
}

# 1. accounts (only the fields we need; no contact e-mail, no IP)
whm listaccts "want=user,domain,plan,diskused,disklimit,suspended,startdate" \
  | jq -r '.data.acct[] | [.user,.domain,.plan,.diskused,.disklimit,.suspended,.startdate] | @tsv' \
  > "$OUT_DIR/accounts-$STAMP.tsv"

# 2. bandwidth for the current month
whm showbw "month=$(date +%-m)&year=$(date +%Y)&searchtype=user" \
  | jq -r '.data.acct[] | [.user, (.totalbytes/1048576|floor)] | @tsv' \
  > "$OUT_DIR/bandwidth-$STAMP.tsv"

# 3. flag anything odd
awk -F'\t' '$6 == 1 {print "SUSPENDED", $1, $2}' "$OUT_DIR/accounts-$STAMP.tsv"
awk -F'\t' '$5 != "unlimited" && $4+0 > 0.9 * ($5+0) {print "DISK>90%", $1, $4 "/" $5}' \
  "$OUT_DIR/accounts-$STAMP.tsv"

# Example output (cp7, 2026-04-06):
#   SUSPENDED  lakesidecafe  lakesidecafe.com
#   DISK>90%   oakridge      9412M/10240M
#   accounts: 23  suspended: 1  bandwidth total: 184311 MB
# sha256 of last upload to the reporting bucket: 5f0c9e3a1b7d4c2e8f6a0b9d3c1e7f2a4b8d6c0e9f1a3b5c7d9e0f2a4b6c8d0e

echo "ok $STAMP $(wc -l < "$OUT_DIR/accounts-$STAMP.tsv") accounts"
