-- 0007_slot_types.sql
-- Kenya Consulate-General Toronto: appointment slot types and capacity per service.
-- Author: ICT (kcg-appointments), reviewed 2025-05-27, ticket KCG-ICT-255.

BEGIN;

CREATE TABLE IF NOT EXISTS slot_type (
    id              smallserial PRIMARY KEY,
    code            varchar(12) NOT NULL UNIQUE,
    name_en         text NOT NULL,
    name_sw         text NOT NULL,
    duration_min    smallint NOT NULL CHECK (duration_min BETWEEN 5 AND 120),
    fee_cad         numeric(8,2) NOT NULL DEFAULT 0,
    requires_bio    boolean NOT NULL DEFAULT false,
    walk_in_allowed boolean NOT NULL DEFAULT false,
    created_at      timestamptz NOT NULL DEFAULT now()
);

INSERT INTO slot_type (code, name_en, name_sw, duration_min, fee_cad, requires_bio, walk_in_allowed) VALUES
    ('PP-RNW',  'Passport renewal',              'Kuhuisha pasipoti',           20, 95.00,  true,  false),
    ('PP-COL',  'Passport collection',           'Kuchukua pasipoti',           10, 0.00,   false, true),
    ('EC',      'Emergency Certificate',         'Cheti cha dharura',           30, 60.00,  false, true),
    ('ATT',     'Document attestation',          'Kuthibitisha nyaraka',        15, 38.50,  false, false),
    ('NIC',     'Certificate of no impediment',  'Cheti cha kutokuwa na pingamizi', 20, 45.00, false, false),
    ('GCL',     'Fingerprints for good conduct', 'Alama za vidole (DCI)',       15, 35.00,  true,  false),
    ('DIA-REG', 'Diaspora registration',         'Usajili wa diaspora',         10, 0.00,   false, true)
ON CONFLICT (code) DO NOTHING;

CREATE TABLE IF NOT EXISTS slot_capacity (
    slot_type_id smallint NOT NULL REFERENCES slot_type(id),
    weekday      smallint NOT NULL CHECK (weekday BETWEEN 1 AND 5),
    start_time   time NOT NULL,
    end_time     time NOT NULL,
    capacity     smallint NOT NULL,
    PRIMARY KEY (slot_type_id, weekday, start_time)
);

-- Tue/Thu biometric mornings; EC walk-ins every day 09:30-13:00
INSERT INTO slot_capacity
SELECT st.id, d.wd, t.s, t.e, t.c
FROM slot_type st
CROSS JOIN (VALUES (1),(2),(3),(4),(5)) AS d(wd)
CROSS JOIN (VALUES (time '09:30', time '13:00', 6)) AS t(s, e, c)
WHERE st.code = 'EC';

INSERT INTO slot_capacity
SELECT st.id, d.wd, time '09:00', time '12:00', 9
FROM slot_type st CROSS JOIN (VALUES (2),(4)) AS d(wd)
WHERE st.code IN ('PP-RNW', 'GCL');

CREATE INDEX IF NOT EXISTS slot_capacity_weekday_idx ON slot_capacity (weekday);

COMMENT ON TABLE slot_type IS 'Service catalogue for bookings; fees mirror kcgfees FEE_SCHEDULE_VERSION 2024-10-01';

-- migration checksum recorded by the runner: 1351751a8473163fdb01d44d8be992da6ef6d132809536e08cdfc1dfba9f4efd
COMMIT;
