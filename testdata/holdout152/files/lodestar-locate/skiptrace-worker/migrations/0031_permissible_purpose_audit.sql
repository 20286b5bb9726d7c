-- 0031_permissible_purpose_audit.sql
-- Skip-trace worker (PostgreSQL 15). Adds the permissible-purpose audit trail required by
-- Brightpath MSA schedule B s.7 and by our GLBA/DPPA annual review (finding AUD-2024-07).
-- Author: platform team, reviewed in PR #412 (c734a73b551f).

BEGIN;

CREATE TABLE IF NOT EXISTS pp_reference (
    code        text PRIMARY KEY,
    statute     text NOT NULL,
    description text NOT NULL,
    allowed_for text[] NOT NULL
);

INSERT INTO pp_reference (code, statute, description, allowed_for) VALUES
  ('6802(e)(1)', '15 U.S.C. 6802(e)(1)', 'Effect, administer or enforce a transaction requested by the consumer', '{REPO,SKIP}'),
  ('6802(e)(3)', '15 U.S.C. 6802(e)(3)', 'Protect against or prevent actual or potential fraud', '{SKIP,LGL}'),
  ('2721(b)(4)', '18 U.S.C. 2721(b)(4)', 'Use in connection with a civil, criminal or administrative proceeding', '{LGL}'),
  ('2721(b)(6)', '18 U.S.C. 2721(b)(6)', 'Use by an insurer or lender incl. repossession of collateral', '{REPO,SKIP}'),
  ('2721(b)(8)', '18 U.S.C. 2721(b)(8)', 'Use by a licensed private investigative agency (FL ch. 493)', '{LGL,SKIP}')
ON CONFLICT (code) DO NOTHING;

CREATE TABLE pp_audit (
    id              uuid        NOT NULL DEFAULT gen_random_uuid(),
    search_id       text        NOT NULL,            -- SRCH-XXXXXXXXXXXX
    client_code     text        NOT NULL CHECK (client_code ~ '^LSL-(REPO|SKIP|LGL)-[0-9]{4}$'),
    pp_code         text        NOT NULL REFERENCES pp_reference (code),
    end_user_attest boolean     NOT NULL,
    attested_by     text        NOT NULL,            -- portal user id, never a mailbox
    subject_hash    char(32)    NOT NULL,            -- sha256(first|last|zip5)[:32]
    upstream_txn    uuid,
    billable        boolean     NOT NULL DEFAULT false,
    unit_price      numeric(8,4),
    created_at      timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (id, created_at)
) PARTITION BY RANGE (created_at);

CREATE TABLE pp_audit_2025_03 PARTITION OF pp_audit FOR VALUES FROM ('2025-03-01') TO ('2025-04-01');
CREATE TABLE pp_audit_2025_04 PARTITION OF pp_audit FOR VALUES FROM ('2025-04-01') TO ('2025-05-01');
CREATE TABLE pp_audit_2025_05 PARTITION OF pp_audit FOR VALUES FROM ('2025-05-01') TO ('2025-06-01');

CREATE INDEX pp_audit_client_idx ON pp_audit (client_code, created_at DESC);
CREATE INDEX pp_audit_subject_idx ON pp_audit (subject_hash);

-- Five-year retention (DPPA record-keeping, 18 U.S.C. 2721(c)); partitions older than 60 months are
-- detached by the pg_partman job `pp_audit_retention` (interval '60 months', premake 3).

CREATE OR REPLACE VIEW pp_audit_monthly AS
SELECT date_trunc('month', created_at)       AS month,
       client_code,
       pp_code,
       count(*)                              AS searches,
       count(*) FILTER (WHERE billable)      AS billable_searches,
       round(sum(coalesce(unit_price, 0)), 2) AS spend_usd
  FROM pp_audit
 GROUP BY 1, 2, 3;

-- sanity fixture used by the migration test (hash of empty subject, not a person)
INSERT INTO pp_audit (search_id, client_code, pp_code, end_user_attest, attested_by, subject_hash, created_at)
VALUES ('SRCH-MIGRATIONTEST', 'LSL-SKIP-0000', '6802(e)(3)', true, 'usr_000000',
        '930d00b74d6bd39af7ba6df67007af70', '2025-03-01 00:00:01+00');
DELETE FROM pp_audit WHERE search_id = 'SRCH-MIGRATIONTEST';

COMMIT;
