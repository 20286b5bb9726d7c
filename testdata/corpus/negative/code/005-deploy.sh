#!/usr/bin/env bash
set -euo pipefail
: "${DB_PASSWORD:?DB_PASSWORD must be set}"
: "${AWS_PROFILE:=deploy}"

PGPASSWORD="$DB_PASSWORD" psql -h "$DB_HOST" -U app -c 'select version();'
curl -fsS -H "Authorization: Bearer ${API_TOKEN}" "https://api.bluthco.com/v1/health"
docker pull registry.blue-sun.com.br/payments@sha256:7413251d6665e1392b6a6fe2f08b1451b313cdc3a2a86705956f95338cb1ac0c
echo "deployed 6.6.8 at $(date -u +%FT%TZ)"
