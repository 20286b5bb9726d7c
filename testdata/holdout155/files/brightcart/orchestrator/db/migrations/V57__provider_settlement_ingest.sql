-- V57__provider_settlement_ingest.sql
-- Settlement file ingestion for BNPL providers (JIRA BC-2214). Reviewed by @finance-eng, @data-platform.
-- Applied to: staging 2026-03-04, production 2026-03-10 (flyway checksum recorded by the pipeline).

CREATE TABLE IF NOT EXISTS provider_settlement_format (
    provider_code      text PRIMARY KEY,
    market             char(2)      NOT NULL,
    currency           char(3)      NOT NULL,
    transport          text         NOT NULL CHECK (transport IN ('sftp', 'api', 's3', 'email_attachment')),
    remote_host        text,
    remote_path        text,
    file_pattern       text         NOT NULL,
    file_format        text         NOT NULL,
    encoding           text         NOT NULL DEFAULT 'UTF-8',
    delimiter          text,
    amount_minor_units boolean      NOT NULL,
    column_map         jsonb        NOT NULL,
    credential_ref     text         NOT NULL,  -- Vault path only, never the secret
    cutoff_local       time         NOT NULL,
    tz                 text         NOT NULL,
    created_at         timestamptz  NOT NULL DEFAULT now()
);

CREATE TABLE IF NOT EXISTS provider_settlement_file (
    id              uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    provider_code   text NOT NULL REFERENCES provider_settlement_format(provider_code),
    file_name       text NOT NULL,
    sha256          char(64) NOT NULL,
    received_at     timestamptz NOT NULL,
    rows_total      integer NOT NULL,
    rows_matched    integer NOT NULL DEFAULT 0,
    gross_minor     bigint NOT NULL,
    fees_minor      bigint NOT NULL,
    net_minor       bigint NOT NULL,
    status          text NOT NULL DEFAULT 'RECEIVED',
    UNIQUE (provider_code, sha256)
);

CREATE INDEX IF NOT EXISTS provider_settlement_file_received_idx
    ON provider_settlement_file (provider_code, received_at DESC);

INSERT INTO provider_settlement_format
    (provider_code, market, currency, transport, remote_host, remote_path, file_pattern, file_format, encoding,
     delimiter, amount_minor_units, column_map, credential_ref, cutoff_local, tz)
VALUES
    ('cuotalia', 'MX', 'MXN', 'sftp', 'sftp.cuotalia.mx', '/outbound/liquidaciones',
     'LIQ_COM-*_YYYYMMDD.csv', 'csv', 'UTF-8', ',', false,
     '{"gross":"monto","fee":"comision","fee_tax":"iva_comision","net":"monto_neto","ref":"orden_comercio"}',
     'secret/data/settlement/cuotalia', '06:00', 'America/Mexico_City'),
    ('cicilaja', 'ID', 'IDR', 'api', 'api.cicilaja.co.id', '/v2/settlements',
     'SETL_CCJ_YYYYMMDD_MRC-*.csv', 'csv', 'UTF-8', ',', false,
     '{"gross":"nilai_transaksi","fee":"mdr_rp","fee_tax":"ppn_mdr","net":"nilai_bersih","ref":"order_id"}',
     'secret/data/settlement/cicilaja', '07:00', 'Asia/Jakarta'),
    ('delvis', 'SE', 'SEK', 'sftp', 'sftp.delvis.se', '/ut/avrakning',
     'AVR_*_YYYYMMDD.csv', 'csv', 'ISO-8859-1', ';', true,
     '{"gross":"Belopp","fee":"Avgift","net":"Netto","ref":"Ordernummer"}',
     'secret/data/settlement/delvis', '05:30', 'Europe/Stockholm'),
    ('muyassar', 'SA', 'SAR', 's3', 'muyassar-merchant-reports', 'brightcart/',
     'settlement_YYYY-MM-DD_*.csv', 'csv', 'UTF-8', ',', false,
     '{"gross":"order_amount","fee":"commission","fee_tax":"vat_on_commission","net":"net_amount","ref":"merchant_order_id"}',
     'secret/data/settlement/muyassar', '04:00', 'Asia/Riyadh'),
    ('tallyfour', 'AU', 'AUD', 'sftp', 'sftp.tallyfour.com.au', '/outbound/settlement',
     'T4_MERCH_SETTLE_YYYYMMDD.csv', 'csv', 'UTF-8', ',', true,
     '{"gross":"order_total","fee":"merchant_fee","fee_tax":"gst","net":"payout","ref":"merchant_reference"}',
     'secret/data/settlement/tallyfour', '06:30', 'Australia/Melbourne')
ON CONFLICT (provider_code) DO NOTHING;

-- Backfill marker for files already loaded by the old cron job (see BC-2214 comment 14).
INSERT INTO provider_settlement_file
    (id, provider_code, file_name, sha256, received_at, rows_total, rows_matched, gross_minor, fees_minor, net_minor, status)
VALUES
    ('23c0b4d5-3551-4a8a-bde3-5e6cf66460fa', 'cuotalia', 'LIQ_COM-004417_20260309.csv', 'be4fb8d334cb968fa2f049a6c5e31d2a1dc9c54d0dfb67045f32ddce99f94ee3',
     '2026-03-09 06:02:11-06', 21, 21, 4512850, 251207, 4261643, 'RECONCILED'),
    ('cadeb97a-352b-4a94-8e08-a3803ce24ebd', 'tallyfour', 'T4_MERCH_SETTLE_20260306.csv', 'a2ebafbecd534124ac429cc69927a5b426457a40ed1845fff28543af8b01075f',
     '2026-03-06 06:31:40+11', 148, 147, 1873420, 74937, 1798483, 'EXCEPTION');

COMMENT ON COLUMN provider_settlement_format.credential_ref IS
    'Vault KV v2 path. Example: secret/data/settlement/<provider>. Do not store passwords in this table.';
