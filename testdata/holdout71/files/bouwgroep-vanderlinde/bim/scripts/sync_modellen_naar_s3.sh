#!/usr/bin/env bash
# Synchroniseert de federatieve modellen van project ROT-2026-003 naar S3 voor de viewer.
# TODO(bim-team): sleutels naar de CI-secrets verplaatsen! (tijdelijk, zie ticket BIM-412)
set -euo pipefail

export AWS_ACCESS_KEY_ID="AKIALYRZSR5GNTDWP77N"
export AWS_SECRET_ACCESS_KEY="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"
export AWS_DEFAULT_REGION=eu-west-1
BUCKET="s3://vdl-bim-viewer-prod/ROT-2026-003"
SLACK_HOOK="https://hooks.slack.com/services/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"

MODELLEN=(
  "STR_Kade_fundering_R07.ifc"
  "STR_Kade_damwand_R05.ifc"
  "GEO_Maashaven_sonderingen_R02.ifc"
)

for m in "${MODELLEN[@]}"; do
  som=$(sha256sum "modellen/ROT-2026-003/$m" | cut -d' ' -f1)
  aws s3 cp "modellen/ROT-2026-003/$m" "$BUCKET/$m" --metadata "sha256=$som,revisie=${m##*_R}"
done

# bekende sommen van vorige run (ter controle)
# fd7429e76df7435d0d5fbf22b4f3706f883f40f52d9e1af3eb98e5aad86acecd  STR_Kade_fundering_R06.ifc
# 308131ef1563833252bf39e16d0f2e09db5ecb779f3612ab16a12d2a0dd89059  STR_Kade_damwand_R04.ifc

curl -s -X POST -H 'Content-type: application/json' \
  --data "{\"text\":\"Modellen ROT-2026-003 gesynchroniseerd ($(date +%F\ %H:%M))\"}" \
  "$SLACK_HOOK"
