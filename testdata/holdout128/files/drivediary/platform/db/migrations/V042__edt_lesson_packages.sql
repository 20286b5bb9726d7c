-- V042__edt_lesson_packages.sql
-- EDT (Essential Driver Training) packages per school, replaces the free-text "bundle" column.
-- Author: platform team, reviewed in PR #1096 (a97440e27d)

CREATE TABLE IF NOT EXISTS edt_packages (
    id               uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    school_id        uuid        NOT NULL REFERENCES schools(id) ON DELETE CASCADE,
    code             text        NOT NULL,
    title            text        NOT NULL,
    lessons          smallint    NOT NULL CHECK (lessons BETWEEN 1 AND 24),
    lesson_minutes   smallint    NOT NULL DEFAULT 60 CHECK (lesson_minutes IN (45, 60, 90, 120)),
    price_cents      integer     NOT NULL CHECK (price_cents >= 0),
    currency         char(3)     NOT NULL DEFAULT 'EUR',
    vat_rate_bp      smallint    NOT NULL DEFAULT 0,      -- driving tuition: VAT exempt in IE
    counts_as_edt    boolean     NOT NULL DEFAULT true,
    active_from      date        NOT NULL DEFAULT CURRENT_DATE,
    active_to        date,
    created_at       timestamptz NOT NULL DEFAULT now(),
    UNIQUE (school_id, code)
);

CREATE INDEX IF NOT EXISTS edt_packages_school_active_idx
    ON edt_packages (school_id) WHERE active_to IS NULL;

ALTER TABLE lessons
    ADD COLUMN IF NOT EXISTS edt_package_id uuid REFERENCES edt_packages(id),
    ADD COLUMN IF NOT EXISTS edt_lesson_no  smallint CHECK (edt_lesson_no BETWEEN 1 AND 12),
    ADD COLUMN IF NOT EXISTS logbook_stamp_ref text;       -- e.g. 'LB-0000000-07' (stamp in the pupil's logbook)

-- Seed: demo school used by the App Store review account (no real pupils)
INSERT INTO edt_packages (id, school_id, code, title, lessons, price_cents, active_from) VALUES
    ('fab24056-193a-470b-803d-ada41ab02353', '00000000-0000-4000-8000-000000000001', 'EDT12',    'EDT - all 12 lessons',         12, 42000, '2026-01-01'),
    ('ae7ff580-2211-4f7c-806b-c69ca14e3d6b', '00000000-0000-4000-8000-000000000001', 'EDT6A',    'EDT lessons 1-6',               6, 22500, '2026-01-01'),
    ('6247070e-f480-4784-b340-53ac8db33d17', '00000000-0000-4000-8000-000000000001', 'PRETEST2', 'Pre-test (2 x 60 min)',         2,  9000, '2026-01-01'),
    ('df8cdd75-bd43-4076-8e25-a1976756a1fa', '00000000-0000-4000-8000-000000000001', 'TESTCAR',  'Car hire for driving test',     1,  8500, '2026-03-01')
ON CONFLICT (school_id, code) DO NOTHING;

-- Backfill from the old free-text column (checked on a prod snapshot: 37397 rows, 178 unmatched)
UPDATE lessons l
   SET edt_lesson_no = NULLIF(substring(l.bundle FROM 'EDT\s*#?(\d{1,2})'), '')::smallint
 WHERE l.bundle ~* 'EDT\s*#?\d{1,2}'
   AND l.edt_lesson_no IS NULL;

COMMENT ON COLUMN edt_packages.price_cents IS 'Gross price in cents, e.g. 42000 = EUR 420.00';
COMMENT ON COLUMN lessons.logbook_stamp_ref IS 'Reference printed next to the instructor stamp; not a personal identifier';
