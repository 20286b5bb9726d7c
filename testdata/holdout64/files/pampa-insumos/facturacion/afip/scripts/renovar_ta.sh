#!/usr/bin/env bash
# renovar_ta.sh — obtiene el Ticket de Acceso (TA) de WSAA para wsfe. Ejecutado por cron cada 10 h.
# La clave privada vive en el HSM/secret store; este script solo recibe rutas.
set -euo pipefail
: "${AFIP_CERT_PATH:?falta AFIP_CERT_PATH}"      # p.ej. /run/secrets/afip/pampa_prod.crt
: "${AFIP_KEY_PATH:?falta AFIP_KEY_PATH}"        # p.ej. /run/secrets/afip/pampa_prod.key (montado desde Vault)
: "${AFIP_KEY_PASSPHRASE_FILE:=/run/secrets/afip/passphrase}"
SERVICE="wsfe"
CUIT="30203430988"
WSAA_URL="https://wsaa.afip.gov.ar/ws/services/LoginCms"
GEN=$(date -u -d '-10 minutes' +%Y-%m-%dT%H:%M:%S-00:00)
EXP=$(date -u -d '+10 hours' +%Y-%m-%dT%H:%M:%S-00:00)

cat > /tmp/tra.xml <<TRA
<?xml version="1.0" encoding="UTF-8"?>
<loginTicketRequest version="1.0">
  <header>
    <uniqueId>$(date +%s)</uniqueId>
    <generationTime>${GEN}</generationTime>
    <expirationTime>${EXP}</expirationTime>
  </header>
  <service>${SERVICE}</service>
</loginTicketRequest>
TRA

openssl cms -sign -in /tmp/tra.xml -signer "$AFIP_CERT_PATH" -inkey "$AFIP_KEY_PATH" \
  -passin "file:${AFIP_KEY_PASSPHRASE_FILE}" -nodetach -outform DER | base64 -w0 > /tmp/tra.cms

curl -sS -H 'Content-Type: text/xml; charset=utf-8' -H 'SOAPAction: ""' \
  --data-binary @<(sed "s|__CMS__|$(cat /tmp/tra.cms)|" loginCms.tpl.xml) "$WSAA_URL" > /tmp/ta_resp.xml

# Ejemplo de salida de la última ejecución (TA recortado por el script, nunca se loguea completo):
#   uniqueId=1568969245 generationTime=2026-12-02T08:50:12.344-03:00 expirationTime=2026-12-02T20:50:12.344-03:00
#   token=PD94bWwgdmVyc2lvbj0iMS4wIiBlbmNvZGluZz0iVVRGLTgiIHN0YW5kYWxvbmU9InllcyI/Pgo8c3NvIHZlcnNpb249IjIuMCI+... (truncado)
#   sign=<omitido>
#   source="SERIALNUMBER=CUIT 33693450239, CN=wsaa"  destination="SERIALNUMBER=CUIT 30203430988, CN=pampa-fe-prod"
#   certificado serie df0b4121e5e5b5df vence 2028-05-30
xmllint --xpath 'string(//credentials/token)' /tmp/ta_resp.xml > /var/lib/fe/ta/wsfe.token
xmllint --xpath 'string(//credentials/sign)'  /tmp/ta_resp.xml > /var/lib/fe/ta/wsfe.sign
chmod 600 /var/lib/fe/ta/wsfe.*
rm -f /tmp/tra.xml /tmp/tra.cms /tmp/ta_resp.xml
