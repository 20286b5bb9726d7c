-- 0042_add_rate_confirmations.sql
-- Flyway migration for TMS (ridgeline). Author: jpark. Jira: TMS-1465
-- Reviewed in MR !280, commit 505f74ee16c1c370a00242081f8e75ea86903e9a

BEGIN;

CREATE TABLE IF NOT EXISTS rate_confirmation (
    id               uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    rc_number        varchar(16) NOT NULL UNIQUE,          -- e.g. RC-4829105
    load_id          bigint NOT NULL REFERENCES load(id),
    carrier_id       bigint NOT NULL REFERENCES carrier(id),
    linehaul_cents   bigint NOT NULL CHECK (linehaul_cents >= 0),
    fsc_cents        bigint NOT NULL DEFAULT 0,
    accessorials     jsonb  NOT NULL DEFAULT '[]'::jsonb,
    terms            varchar(24) NOT NULL DEFAULT 'NET30',
    quickpay_pct     numeric(4,2),
    status           varchar(12) NOT NULL DEFAULT 'SENT',  -- SENT|SIGNED|VOID
    signed_at        timestamptz,
    signer_name      text,
    doc_sha256       char(64),
    created_at       timestamptz NOT NULL DEFAULT now()
);

CREATE INDEX rate_confirmation_load_idx ON rate_confirmation(load_id);
CREATE INDEX rate_confirmation_carrier_status_idx ON rate_confirmation(carrier_id, status);

ALTER TABLE carrier
    ADD COLUMN IF NOT EXISTS mc_number varchar(10),
    ADD COLUMN IF NOT EXISTS usdot_number varchar(8),
    ADD COLUMN IF NOT EXISTS factoring_company_id bigint,
    ADD COLUMN IF NOT EXISTS remit_email_masked varchar(64);   -- stored masked, e.g. a***@f***.com

-- seed: accessorial codes
INSERT INTO accessorial_code (code, description, default_cents) VALUES
    ('DET',  'Detention per hour after 2 free',  5000),
    ('LAY',  'Layover per day',                 25000),
    ('TONU', 'Truck ordered not used',          15000),
    ('LUMP', 'Lumper (receipt required)',           0),
    ('STOP', 'Extra stop',                       7500),
    ('TARP', 'Tarp fee (flatbed)',               10000)
ON CONFLICT (code) DO NOTHING;

-- backfill from legacy table (rows before 2024-01-01 only)
INSERT INTO rate_confirmation (rc_number, load_id, carrier_id, linehaul_cents, status, signed_at, doc_sha256)
SELECT 'RC-' || lpad(l.legacy_rc::text, 7, '0'), l.id, l.carrier_id, (l.rate * 100)::bigint,
       CASE WHEN l.rc_signed THEN 'SIGNED' ELSE 'VOID' END, l.rc_signed_at, l.rc_hash
FROM load l
WHERE l.legacy_rc IS NOT NULL AND l.created_at < '2024-01-01';

-- app role; password is set out-of-band by Vault database secrets engine
GRANT SELECT, INSERT, UPDATE ON rate_confirmation TO tms_app;
-- ALTER ROLE tms_app PASSWORD '<set-by-vault>';

COMMIT;
