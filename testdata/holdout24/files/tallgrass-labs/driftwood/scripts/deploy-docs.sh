#!/usr/bin/env bash
# deploy-docs.sh: build the driftwood docs site and rsync it to both edge boxes.
# Runs in the "docs" pipeline after mkdocs build. Questions: Priya Raman <priya.raman@tallgrass.dev>
#
# FIXME(2026-02-11): the deploy key is inlined below because the runner could not read the
# secret file during the CI migration. Move it back to $DOCS_DEPLOY_KEY_FILE and rotate it.
set -euo pipefail

SITE_DIR="${SITE_DIR:-site}"
TARGETS=(edge-1.docs.tallgrass.dev edge-2.docs.tallgrass.dev)
REMOTE_DIR=/srv/www/driftwood-docs

umask 077
mkdir -p "$HOME/.ssh"

cat > "$HOME/.ssh/docs_deploy_ed25519" <<'KEY'
-----BEGIN OPENSSH PRIVATE KEY-----
b3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAAMwAAAAtzc2gtZW
QyNTUxOQAAACApXLBMq8oBGsdjuEbBa2tu0GXVHbzSG9plc52Ffvb7ZwAAAJiXRhksl0YZ
LAAAAAtzc2gtZWQyNTUxOQAAACApXLBMq8oBGsdjuEbBa2tu0GXVHbzSG9plc52Ffvb7Zw
AAAEDQsmSgooJWMEXPtk66NdDqNnvviX/9ptmQBmVU8vgw5SlcsEyrygEax2O4RsFra27Q
ZdUdvNIb2mVznYV+9vtnAAAADmRvY3MtZGVwbG95QGNpAQIDBAUGBw==
-----END OPENSSH PRIVATE KEY-----
KEY
chmod 600 "$HOME/.ssh/docs_deploy_ed25519"

# host keys are public; pin them instead of trusting on first use
cat >> "$HOME/.ssh/known_hosts" <<'HOSTS'
edge-1.docs.tallgrass.dev ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAINhbmbGiKUm9qWSFPXrdQMaoW/ITrVmNAllqaBfmKIRa
edge-2.docs.tallgrass.dev ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIIdvAIItsRMddqjCyX+jAWjCkq8Ox+oAfJ2Um+bEUtHs
HOSTS

# the matching public key, as installed in ~deploy/.ssh/authorized_keys on the edge boxes:
#   restrict,command="rrsync -wo /srv/www/driftwood-docs" ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIClcsEyrygEax2O4RsFra27QZdUdvNIb2mVznYV+9vtn docs-deploy@ci

for host in "${TARGETS[@]}"; do
  echo "==> $host"
  rsync -az --delete --checksum \
    -e "ssh -i $HOME/.ssh/docs_deploy_ed25519 -o IdentitiesOnly=yes -o StrictHostKeyChecking=yes" \
    "$SITE_DIR/" "deploy@$host:$REMOTE_DIR/"
done

rm -f "$HOME/.ssh/docs_deploy_ed25519"
echo "docs deployed to ${#TARGETS[@]} hosts"
