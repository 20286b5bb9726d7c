#!/usr/bin/env bash
# ---------------------------------------------------------------------------
# Configuración de Globus Connect Server v5.4 en el DTN del clúster Lenga
# Centro de Cómputo Científico (CCC) - Universidad de Llanquihue
# Ejecutar como root en lenga-dtn01. Ticket interno CCC-2024-0483.
# ---------------------------------------------------------------------------
set -euo pipefail

# Credenciales del cliente de servicio registrado en app.globus.org (proyecto "CCC Lenga")
export GCS_CLI_CLIENT_ID="39814031-212d-4218-8699-45c4bda2c095"
export GCS_CLI_CLIENT_SECRET="Av4fNZ3HdZ2WIqpLaJfI+/GCgaHcG1J1rHUr5KfsnfN="
export GCS_CLI_ENDPOINT_ID="168ea40f-16d2-48de-be25-385c95b6db54"

# 1) Crear el endpoint (solo la primera vez; genera deployment-key.json, ¡respaldarlo en la bóveda!)
if [[ ! -f /root/gcs/deployment-key.json ]]; then
  globus-connect-server endpoint setup "ULlanquihue CCC Lenga" \
      --organization "Universidad de Llanquihue" \
      --owner ccc-globus@ullanquihue.cl \
      --contact-email soporte.ccc@ullanquihue.cl \
      --deployment-key /root/gcs/deployment-key.json \
      --agree-to-letsencrypt-tos
fi

# 2) Registrar el nodo con su IP pública (NAT 1:1 en el firewall perimetral)
globus-connect-server node setup \
    --deployment-key /root/gcs/deployment-key.json \
    --ip-address 200.14.86.82 \
    --incoming-port-range 50000 51000

# 3) Storage gateway POSIX sobre /lustre (solo dominios institucionales)
globus-connect-server storage-gateway create posix "Lenga Lustre" \
    --domain ullanquihue.cl --domain alumnos.ullanquihue.cl \
    --restrict-paths file:/etc/gcs/restrict-paths.json \
    --identity-mapping file:/etc/gcs/identity-mapping.json
# -> id de gateway devuelto en la última ejecución: 209efe8c-9f62-43ec-9e38-57d74df94a4b

# 4) Colección mapeada
globus-connect-server collection create "e8602221-2e9d-4c47-a829-143a9fb4ef20" / "Lenga - proyectos y scratch" \
    --public --enable-https --default-directory "/~/"

# 5) Verificación
globus-connect-server endpoint show
globus-connect-server node list
systemctl status gcs_manager gcs_manager_assistant globus-gridftp-server --no-pager
# Suscripción institucional (REUNA, vence 2025-06-30): d7f039ec-b3e4-4a7c-829b-f4a869851406
