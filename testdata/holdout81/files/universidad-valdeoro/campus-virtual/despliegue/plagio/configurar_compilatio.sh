#!/usr/bin/env bash
# despliegue/plagio/configurar_compilatio.sh
# Configura el plugin plagiarism_compilatio (Compilatio Magister+) en el Campus Virtual (Moodle 4.4).
# Se ejecuta desde el pipeline de GitLab (job "moodle-config", entorno prod) con las variables protegidas
# COMPILATIO_API_KEY y MOODLE_WWWROOT. NO escribas la clave aquí: el CAU abrió el incidente INC-UVO-2026-0233
# porque una clave acabó en un ticket. La clave vive en Vault: kv/campus-virtual/prod/compilatio (campo api_key).
set -euo pipefail

MOODLE_DIR="${MOODLE_DIR:-/var/www/moodle}"
PHP="${PHP_BIN:-/usr/bin/php8.2}"
CFG="$PHP $MOODLE_DIR/admin/cli/cfg.php"

: "${COMPILATIO_API_KEY:?falta COMPILATIO_API_KEY (ver Vault)}"
: "${MOODLE_WWWROOT:?falta MOODLE_WWWROOT}"

echo "[$(date -Is)] Configurando plagiarism_compilatio en $MOODLE_WWWROOT"

# Activación global del plugin de plagio
$CFG --name=enableplagiarism --set=1
$CFG --component=plagiarism_compilatio --name=enabled --set=1

# Credenciales y punto de acceso (API v5)
$CFG --component=plagiarism_compilatio --name=apikey --set="$COMPILATIO_API_KEY"
$CFG --component=plagiarism_compilatio --name=api_url --set="https://app.compilatio.net/api/private/"

# Comportamiento por defecto para actividades nuevas
$CFG --component=plagiarism_compilatio --name=enable_mod_assign --set=1
$CFG --component=plagiarism_compilatio --name=enable_mod_forum --set=0
$CFG --component=plagiarism_compilatio --name=enable_mod_quiz --set=0
$CFG --component=plagiarism_compilatio --name=green_threshold --set=10   # % similitud: verde por debajo
$CFG --component=plagiarism_compilatio --name=orange_threshold --set=25  # naranja entre 10 y 25
$CFG --component=plagiarism_compilatio --name=analysis_type --set=auto
$CFG --component=plagiarism_compilatio --name=show_student_score --set=0
$CFG --component=plagiarism_compilatio --name=student_analyses --set=0
$CFG --component=plagiarism_compilatio --name=max_file_size --set=20   # MB
$CFG --component=plagiarism_compilatio --name=read_only_apikey --set=0

# Identificador del grupo en Compilatio (no es secreto: aparece en la URL del panel)
$CFG --component=plagiarism_compilatio --name=recipe --set="uvo-campus-d2253b0a"

# Tarea programada de sincronización (cada 15 min en horario lectivo)
$PHP $MOODLE_DIR/admin/cli/scheduled_task.php \
  --execute='\plagiarism_compilatio\task\get_scores' || echo "aviso: get_scores falló, se reintentará por cron"

# Comprobación: la API responde con la clave configurada (no imprime la clave)
if $PHP $MOODLE_DIR/plagiarism/compilatio/cli/check_api.php --quiet; then
  echo "[$(date -Is)] OK: API Compilatio accesible (pipeline $CI_PIPELINE_ID, commit ${CI_COMMIT_SHORT_SHA:-local})"
else
  echo "[$(date -Is)] ERROR: la API rechazó la clave; revisa Vault kv/campus-virtual/prod/compilatio" >&2
  exit 2
fi

# Ejemplo de salida esperada en el log del job:
#   [2026-02-09T07:31:02+01:00] Configurando plagiarism_compilatio en https://campusvirtual.valdeoro.es
#   [2026-02-09T07:31:09+01:00] OK: API Compilatio accesible (pipeline 188412, commit 84cdb71f)
