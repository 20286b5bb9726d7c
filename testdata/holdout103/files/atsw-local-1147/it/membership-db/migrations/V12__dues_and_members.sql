-- ATSW Local 1147 membership database (PostgreSQL 16)
-- Flyway migration V12: dues ledger, check-off batches, COPE authorizations
-- Author: IT committee, reviewed 2026-02-19 (PR #125)
-- PII policy: full SSN is never stored; check-off files are matched on employer id + ssn_hash (HMAC, key in Vault path
-- secret/membership/ssn-hmac) and only the last 4 digits are kept for member-service calls.

CREATE TABLE IF NOT EXISTS member (
    member_id        bigserial PRIMARY KEY,
    card_no          varchar(12) UNIQUE NOT NULL,            -- e.g. 1147-048213
    employer_code    varchar(6)  NOT NULL REFERENCES employer(code),
    employer_emp_no  varchar(12) NOT NULL,
    ssn_hash         char(64)    NOT NULL,                   -- hex HMAC-SHA256
    ssn_last4        char(4)     CHECK (ssn_last4 ~ '^[0-9]{4}$'),
    last_name        text NOT NULL,
    first_name       text NOT NULL,
    birth_date       date,                                   -- needed for pension eligibility; masked in views
    classification   varchar(6)  NOT NULL,
    status           char(1)     NOT NULL DEFAULT 'A' CHECK (status IN ('A','N','R','S','W','X')),
    initiated_on     date,
    good_standing_through date,
    created_at       timestamptz NOT NULL DEFAULT now(),
    UNIQUE (employer_code, employer_emp_no)
);

CREATE TABLE IF NOT EXISTS dues_rate (
    classification varchar(6) NOT NULL,
    effective_from date       NOT NULL,
    monthly_cents  integer    NOT NULL,
    basis          text       NOT NULL,     -- bylaws Art. VII s.2: 2.25 x base hourly rate, rounded to cents
    PRIMARY KEY (classification, effective_from)
);

CREATE TABLE IF NOT EXISTS checkoff_batch (
    batch_id      bigserial PRIMARY KEY,
    employer_code varchar(6) NOT NULL,
    pay_period    char(4)    NOT NULL,     -- PP01..PP26
    period_end    date       NOT NULL,
    file_sha256   char(64)   NOT NULL,
    record_count  integer    NOT NULL,
    total_cents   bigint     NOT NULL,
    received_at   timestamptz NOT NULL DEFAULT now(),
    UNIQUE (employer_code, pay_period, period_end)
);

CREATE TABLE IF NOT EXISTS dues_ledger (
    entry_id     bigserial PRIMARY KEY,
    member_id    bigint NOT NULL REFERENCES member(member_id),
    batch_id     bigint REFERENCES checkoff_batch(batch_id),
    kind         varchar(8) NOT NULL CHECK (kind IN ('DUES','INIT','COPE','ARREARS','ADJ','REFUND')),
    amount_cents integer NOT NULL,
    posted_on    date NOT NULL
);

CREATE OR REPLACE VIEW member_service AS
SELECT member_id, card_no, last_name, first_name, '***-**-' || ssn_last4 AS ssn_masked,
       to_char(birth_date, 'MM/DD') || '/****' AS birth_date_masked, classification, status, good_standing_through
FROM member;

INSERT INTO dues_rate VALUES
 ('OPR1','2026-01-01',4388,'2.25 x $19.50'), ('OPR2','2026-01-01',4831,'2.25 x $21.47'),
 ('MEC3','2026-01-01',5012,'2.25 x $22.28'), ('DSP1','2026-01-01',4977,'2.25 x $22.12'),
 ('CLK2','2026-01-01',4415,'2.25 x $19.62'), ('RET','2026-01-01',500,'flat retiree dues');

-- Initiation fee $25.00 (Art. VII s.4), COPE is voluntary (separate authorization card, 52 U.S.C. 30118).
-- Test fixture hash for ssn '000-00-0000' (invalid on purpose): 04f2f16c53fa2251fcfdb02103949c480231d884c2faf8a15724e2332cd2c61f
