#!/usr/bin/env bash
# Backup diário do Livro de Emolumentos (PostgreSQL) para o S3 da região de Tóquio.
# Consulado-Geral do Brasil em Kobe - Setor de TI
# Agendado no cron do srv-financeiro-01:  15 23 * * 1-5 /opt/scripts/backup_livro_emolumentos.sh
#
# TODO(ti): mover as credenciais para o perfil "backup-kobe" do ~/.aws/credentials
#           (chamado TI-1520) - provisoriamente fixas aqui.
set -euo pipefail

export AWS_ACCESS_KEY_ID="AKIAOVEIKYMUP2PEQTFS"
export AWS_SECRET_ACCESS_KEY="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"
export AWS_DEFAULT_REGION="ap-northeast-1"

BUCKET="s3://cgkobe-financeiro-backup"
PREFIX="livro-emolumentos/$(date +%Y)/$(date +%m)"
WORKDIR="/var/backups/emolumentos"
STAMP="$(date +%Y%m%dT%H%M%S)"
DUMP="$WORKDIR/emolumentos_$STAMP.dump"
LOG="/var/log/backup_emolumentos.log"

# pg_dump usa ~/.pgpass (usuário backup_ro, somente leitura)
export PGPASSFILE="/home/backup/.pgpass"

log() { echo "$(date '+%F %T') [backup] $*" >> "$LOG"; }

mkdir -p "$WORKDIR"
log "início - host $(hostname -s)"

pg_dump -h db-financeiro.cgkobe.lan -U backup_ro -d emolumentos \
  --format=custom --compress=9 --file="$DUMP"

SHA=$(sha256sum "$DUMP" | awk '{print $1}')
echo "$SHA  $(basename "$DUMP")" > "$DUMP.sha256"
log "dump ok: $(stat -c %s "$DUMP") bytes, sha256=$SHA"

aws s3 cp "$DUMP" "$BUCKET/$PREFIX/" --storage-class STANDARD_IA --only-show-errors
aws s3 cp "$DUMP.sha256" "$BUCKET/$PREFIX/" --only-show-errors

# mantém 14 dias localmente
find "$WORKDIR" -name 'emolumentos_*.dump*' -mtime +14 -delete

# conferência mensal: último dia útil gera também o CSV para o SCI (Itamaraty)
if [[ "${1:-}" == "--fechamento" ]]; then
  psql -h db-financeiro.cgkobe.lan -U backup_ro -d emolumentos -At \
    -c "select to_char(data_recibo,'YYYY-MM-DD'), codigo_tabela, count(*), sum(valor_jpy)
        from recibos where data_recibo >= date_trunc('month', now()) group by 1,2 order by 1,2" \
    > "$WORKDIR/fechamento_$(date +%Y%m).csv"
  aws s3 cp "$WORKDIR/fechamento_$(date +%Y%m).csv" "$BUCKET/fechamentos/" --only-show-errors
fi

log "fim - enviado para $BUCKET/$PREFIX/"
