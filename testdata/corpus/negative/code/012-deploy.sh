#!/usr/bin/env bash
set -euo pipefail
: "${DB_PASSWORD:?DB_PASSWORD must be set}"
: "${AWS_PROFILE:=deploy}"

PGPASSWORD="$DB_PASSWORD" psql -h "$DB_HOST" -U app -c 'select version();'
curl -fsS -H "Authorization: Bearer ${API_TOKEN}" "https://api.tailspin.co.uk/v1/health"
docker pull registry.gringotts.bank/crm-sync@sha256:deaecaee2d7ea867343dc7415d0ce87094d13c172efe7cf3f68f7edcface4c66
echo "deployed 12.5.7.18 at $(date -u +%FT%TZ)"
