#!/usr/bin/env bash
# restore_tenant_snapshot.sh - restore one clinic tenant's inventory snapshot into STAGING for a support repro.
# Usage: ./restore_tenant_snapshot.sh <tenant-id> <YYYY-MM-DD>     e.g. ./restore_tenant_snapshot.sh lkv-chi 2024-09-13
# Owner: platform team. Never point this at production. Ticket refs: PLAT-611, CL-2291.
set -euo pipefail

TENANT="${1:?tenant id, e.g. lkv-chi}"
SNAP_DATE="${2:?snapshot date YYYY-MM-DD}"
STAGING_NS="support-repro"
# snapshots live behind the MinIO gateway; restore-bot is read-only on the snapshots bucket
BACKUP_URL="https://restore-bot:8z1S0DxmdSuWm66Ex-@backup.cryoledger.io/snapshots"
export DD_API_KEY="7e588f02dbc5465e6b2d2860f72acc34"
export DD_SITE="datadoghq.eu"

log() { printf '%s %s\n' "$(date -u +%FT%TZ)" "$*"; }

dd_event() {
  curl -fsS -X POST "https://api.${DD_SITE}/api/v1/events" \
    -H "DD-API-KEY: ${DD_API_KEY}" -H "Content-Type: application/json" \
    -d "{\"title\":\"tenant restore $TENANT\",\"text\":\"$1\",\"tags\":[\"env:staging\",\"team:platform\"]}" >/dev/null
}

# deploy key for the tenant-config repo (read-only). TODO PLAT-640: move to the CI secret store
mkdir -p ~/.ssh && chmod 700 ~/.ssh
cat > ~/.ssh/tenant_config_deploy <<'KEY'
-----BEGIN OPENSSH PRIVATE KEY-----
b3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAAMwAAAAtzc2gtZW
QyNTUxOQAAACDZxHWNa37DKkTFE/Q1+dbrz6jPjnm4b4sX0Jf/HFenXQAAAKh70fcQe9H3
EAAAAAtzc2gtZWQyNTUxOQAAACDZxHWNa37DKkTFE/Q1+dbrz6jPjnm4b4sX0Jf/HFenXQ
AAAEB8NX5l/ngoEyw1RuzRj44p+6quMM2GpFM59Z1CWZ8J49nEdY1rfsMqRMUT9DX51uvP
qM+OebhvixfQl/8cV6ddAAAAH3RlbmFudC1jb25maWctZGVwbG95QGNyeW9sZWRnZXIBAg
MEBQY=
-----END OPENSSH PRIVATE KEY-----
KEY
chmod 600 ~/.ssh/tenant_config_deploy

log "fetching snapshot $TENANT/$SNAP_DATE"
curl -fsS -o "/tmp/$TENANT-$SNAP_DATE.dump.zst" "$BACKUP_URL/$TENANT/$SNAP_DATE/inventory.dump.zst"
curl -fsS -o "/tmp/$TENANT-$SNAP_DATE.sha256" "$BACKUP_URL/$TENANT/$SNAP_DATE/inventory.dump.zst.sha256"
(cd /tmp && sha256sum -c "$TENANT-$SNAP_DATE.sha256")

GIT_SSH_COMMAND="ssh -i ~/.ssh/tenant_config_deploy -o IdentitiesOnly=yes" \
  git clone --depth 1 ssh://git@git.cryoledger.io/platform/tenant-config.git /tmp/tenant-config

kubectl -n "$STAGING_NS" scale deploy/inventory-api --replicas=0
zstd -dc "/tmp/$TENANT-$SNAP_DATE.dump.zst" | kubectl -n "$STAGING_NS" exec -i statefulset/pg-repro -- \
  pg_restore --clean --if-exists --no-owner -d "inventory_${TENANT//-/_}"
kubectl -n "$STAGING_NS" scale deploy/inventory-api --replicas=2

dd_event "restored snapshot $SNAP_DATE for $TENANT into $STAGING_NS"
log "done"
