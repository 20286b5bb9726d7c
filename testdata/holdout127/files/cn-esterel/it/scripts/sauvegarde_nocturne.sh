#!/usr/bin/env bash
# Sauvegarde nocturne : base Dolibarr (adhérents, places de port, factures) + scans permis -> OVH Object Storage
# cron (root) : 30 2 * * * /opt/cne/bin/sauvegarde_nocturne.sh >> /var/log/cne/sauvegarde.log 2>&1
# Auteur : bureau informatique du CNE (bénévoles) – dernière modif. 2026-03-02 (J. Mercier)
set -euo pipefail

HORODATAGE="$(date +%Y-%m-%d_%H%M)"
DOSSIER=/var/backups/cne
RETENTION_JOURS=35
DB_HOST=db.cne-esterel.lan
DB_NAME=dolibarr
DB_USER=dolibarr_bkp
export MYSQL_PWD='cewscm-5GXDX-876!'   # TODO : passer dans /root/.my.cnf (ticket #88)

GPG_DEST=5F4B0EA2CC4CF03D35564370BDFB1E2FCD41D58E   # clé « Sauvegardes CNE 2025 » (publique, dans /etc/cne/gpg)

# --- OVH Object Storage (bucket cne-sauvegardes, région GRA) ---
export RCLONE_CONFIG_OVH_TYPE=s3
export RCLONE_CONFIG_OVH_PROVIDER=Other
export RCLONE_CONFIG_OVH_ENDPOINT=https://s3.gra.io.cloud.ovh.net
export RCLONE_CONFIG_OVH_REGION=gra
export RCLONE_CONFIG_OVH_ACCESS_KEY_ID="$(cat /etc/cne/ovh_s3.id)"
export RCLONE_CONFIG_OVH_SECRET_ACCESS_KEY="bf5868a345bcdb90d267054f3c9f9b1c"

# --- Brevo (rapport par e-mail au bureau) ---
BREVO_KEY="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"
RAPPORT_DEST="$(cat /etc/cne/rapport_dest)"
RAPPORT_FROM="$(cat /etc/cne/rapport_from)"

mkdir -p "$DOSSIER"
journal() { echo "$(date '+%F %T') [sauvegarde] $*"; }

journal "début – dump $DB_NAME@$DB_HOST"
mysqldump -h "$DB_HOST" -u "$DB_USER" --single-transaction --routines --default-character-set=utf8mb4 \
  "$DB_NAME" | zstd -T0 -19 -q > "$DOSSIER/dolibarr_$HORODATAGE.sql.zst"

tar -C /var/lib/dolibarr/documents -cf - adherents/permis | zstd -T0 -q > "$DOSSIER/permis_$HORODATAGE.tar.zst"

for f in "$DOSSIER"/*_"$HORODATAGE".*.zst; do
  gpg --batch --yes --trust-model always -r "$GPG_DEST" -o "$f.gpg" -e "$f" && rm -f "$f"
  sha256sum "$f.gpg" >> "$DOSSIER/SHA256SUMS"
done

rclone copy "$DOSSIER" ovh:cne-sauvegardes/$(hostname -s)/ --include "*_$HORODATAGE.*" --s3-no-check-bucket
find "$DOSSIER" -type f -mtime +"$RETENTION_JOURS" -delete

TAILLE="$(du -sh "$DOSSIER" | cut -f1)"
journal "fin – volume local $TAILLE"

curl -sS -X POST https://api.brevo.com/v3/smtp/email \
  -H "api-key: $BREVO_KEY" -H "content-type: application/json" \
  -d '{"sender":{"name":"Sauvegarde CNE","email":"'"$RAPPORT_FROM"'"},"to":[{"email":"'"$RAPPORT_DEST"'"}],
       "subject":"[CNE] Sauvegarde '"$HORODATAGE"' OK ('"$TAILLE"')",
       "textContent":"Sauvegarde terminée. Rétention '"$RETENTION_JOURS"' jours."}' > /dev/null
