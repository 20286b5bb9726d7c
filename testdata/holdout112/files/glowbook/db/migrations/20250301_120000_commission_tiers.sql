-- 20250301_120000_commission_tiers.sql
-- Marketplace commission tiers and staff commission rules (salon-side payroll export).
-- Ticket: GB-2291 · author: finance-eng · reviewed in PR #4187 (02be517)

BEGIN;

CREATE TABLE IF NOT EXISTS marketplace_commission_tiers (
    id              BIGSERIAL PRIMARY KEY,
    tier_code       TEXT NOT NULL UNIQUE,
    min_monthly_gmv NUMERIC(12,2) NOT NULL,
    max_monthly_gmv NUMERIC(12,2),
    new_client_pct  NUMERIC(5,2) NOT NULL,   -- first booking of a client via marketplace
    repeat_pct      NUMERIC(5,2) NOT NULL,   -- repeat bookings via marketplace
    widget_pct      NUMERIC(5,2) NOT NULL DEFAULT 0,
    effective_from  DATE NOT NULL,
    created_at      TIMESTAMPTZ NOT NULL DEFAULT now()
);

INSERT INTO marketplace_commission_tiers
    (tier_code, min_monthly_gmv, max_monthly_gmv, new_client_pct, repeat_pct, widget_pct, effective_from)
VALUES
    ('STARTER',        0.00,   4999.99, 20.00, 8.00, 0.00, '2025-03-01'),
    ('GROWTH',      5000.00,  19999.99, 18.00, 6.50, 0.00, '2025-03-01'),
    ('PRO',        20000.00,  59999.99, 15.00, 5.00, 0.00, '2025-03-01'),
    ('ENTERPRISE', 60000.00,      NULL, 12.00, 4.00, 0.00, '2025-03-01');

CREATE TABLE IF NOT EXISTS staff_commission_rules (
    id              BIGSERIAL PRIMARY KEY,
    salon_id        TEXT NOT NULL,
    staff_level     TEXT NOT NULL CHECK (staff_level IN ('junior','stylist','senior','master','booth_renter')),
    service_pct     NUMERIC(5,2) NOT NULL,
    retail_pct      NUMERIC(5,2) NOT NULL,
    tip_passthrough BOOLEAN NOT NULL DEFAULT TRUE,
    card_fee_on_tip NUMERIC(5,2) NOT NULL DEFAULT 0,   -- % of tip withheld for card fees (state law permitting)
    UNIQUE (salon_id, staff_level)
);

-- seed rules for pilot salons (GB-2291 comment 14)
INSERT INTO staff_commission_rules (salon_id, staff_level, service_pct, retail_pct, tip_passthrough, card_fee_on_tip) VALUES
    ('sln_wim0emwu2tsjfvdp', 'junior',   35.00, 10.00, TRUE, 0.00),
    ('sln_p6qd4f8wmkm1uszh', 'stylist',  42.00, 10.00, TRUE, 0.00),
    ('sln_xlt8ns4zvkzsqjsz', 'senior',   48.00, 12.00, TRUE, 2.90),
    ('sln_usx0uzpbf5isqmfe', 'master',   52.00, 15.00, TRUE, 2.90),
    ('sln_c5cfgw5ka89pk4ok', 'booth_renter', 0.00, 20.00, TRUE, 0.00);

CREATE OR REPLACE VIEW v_staff_commission_2025_03 AS
SELECT b.salon_id,
       b.staff_id,
       r.staff_level,
       SUM(b.service_cents) / 100.0                          AS service_total,
       SUM(b.service_cents * r.service_pct / 100) / 100.0    AS service_commission,
       SUM(b.tip_cents * (1 - r.card_fee_on_tip / 100)) / 100.0 AS tips_payable,
       COUNT(*)                                              AS bookings
FROM   bookings b
JOIN   staff s ON s.id = b.staff_id
JOIN   staff_commission_rules r ON r.salon_id = b.salon_id AND r.staff_level = s.level
WHERE  b.starts_at >= TIMESTAMPTZ '2025-03-01 00:00:00-06'
  AND  b.starts_at <  TIMESTAMPTZ '2025-04-01 00:00:00-05'
  AND  b.status = 'completed'
GROUP  BY 1, 2, 3;

COMMIT;
