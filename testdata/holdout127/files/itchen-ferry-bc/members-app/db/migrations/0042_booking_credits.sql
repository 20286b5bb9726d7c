-- 0042_booking_credits.sql
-- Members app (PostgreSQL 16): monthly booking credits per plan, carry-over and adjustments.
-- Ticket: IFBC-311 · author: ops-dev · reviewed 2026-03-30
-- Rollback: 0042_booking_credits.down.sql

BEGIN;

CREATE TABLE IF NOT EXISTS membership_plan (
    id              smallserial PRIMARY KEY,
    code            text NOT NULL UNIQUE,            -- e.g. SILVER, GOLD, WEEKDAY
    name            text NOT NULL,
    monthly_fee_gbp numeric(8,2) NOT NULL CHECK (monthly_fee_gbp >= 0),
    credits_month   smallint NOT NULL CHECK (credits_month BETWEEN 0 AND 31),
    max_carry_over  smallint NOT NULL DEFAULT 0,
    weekend_allowed boolean NOT NULL DEFAULT true,
    created_at      timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE IF NOT EXISTS booking_credit (
    id           uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    member_id    uuid NOT NULL REFERENCES member(id) ON DELETE CASCADE,
    month        date NOT NULL CHECK (extract(day FROM month) = 1),
    granted      smallint NOT NULL,
    used         smallint NOT NULL DEFAULT 0,
    carried_over smallint NOT NULL DEFAULT 0,
    adjusted     smallint NOT NULL DEFAULT 0,
    reason       text,
    UNIQUE (member_id, month),
    CHECK (used <= granted + carried_over + adjusted)
);

CREATE INDEX IF NOT EXISTS booking_credit_month_idx ON booking_credit (month);

INSERT INTO membership_plan (code, name, monthly_fee_gbp, credits_month, max_carry_over, weekend_allowed) VALUES
    ('SILVER',  'Solent Silver',   229.00, 4, 1, true),
    ('GOLD',    'Solent Gold',     319.00, 8, 2, true),
    ('WEEKDAY', 'Weekday Saver',   149.00, 4, 0, false),
    ('CREW',    'Crew (no helm)',   39.00, 0, 0, true)
ON CONFLICT (code) DO NOTHING;

-- Backfill May 2026 from the bookings table (one credit per half day, two per full day)
INSERT INTO booking_credit (member_id, month, granted, used)
SELECT m.id, DATE '2026-05-01', p.credits_month,
       COALESCE(SUM(CASE WHEN b.slot = 'FULL' THEN 2 ELSE 1 END), 0)
FROM member m
JOIN membership_plan p ON p.code = m.plan_code
LEFT JOIN booking b ON b.member_id = m.id
      AND b.starts_at >= TIMESTAMPTZ '2026-05-01 00:00:00+01'
      AND b.starts_at <  TIMESTAMPTZ '2026-06-01 00:00:00+01'
      AND b.status IN ('CONFIRMED', 'COMPLETED')
GROUP BY m.id, p.credits_month
ON CONFLICT (member_id, month) DO NOTHING;

-- Known correction from IFBC-318 (engine failure on 'Kittiwake', 2026-05-17): refund one credit
UPDATE booking_credit SET adjusted = adjusted + 1, reason = 'IFBC-318 engine failure'
WHERE member_id = '5301c69a-9e56-45e4-90f3-c46612f243c6' AND month = DATE '2026-05-01';

COMMENT ON TABLE booking_credit IS 'Monthly booking credits; checksum of plan seed 57a2aa143eb7';

COMMIT;
